/**
 * A small DataHub instance's metadata, shaped as DataHub's GraphQL types (with `__typename`
 * so unions and interfaces resolve): nested domains, three data products with datasets,
 * users and groups, tags, glossary terms, a deprecated dataset, a nested schema, lineage
 * between products, through an Airflow job, and from a dataset no product holds, a data
 * contract on the orders table, and assertions with their runs, in a contract or not.
 */

const user = (id: string, displayName: string, email: string) => ({
  __typename: 'CorpUser',
  urn: `urn:li:corpuser:${id}`,
  type: 'CORP_USER',
  username: id,
  properties: { displayName, fullName: displayName, email, title: null, active: true },
})
const group = (id: string, displayName: string) => ({
  __typename: 'CorpGroup',
  urn: `urn:li:corpGroup:${id}`,
  type: 'CORP_GROUP',
  name: id,
  properties: { displayName, email: `${id}@acme.example` },
})
const owner = (party: { urn: string }, typeName: string) => ({
  owner: party,
  associatedUrn: party.urn,
  ownershipType: { urn: `urn:li:ownershipType:__system__${typeName.toLowerCase().replace(/ /g, '_')}`, info: { name: typeName } },
})
const tag = (name: string) => ({ tag: { urn: `urn:li:tag:${name}`, type: 'TAG', name, properties: { name } }, associatedUrn: '' })
const term = (name: string) => ({ term: { urn: `urn:li:glossaryTerm:${name}`, type: 'GLOSSARY_TERM', name, properties: { name } }, associatedUrn: '' })
const field = (fieldPath: string, nativeDataType: string, description: string | null, extra: Record<string, unknown> = {}) => ({
  fieldPath,
  nativeDataType,
  description,
  nullable: true,
  type: 'STRING',
  recursive: false,
  tags: null,
  glossaryTerms: null,
  ...extra,
})

const tagEntity = (urn: string, name: string) => ({ __typename: 'Tag', urn, type: 'TAG', name: urn.slice('urn:li:tag:'.length), properties: { name } })

const glossaryTerm = (name: string, description: string | null, related: string[], group?: string) => ({
  __typename: 'GlossaryTerm',
  urn: `urn:li:glossaryTerm:${name}`,
  type: 'GLOSSARY_TERM',
  name,
  hierarchicalName: group ? `${group}.${name}` : name,
  properties: { name, description, definition: description ?? '', termSource: 'INTERNAL' },
  parentNodes: { count: group ? 1 : 0, nodes: group ? [{ urn: `urn:li:glossaryNode:${group}`, type: 'GLOSSARY_NODE', properties: { name: group } }] : [] },
  relatedUrns: related.map((r) => `urn:li:glossaryTerm:${r}`),
})

/** The business glossary: terms in a term group or at the root, one without a description. */
export const glossaryTerms = [
  glossaryTerm('Order', 'A customer’s purchase of one or more products, from checkout to delivery.', ['Customer'], 'Commerce'),
  glossaryTerm('Customer', null, [], 'Commerce'),
  glossaryTerm('PII', 'Personally identifiable information: handle under the privacy policy.', []),
]

/** Every tag DataHub knows; one has a generated id, as tags created in DataHub's UI often do. */
export const tags = [tagEntity('urn:li:tag:gold', 'gold'), tagEntity('urn:li:tag:primary-key', 'primary-key'), tagEntity('urn:li:tag:5b0f6d2e-needs-review', 'Needs review')]

/** DataHub's built-in ownership types. */
export const ownershipTypes = [
  { urn: 'urn:li:ownershipType:__system__business_owner', info: { name: 'Business Owner' } },
  { urn: 'urn:li:ownershipType:__system__technical_owner', info: { name: 'Technical Owner' } },
  { urn: 'urn:li:ownershipType:__system__data_steward', info: { name: 'Data Steward' } },
]

export const people = { jdoe: user('jdoe', 'Jane Doe', 'jane@acme.example'), bsmith: user('bsmith', 'Bo Smith', 'bo@acme.example') }
export const groups = { commerce: group('commerce-data', 'Commerce data team') }

const domain = (id: string, name: string, description: string, parents: string[] = [], owners: unknown[] = []) => ({
  __typename: 'Domain',
  urn: `urn:li:domain:${id}`,
  id,
  type: 'DOMAIN',
  properties: { name, description },
  parentDomains: { count: parents.length, domains: parents.map((p) => ({ __typename: 'Domain', urn: `urn:li:domain:${p}`, type: 'DOMAIN' })) },
  ownership: { owners },
})

export const domains = [
  domain('commerce', 'Commerce', 'Everything about selling.', [], [owner(groups.commerce, 'Business Owner')]),
  domain('orders', 'Orders', 'Orders and their lines.', ['commerce']),
  domain('marketing', 'Marketing', 'Campaigns and attribution.'),
]

const PLATFORMS = { snowflake: 'Snowflake', kafka: 'Kafka', postgres: 'PostgreSQL' }

const container = (id: string, name: string, platform: keyof typeof PLATFORMS, subType: string) => ({
  __typename: 'Container',
  urn: `urn:li:container:${id}`,
  type: 'CONTAINER',
  platform: { urn: `urn:li:dataPlatform:${platform}`, type: 'DATA_PLATFORM', name: platform, properties: { displayName: PLATFORMS[platform] } },
  properties: { name, description: null, customProperties: [], externalUrl: null, qualifiedName: null },
  subTypes: { typeNames: [subType] },
})

/** Where the datasets are stored, as DataHub's ingestion records it (containers are keyed by a hash, as ingestion generates them). */
export const containers = {
  ordersSchema: container('3b5cf5f2a8a7e2a3c6d1', 'ORDERS', 'snowflake', 'Schema'),
  marketingSchema: container('7a51d0e5c2b94f0e9b12', 'MARKETING', 'snowflake', 'Schema'),
  shopPublic: container('c0ffee0d4e1b2c3a5f60', 'public', 'postgres', 'Schema'),
}

const dataset = (id: string, name: string, extra: Record<string, unknown>, platform: keyof typeof PLATFORMS = 'snowflake') => ({
  __typename: 'Dataset',
  urn: `urn:li:dataset:(urn:li:dataPlatform:${platform},${id},PROD)`,
  type: 'DATASET',
  name,
  lastIngested: 1735689600000,
  platform: { urn: `urn:li:dataPlatform:${platform}`, type: 'DATA_PLATFORM', name: platform, properties: { displayName: PLATFORMS[platform] } },
  properties: { name, qualifiedName: id, description: null },
  editableProperties: null,
  subTypes: { typeNames: ['Table'] },
  deprecation: null,
  schemaMetadata: null,
  editableSchemaMetadata: null,
  container: null,
  ...extra,
})

export const datasets = [
  dataset('acme.orders.orders', 'orders', {
    properties: { name: 'orders', qualifiedName: 'acme.orders.orders', description: 'One row per order.' },
    schemaMetadata: {
      fields: [
        field('order_id', 'NUMBER(38,0)', 'Order key.', { nullable: false, tags: { tags: [tag('primary-key')] } }),
        field('customer_email', 'VARCHAR', null, { glossaryTerms: { terms: [term('PII')] } }),
        field('[version=2.0].[type=struct].shipping', 'OBJECT', 'Where it goes.'),
        field('[version=2.0].[type=struct].shipping.[type=string].city', 'VARCHAR', 'City.'),
      ],
    },
    editableSchemaMetadata: { editableSchemaFieldInfo: [{ fieldPath: 'customer_email', description: 'Buyer e-mail, hashed.', tags: null, glossaryTerms: null }] },
    container: containers.ordersSchema,
    statsSummary: { queryCountLast30Days: 840, uniqueUserCountLast30Days: 23, topUsersLast30Days: [] },
  }),
  dataset('acme.orders.order_lines_v1', 'order_lines_v1', {
    subTypes: { typeNames: ['View'] },
    deprecation: { deprecated: true, note: 'Use order lines v2.', actor: 'urn:li:corpuser:jdoe', decommissionTime: null },
    schemaMetadata: { fields: [field('order_id', 'NUMBER', 'Order key.')] },
    container: containers.ordersSchema,
  }),
  dataset('acme.marketing.campaigns', 'campaigns', {
    schemaMetadata: { fields: [field('campaign_id', 'VARCHAR', 'Campaign key.')] },
    container: containers.marketingSchema,
    statsSummary: { queryCountLast30Days: 60, uniqueUserCountLast30Days: 4, topUsersLast30Days: [] },
  }),
  dataset('shop.checkout_events', 'checkout_events', { subTypes: { typeNames: ['Topic'] }, schemaMetadata: { fields: [field('order_id', 'long', 'Order key.')] } }, 'kafka'),
  // Read by the orders table, but part of no data product: a source outside the catalogue.
  dataset('shop.public.customers', 'customers', { schemaMetadata: { fields: [field('customer_id', 'int4', null)] }, container: containers.shopPublic }, 'postgres'),
]

/** An Airflow task: reads the checkout events, writes the orders table. */
export const dataJobs = [
  {
    __typename: 'DataJob',
    urn: 'urn:li:dataJob:(urn:li:dataFlow:(airflow,shop_etl,PROD),build_orders)',
    type: 'DATA_JOB',
    jobId: 'build_orders',
    properties: { name: 'build_orders', description: 'Turns checkout events into orders.' },
    dataFlow: { __typename: 'DataFlow', urn: 'urn:li:dataFlow:(airflow,shop_etl,PROD)', type: 'DATA_FLOW', orchestrator: 'airflow', flowId: 'shop_etl', cluster: 'PROD', properties: { name: 'shop_etl' } },
  },
]

/**
 * Lineage edges as DataHub's graph stores them: `upstream` feeds `downstream`. A job sits
 * between the checkout events and the orders table; the order lines view reads the orders
 * table of its own product; the campaigns table reads the orders table.
 */
export const lineage = [
  { upstream: datasets[3]!.urn, downstream: dataJobs[0]!.urn, type: 'Consumes' },
  { upstream: dataJobs[0]!.urn, downstream: datasets[0]!.urn, type: 'Produces' },
  { upstream: datasets[4]!.urn, downstream: datasets[0]!.urn, type: 'DownstreamOf' },
  { upstream: datasets[0]!.urn, downstream: datasets[1]!.urn, type: 'DownstreamOf' },
  { upstream: datasets[0]!.urn, downstream: datasets[2]!.urn, type: 'DownstreamOf' },
]

const dataProduct = (id: string, name: string, description: string, domainId: string, assets: unknown[], extra: Record<string, unknown> = {}) => ({
  __typename: 'DataProduct',
  urn: `urn:li:dataProduct:${id}`,
  type: 'DATA_PRODUCT',
  properties: { name, description, externalUrl: `https://datahub.acme.example/dataProduct/urn:li:dataProduct:${id}`, customProperties: [] },
  ownership: { owners: [] },
  tags: { tags: [] },
  glossaryTerms: { terms: [] },
  domain: { domain: domains.find((d) => d.id === domainId), associatedUrn: `urn:li:dataProduct:${id}` },
  institutionalMemory: { elements: [] },
  assets,
  ...extra,
})

export const dataProducts = [
  dataProduct('orders', 'Orders', 'Every order placed in the **web shop**, with its lines.', 'orders', [datasets[0], datasets[1]], {
    ownership: { owners: [owner(groups.commerce, 'Business Owner'), owner(people.jdoe, 'Technical Owner')] },
    tags: { tags: [tag('gold')] },
    glossaryTerms: { terms: [term('Order')] },
    institutionalMemory: { elements: [{ url: 'https://wiki.acme.example/orders', label: 'Runbook', description: 'Runbook' }] },
    properties: {
      name: 'Orders',
      description: 'Every order placed in the **web shop**, with its lines.',
      externalUrl: 'https://datahub.acme.example/dataProduct/urn:li:dataProduct:orders',
      customProperties: [{ key: 'kind', value: 'aggregate' }],
    },
  }),
  dataProduct('campaigns', 'Campaigns', 'Marketing campaigns and their budgets.', 'marketing', [datasets[2]], {
    ownership: { owners: [owner(people.bsmith, 'Data Steward')] },
    properties: {
      name: 'Campaigns',
      description: 'Marketing campaigns and their budgets.',
      externalUrl: 'https://datahub.acme.example/dataProduct/urn:li:dataProduct:campaigns',
      customProperties: [{ key: 'kind', value: 'consumer-aligned' }],
    },
  }),
  dataProduct('checkout_events', 'Checkout events', 'Every checkout as the shop emits it.', 'orders', [datasets[3]], {
    ownership: { owners: [owner(people.bsmith, 'Technical Owner')] },
  }),
]

const DAY = 86_400_000
/** 06:00 UTC this morning (yesterday's before 07:00 UTC): runs are dated from when the fixture loads, so they are current. */
export const MORNING = (() => {
  const morning = new Date()
  morning.setUTCHours(6, 0, 0, 0)
  if (Date.now() < morning.getTime() + 3_600_000) morning.setUTCDate(morning.getUTCDate() - 1)
  return morning.getTime()
})()

const parameter = (value: string) => ({ value, type: 'NUMBER' })
const fieldSpec = (path: string, type: string, nativeType: string) => ({ path, type, nativeType })
const assertion = (id: string, info: Record<string, unknown>) => ({
  __typename: 'Assertion',
  urn: `urn:li:assertion:${id}`,
  type: 'ASSERTION',
  platform: { urn: 'urn:li:dataPlatform:datahub', type: 'DATA_PLATFORM', name: 'datahub', properties: { displayName: 'DataHub' } },
  info: {
    description: null,
    externalUrl: null,
    datasetAssertion: null,
    freshnessAssertion: null,
    volumeAssertion: null,
    sqlAssertion: null,
    fieldAssertion: null,
    schemaAssertion: null,
    customAssertion: null,
    source: { type: 'NATIVE', created: { time: 1735689600000, actor: 'urn:li:corpuser:jdoe' } },
    lastUpdated: null,
    ...info,
  },
  status: { removed: false },
})

const ordersTable = datasets[0]!.urn
const orderLinesView = datasets[1]!.urn
const campaignsTable = datasets[2]!.urn

/**
 * Assertions on the datasets: four make up the orders table's contract (freshness, schema, a
 * null check that passes, a SQL check that fails); the order lines view has a row-count check
 * that has never run, and the campaigns table a freshness check that is late, both outside any contract.
 */
export const assertions = [
  assertion('orders-fresh', {
    type: 'FRESHNESS',
    freshnessAssertion: { entityUrn: ordersTable, type: 'DATASET_CHANGE', schedule: { type: 'FIXED_INTERVAL', cron: null, fixedInterval: { unit: 'DAY', multiple: 1 } }, filter: null },
  }),
  assertion('orders-schema', {
    type: 'DATA_SCHEMA',
    schemaAssertion: {
      entityUrn: ordersTable,
      compatibility: 'SUPERSET',
      fields: [fieldSpec('order_id', 'NUMBER', 'NUMBER(38,0)'), fieldSpec('customer_email', 'STRING', 'VARCHAR')],
      schema: null,
    },
  }),
  assertion('orders-ids-present', {
    type: 'FIELD',
    fieldAssertion: {
      type: 'FIELD_METRIC',
      entityUrn: ordersTable,
      fieldValuesAssertion: null,
      fieldMetricAssertion: { field: fieldSpec('order_id', 'NUMBER', 'NUMBER(38,0)'), metric: 'NULL_COUNT', operator: 'EQUAL_TO', parameters: { value: parameter('0'), minValue: null, maxValue: null } },
      filter: null,
    },
  }),
  assertion('orders-no-negative-totals', {
    type: 'SQL',
    description: 'No order has a negative total',
    sqlAssertion: {
      type: 'METRIC',
      entityUrn: ordersTable,
      statement: 'SELECT COUNT(*) FROM acme.orders.orders WHERE total_amount < 0',
      changeType: null,
      operator: 'EQUAL_TO',
      parameters: { value: parameter('0'), minValue: null, maxValue: null },
    },
  }),
  assertion('order-lines-volume', {
    type: 'VOLUME',
    volumeAssertion: {
      entityUrn: orderLinesView,
      type: 'ROW_COUNT_TOTAL',
      rowCountTotal: { operator: 'GREATER_THAN_OR_EQUAL_TO', parameters: { value: parameter('1000'), minValue: null, maxValue: null } },
      rowCountChange: null,
      incrementingSegmentRowCountTotal: null,
      incrementingSegmentRowCountChange: null,
      filter: null,
    },
  }),
  assertion('campaigns-fresh', {
    type: 'FRESHNESS',
    freshnessAssertion: { entityUrn: campaignsTable, type: 'DATASET_CHANGE', schedule: { type: 'CRON', cron: { cron: '0 6 * * *', timezone: 'UTC', windowStartOffsetMs: null }, fixedInterval: null }, filter: null },
  }),
]

const run = (assertionId: string, asserteeUrn: string, timestampMillis: number, type: 'SUCCESS' | 'FAILURE' | 'ERROR', extra: Record<string, unknown> = {}) => ({
  timestampMillis,
  lastObservedMillis: timestampMillis,
  assertionUrn: `urn:li:assertion:${assertionId}`,
  asserteeUrn,
  runId: `${assertionId}-${timestampMillis}`,
  status: 'COMPLETE',
  batchSpec: null,
  partitionSpec: null,
  runtimeContext: null,
  result: { type, rowCount: null, missingCount: null, unexpectedCount: null, actualAggValue: null, externalUrl: null, nativeResults: null, error: null, ...extra },
})

/** Runs, oldest first: the orders table was late yesterday and on time this morning. */
export const assertionRunEvents = [
  ...Array.from({ length: 12 }, (_, i) => run('orders-fresh', ordersTable, MORNING - (13 - i) * DAY, 'SUCCESS')),
  run('orders-fresh', ordersTable, MORNING - DAY, 'FAILURE'),
  run('orders-fresh', ordersTable, MORNING, 'SUCCESS'),
  run('orders-schema', ordersTable, MORNING + 5 * 60_000, 'SUCCESS'),
  run('orders-ids-present', ordersTable, MORNING + 10 * 60_000, 'SUCCESS', { actualAggValue: 0 }),
  run('orders-no-negative-totals', ordersTable, MORNING - DAY + 10 * 60_000, 'SUCCESS', { actualAggValue: 0 }),
  run('orders-no-negative-totals', ordersTable, MORNING + 10 * 60_000, 'FAILURE', { actualAggValue: 3 }),
  run('campaigns-fresh', campaignsTable, MORNING, 'FAILURE'),
]

const ref = (id: string) => ({ assertion: { urn: `urn:li:assertion:${id}` } })

/** The orders table's data contract; its parts name their assertions (the emulation resolves them). */
export const dataContracts = [
  {
    __typename: 'DataContract',
    urn: 'urn:li:dataContract:orders-table',
    type: 'DATA_CONTRACT',
    properties: {
      entityUrn: ordersTable,
      freshness: [ref('orders-fresh')],
      schema: [ref('orders-schema')],
      dataQuality: [ref('orders-ids-present'), ref('orders-no-negative-totals')],
    },
    status: { state: 'ACTIVE' },
  },
]

/**
 * The same instance as most DataHub deployments hold it: datasets and no data product entities.
 * Each dataset carries the domain, owners and tags its product had; the checkout events topic
 * and the customers table have no domain (the customers table only its container).
 */
export function datasetsWithoutProducts() {
  return datasets.map((d) => {
    const holder = dataProducts.find((p) => (p.assets as { urn: string }[]).some((a) => a.urn === d.urn))
    const domain = holder && holder.urn !== 'urn:li:dataProduct:checkout_events' ? { domain: holder.domain.domain, associatedUrn: d.urn } : null
    return { ...d, domain, ownership: holder?.ownership ?? null, tags: holder?.tags ?? null, glossaryTerms: null, institutionalMemory: null }
  })
}
