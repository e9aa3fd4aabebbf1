/**
 * A small OpenMetadata of an online shop, in the shapes OpenMetadata's JSON Schemas describe
 * (checked by openmetadata-contract.test.ts): nested domains, three data products, five tables
 * with lineage, two teams and three users. The third product, Return on ad spend, reads the
 * campaigns' table but declares no input: only lineage traversed on the server finds it.
 */

const HOST = 'http://localhost:8585/api/v1'
const uuid = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`
const ref = (type: string, id: string, name: string, fullyQualifiedName = name, displayName?: string) => ({
  id,
  type,
  name,
  fullyQualifiedName,
  ...(displayName ? { displayName } : {}),
  deleted: false,
})
const tag = (tagFQN: string, source: 'Classification' | 'Glossary' = 'Classification') => ({ tagFQN, source, labelType: 'Manual', state: 'Confirmed' })
const UPDATED = Date.UTC(2025, 4, 12, 9, 30)

export const users = [
  { id: uuid(101), name: 'jane.doe', displayName: 'Jane Doe', email: 'jane.doe@acme.example', href: `${HOST}/users/${uuid(101)}`, isBot: false, teams: [] as object[] },
  { id: uuid(102), name: 'bo.smith', displayName: 'Bo Smith', email: 'bo.smith@acme.example', href: `${HOST}/users/${uuid(102)}`, isBot: false, teams: [] as object[] },
  { id: uuid(103), name: 'ingestion-bot', email: 'ingestion-bot@acme.example', href: `${HOST}/users/${uuid(103)}`, isBot: true, teams: [] as object[] },
]
const userRef = (i: number) => ref('user', users[i]!.id, users[i]!.name, users[i]!.name, users[i]!.displayName)

export const teams = [
  { id: uuid(201), name: 'commerce-data', displayName: 'Commerce data team', email: 'commerce-data@acme.example', teamType: 'Group', href: `${HOST}/teams/${uuid(201)}`, users: [userRef(0)] },
  { id: uuid(202), name: 'marketing-analytics', displayName: 'Marketing analytics', teamType: 'Group', href: `${HOST}/teams/${uuid(202)}`, users: [userRef(1)] },
]
const teamRef = (i: number) => ref('team', teams[i]!.id, teams[i]!.name, teams[i]!.name, teams[i]!.displayName)
users[0]!.teams = [teamRef(0)]
users[1]!.teams = [teamRef(1)]

export const domains = [
  { id: uuid(301), name: 'Commerce', fullyQualifiedName: 'Commerce', displayName: 'Commerce', description: 'Everything sold in the web shop.', domainType: 'Source-aligned', owners: [teamRef(0)], version: 0.1, updatedAt: UPDATED },
  {
    id: uuid(302),
    name: 'Orders',
    fullyQualifiedName: 'Commerce.Orders',
    displayName: 'Orders',
    description: 'Orders and their lines.',
    domainType: 'Aggregate',
    parent: ref('domain', uuid(301), 'Commerce'),
    owners: [teamRef(0)],
    version: 0.1,
    updatedAt: UPDATED,
  },
  { id: uuid(303), name: 'Marketing', fullyQualifiedName: 'Marketing', displayName: 'Marketing', description: 'Campaigns and their reach.', domainType: 'Consumer-aligned', owners: [teamRef(1)], version: 0.1, updatedAt: UPDATED },
]
const domainRef = (i: number) => ref('domain', domains[i]!.id, domains[i]!.name, domains[i]!.fullyQualifiedName, domains[i]!.displayName)

const service = ref('databaseService', uuid(401), 'snowflake_prod')
const column = (name: string, dataType: string, description?: string, extra: Record<string, unknown> = {}) => ({
  name,
  dataType,
  dataTypeDisplay: dataType.toLowerCase(),
  ...(description ? { description } : {}),
  ...extra,
})
const table = (n: number, schema: string, name: string, description: string, columns: object[], extra: Record<string, unknown> = {}) => {
  const fullyQualifiedName = `snowflake_prod.acme.${schema}.${name}`
  return {
    id: uuid(n),
    name,
    fullyQualifiedName,
    description,
    version: 0.2,
    updatedAt: UPDATED,
    updatedBy: 'ingestion-bot',
    href: `${HOST}/tables/${uuid(n)}`,
    tableType: 'Regular',
    service,
    serviceType: 'Snowflake',
    columns: columns.map((c) => ({ ...c, fullyQualifiedName: `${fullyQualifiedName}.${(c as { name: string }).name}` })),
    tags: [] as object[],
    owners: [] as object[],
    domains: [] as object[],
    deleted: false,
    ...extra,
  }
}

export const tables = [
  table(
    501,
    'orders',
    'orders',
    'One row per order placed in the web shop.',
    [
      column('order_id', 'NUMBER', 'Order key.', { constraint: 'PRIMARY_KEY' }),
      column('customer_email', 'VARCHAR', 'Buyer e-mail, hashed.', { tags: [tag('PII.Sensitive')] }),
      column('shipping', 'STRUCT', 'Where it goes.', { children: [column('city', 'VARCHAR', 'City.')] }),
      column('placed_at', 'TIMESTAMP'),
    ],
    {
      tags: [tag('Tier.Tier1')],
      owners: [teamRef(0)],
      domains: [domainRef(1)],
      usageSummary: { dailyStats: { count: 41, percentileRank: 80 }, weeklyStats: { count: 260, percentileRank: 80 }, monthlyStats: { count: 1130, percentileRank: 90 }, date: '2026-11-30' },
    },
  ),
  table(502, 'orders', 'order_lines', 'One row per product in an order.', [column('order_id', 'NUMBER', 'Order key.'), column('sku', 'VARCHAR', 'Product sold.')], {
    owners: [teamRef(0)],
    domains: [domainRef(1)],
  }),
  table(503, 'marketing', 'campaign_orders', 'Orders attributed to campaigns.', [column('campaign_id', 'VARCHAR', 'Campaign.'), column('order_id', 'NUMBER', 'Order key.')], {
    tableType: 'View',
    owners: [userRef(1)],
    domains: [domainRef(2)],
  }),
  table(504, 'raw', 'shop_events', 'Click stream of the web shop, as landed.', [column('event_id', 'VARCHAR'), column('payload', 'JSON')]),
  table(
    505,
    'marketing',
    'ad_spend_returns',
    'Weekly return on ad spend per channel.',
    [column('channel', 'VARCHAR', 'Where the money went.'), column('week', 'DATE', 'Monday of the week.'), column('attributed_orders', 'NUMBER', 'Orders won.')],
    { owners: [userRef(1)], domains: [domainRef(2)] },
  ),
]
const tableRef = (i: number) => ref('table', tables[i]!.id, tables[i]!.name, tables[i]!.fullyQualifiedName)

export const dataProducts = [
  {
    id: uuid(601),
    name: 'Orders',
    fullyQualifiedName: 'Orders',
    displayName: 'Orders',
    description: 'Every order from the web shop, with its lines.\n\nUpdated hourly.',
    version: 0.3,
    updatedAt: UPDATED,
    updatedBy: 'jane.doe',
    href: `${HOST}/dataProducts/${uuid(601)}`,
    owners: [teamRef(0)],
    experts: [userRef(0)],
    domains: [domainRef(1)],
    assets: [tableRef(0), tableRef(1)],
    outputPorts: [{ name: 'orders-sql', displayName: 'Orders over SQL', portType: 'OUTPUT', protocol: 'JDBC', format: 'ICEBERG', dataAsset: tableRef(0) }],
    inputPorts: [{ name: 'shop-events', portType: 'INPUT', protocol: 'JDBC', description: 'Click stream.', dataAsset: tableRef(3) }],
    lifecycleStage: 'PRODUCTION',
    sla: { tier: 'GOLD', availability: 99.9, dataFreshness: 60 },
    tags: [tag('Tier.Tier1'), tag('Business.Order', 'Glossary')],
  },
  {
    id: uuid(602),
    name: 'Campaigns',
    fullyQualifiedName: 'Campaigns',
    displayName: 'Campaign performance',
    description: 'Which campaign brought which order.',
    version: 0.1,
    updatedAt: UPDATED,
    updatedBy: 'bo.smith',
    href: `${HOST}/dataProducts/${uuid(602)}`,
    owners: [userRef(1)],
    experts: [],
    domains: [domainRef(2)],
    assets: [tableRef(2)],
    consumesFrom: [ref('dataProduct', uuid(601), 'Orders')],
    lifecycleStage: 'DEVELOPMENT',
    tags: [],
  },
  {
    id: uuid(603),
    name: 'AdSpendReturns',
    fullyQualifiedName: 'AdSpendReturns',
    displayName: 'Return on ad spend',
    description: 'What each channel earns back, week by week.',
    version: 0.1,
    updatedAt: UPDATED,
    updatedBy: 'bo.smith',
    href: `${HOST}/dataProducts/${uuid(603)}`,
    owners: [userRef(1)],
    experts: [],
    domains: [domainRef(2)],
    assets: [tableRef(4)],
    lifecycleStage: 'PRODUCTION',
    tags: [],
  },
]

/** Table-level lineage edges, upstream → downstream, by table index. */
export const lineage: [number, number][] = [
  [3, 0],
  [0, 2],
  [2, 4],
]

/** Column-level lineage of some of those edges, by `from>to` table index: [upstream columns, downstream column]. */
export const columnsLineage: Record<string, [string[], string][]> = {
  '3>0': [
    [['payload'], 'placed_at'],
    [['payload'], 'customer_email'],
    [['payload'], 'shipping.city'],
  ],
  '0>2': [
    [['order_id'], 'order_id'],
    [['order_id', 'customer_email'], 'campaign_id'],
  ],
  '2>4': [[['order_id'], 'attributed_orders']],
}

/** The glossaries whose terms label products (their terms' FQNs start with the glossary's name). */
export const glossaries = [
  { id: uuid(701), name: 'Business', fullyQualifiedName: 'Business', displayName: 'Business', description: 'Words the business uses.', version: 0.1, updatedAt: UPDATED, href: `${HOST}/glossaries/${uuid(701)}` },
]

const glossaryRef = ref('glossary', uuid(701), 'Business', 'Business')
const termRef = (n: number, name: string) => ref('glossaryTerm', uuid(n), name, `Business.${name}`)

/** The glossary's terms, one without a description as OpenMetadata allows (an empty string). */
export const glossaryTerms = [
  {
    id: uuid(711),
    name: 'Order',
    fullyQualifiedName: 'Business.Order',
    displayName: 'Order',
    description: 'A customer’s **purchase** of one or more products, from checkout to delivery.',
    glossary: glossaryRef,
    relatedTerms: [termRef(712, 'Customer')],
    synonyms: ['Purchase'],
    version: 0.1,
    updatedAt: UPDATED,
    href: `${HOST}/glossaryTerms/${uuid(711)}`,
  },
  { id: uuid(712), name: 'Customer', fullyQualifiedName: 'Business.Customer', displayName: 'Customer', description: '', glossary: glossaryRef, relatedTerms: [], synonyms: [], version: 0.1, updatedAt: UPDATED, href: `${HOST}/glossaryTerms/${uuid(712)}` },
]
