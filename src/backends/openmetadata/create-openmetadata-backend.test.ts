import { http, HttpResponse } from 'msw'
import { createOpenMetadataHandlers } from '../../mocks/openmetadata/openmetadata-handlers'
import { server } from '../../mocks/node'
import { assessCompleteness } from '../../model/completeness'
import { ConflictError, ForbiddenError, InvalidDataError, NotFoundError, UnavailableError, UnsupportedError } from '../errors'
import { createOpenMetadataBackend } from './create-openmetadata-backend'

const BASE = 'http://om.test/openmetadata'
const TOKEN = 'om-jwt-secret'
const ORDERS = 'urn:openmetadata:dataProduct:Orders'
const CAMPAIGNS = 'urn:openmetadata:dataProduct:Campaigns'
const AD_SPEND = 'urn:openmetadata:dataProduct:AdSpendReturns'
const ORDERS_TABLE = 'snowflake_prod.acme.orders.orders'
const request = { q: '', filters: {}, sort: 'relevance' as const, offset: 0, limit: 20 }

const backend = (options: { token?: string; productSource?: 'table' | 'dataProduct' } = {}) =>
  createOpenMetadataBackend({ id: 'om', label: 'Acme OpenMetadata', baseUrl: BASE, token: options.token ?? TOKEN, timeoutMs: 3000, productSource: options.productSource })

describe('OpenMetadata backend against the emulated OpenMetadata', () => {
  beforeEach(() => server.use(...createOpenMetadataHandlers({ basePath: '/openmetadata', token: TOKEN })))

  it('reads the glossary’s terms by the names products carry them by, a term without a description left undefined', async () => {
    expect(await backend().listGlossary!()).toEqual([
      { name: 'Business.Order', definition: 'A customer’s **purchase** of one or more products, from checkout to delivery.', related: ['Business.Customer'], glossary: 'Business' },
      { name: 'Business.Customer', related: [], glossary: 'Business' },
    ])
  })

  it('reads a table’s queries over the last 30 days from its usage summary, and none where usage is not collected', async () => {
    const tables = await backend({ productSource: 'table' }).getCatalog()
    const usage = Object.fromEntries(tables.products.map((p) => [p.name, p.usage]))
    expect(usage.orders).toEqual({ queries: 1130, asOf: '2026-11-30T00:00:00.000Z' })
    expect(usage.order_lines).toBeUndefined()
    server.use(http.get(`${BASE}/api/v1/tables`, () => HttpResponse.json({ data: [{ id: 't', name: 'x', fullyQualifiedName: 's.d.x', usageSummary: { monthlyStats: { count: -4 } } }], paging: { total: 1 } })))
    const odd = await backend({ productSource: 'table' }).getCatalog()
    expect(odd.products.map((p) => [p.name, p.usage])).toEqual([['x', undefined]])
  })

  it('reads nested domains, data products, teams and people (bots left out)', async () => {
    const catalog = await backend().getCatalog()
    expect(catalog.issues).toEqual([])
    expect(catalog.domains).toContainEqual({ id: 'Commerce.Orders', name: 'Orders', description: 'Orders and their lines.', parentId: 'Commerce', ownerTeamId: 'commerce-data' })
    expect(catalog.products.map((p) => [p.title, p.kind, p.lifecycle])).toEqual([
      ['Orders', 'aggregate', 'active'],
      ['Campaign performance', 'consumer-aligned', 'draft'],
      ['Return on ad spend', 'consumer-aligned', 'active'],
    ])
    expect(catalog.teams).toContainEqual(expect.objectContaining({
        id: 'commerce-data',
        name: 'Commerce data team',
        members: [{ personId: 'jane.doe', role: 'member' }],
        contacts: [{ kind: 'email', label: 'commerce-data@acme.example', href: 'mailto:commerce-data@acme.example' }],
      }))
    expect(catalog.people.map((p) => p.name)).toEqual(['Jane Doe', 'Bo Smith'])
    // The declared input and the lineage of Campaigns' table agree: one input, from the Orders table.
    expect(catalog.products[1]?.inputPorts).toEqual([{ kind: 'product', productUrn: ORDERS, outputPortId: ORDERS_TABLE }])
  })

  it('reads the lineage of every product’s tables with the catalogue, so the whole-mesh views draw the server’s links', async () => {
    const catalog = await backend().getCatalog()
    const links = catalog.products.flatMap((p) => p.inputPorts.flatMap((i) => (i.kind === 'product' ? [`${i.productUrn} > ${p.urn}`] : [])))
    expect(links).toEqual([`${ORDERS} > ${CAMPAIGNS}`, `${CAMPAIGNS} > ${AD_SPEND}`])
    expect(catalog.notices).toBeUndefined()
    const tables = await backend({ productSource: 'table' }).getCatalog()
    expect(tables.products.flatMap((p) => p.inputPorts).filter((i) => i.kind === 'product')).toHaveLength(3)
    expect(tables.products.find((p) => p.name === 'orders')?.columnLineage?.length).toBeGreaterThan(0)
  })

  it('marks the tables a data product listing names but does not read as having unread columns', async () => {
    const listed = (await backend().getCatalog()).products.find((p) => p.urn === ORDERS)
    expect(listed?.outputPorts.length).toBeGreaterThan(0)
    expect(listed?.outputPorts.filter((p) => p.type === 'table').every((p) => p.columnsUnread && p.columns.length === 0)).toBe(true)
    expect(assessCompleteness(listed!).partial).toBeDefined()
    expect(assessCompleteness(await backend().getProduct(ORDERS)).partial).toBeUndefined()
    const tables = await backend({ productSource: 'table' }).getCatalog()
    expect(tables.products.every((p) => !assessCompleteness(p).partial)).toBe(true)
  })

  it('reads the test cases of a product’s tables, with a month of dated results, as its quality checks', async () => {
    const product = await backend().getProduct(ORDERS)
    const checks = new Map((product.monitoredChecks ?? []).map((c) => [c.name, c]))
    expect([...checks.keys()].sort()).toEqual(['Order id is never null', 'Orders row count in range', 'SKU matches the product catalogue'])
    const rowCount = checks.get('Orders row count in range')!
    expect(rowCount).toMatchObject({ status: 'passing', type: 'tableRowCountToBeBetween', config: [{ key: 'minValue', value: '1000' }, { key: 'maxValue', value: '500000' }] })
    expect(rowCount.column).toBeUndefined()
    expect(Date.now() - Date.parse(rowCount.observedAt!)).toBeLessThan(3 * 3_600_000)
    expect(rowCount.history).toHaveLength(30)
    expect(rowCount.history?.filter((r) => r.outcome === 'fail')).toEqual([expect.objectContaining({ value: 'rowCount: 612' })])
    expect(checks.get('SKU matches the product catalogue')).toMatchObject({ status: 'failing', column: 'sku', message: 'Found 3 values not matching the pattern.' })
    const table = await backend({ productSource: 'table' }).getProduct('urn:openmetadata:table:snowflake_prod.acme.marketing.ad_spend_returns')
    expect(table.monitoredChecks).toEqual([expect.objectContaining({ name: 'Week is never null', status: 'unknown', column: 'week' })])
  })

  it('leaves a product without quality checks when the server has no data-quality API', async () => {
    server.use(http.get('*/openmetadata/api/v1/dataQuality/testCases', () => HttpResponse.json({ code: 404, message: 'Not found' }, { status: 404 })))
    const product = await backend().getProduct(ORDERS)
    expect(product.monitoredChecks).toBeUndefined()
    expect(product.outputPorts.length).toBeGreaterThan(0)
  })

  it('maps a data product with its tables, columns, owners, tags, terms, SLAs and lineage inputs', async () => {
    const product = await backend().getProduct(ORDERS)
    expect(product).toMatchObject({
      urn: ORDERS,
      title: 'Orders',
      kind: 'aggregate',
      domainId: 'Commerce.Orders',
      tags: ['Tier.Tier1'],
      glossaryTerms: ['Business.Order'],
      owners: [
        { role: 'product-owner', teamId: 'commerce-data' },
        { role: 'steward', personId: 'jane.doe' },
      ],
      revision: 3,
    })
    expect(product.slos.map((s) => s.objective)).toEqual(['99.9% available', 'data at most 60 minutes old'])
    const [orders, lines] = product.outputPorts
    expect(orders).toMatchObject({ id: ORDERS_TABLE, name: 'Orders over SQL', type: 'table', format: 'ICEBERG' })
    expect(orders?.columns).toEqual([
      { name: 'order_id', type: 'number', description: 'Order key.', required: true },
      { name: 'customer_email', type: 'varchar', description: 'Buyer e-mail, hashed.', pii: true, classification: 'confidential', tags: ['PII.Sensitive'] },
      { name: 'shipping', type: 'struct', description: 'Where it goes.', fields: [{ name: 'city', type: 'varchar', description: 'City.' }] },
      { name: 'placed_at', type: 'timestamp' },
    ])
    expect(lines?.id).toBe('snowflake_prod.acme.orders.order_lines')
    expect(product.inputPorts).toEqual([{ kind: 'external', name: 'snowflake_prod.acme.raw.shop_events', system: 'JDBC', description: 'Click stream.' }])
  })

  it('turns lineage into input ports that name the upstream product', async () => {
    const product = await backend().getProduct(CAMPAIGNS)
    expect(product.inputPorts).toEqual([{ kind: 'product', productUrn: ORDERS, outputPortId: ORDERS_TABLE }])
    expect(product.outputPorts[0]).toMatchObject({ type: 'view', columns: [expect.objectContaining({ name: 'campaign_id' }), expect.objectContaining({ name: 'order_id' })] })
  })

  it('carries column lineage from OpenMetadata’s lineage edges, only towards products', async () => {
    const campaigns = await backend().getProduct(CAMPAIGNS)
    const port = 'snowflake_prod.acme.marketing.campaign_orders'
    const from = (column: string) => ({ productUrn: ORDERS, outputPortId: ORDERS_TABLE, column })
    expect(campaigns.columnLineage).toEqual([
      { outputPortId: port, column: 'order_id', from: [from('order_id')] },
      { outputPortId: port, column: 'campaign_id', from: [from('order_id'), from('customer_email')] },
    ])
    // Orders' upstream is a source outside the catalogue: nothing to link a column to.
    expect((await backend().getProduct(ORDERS)).columnLineage).toBeUndefined()
    const orders = await backend({ productSource: 'table' }).getProduct(`urn:openmetadata:table:${ORDERS_TABLE}`)
    expect(orders.columnLineage?.map((c) => [c.column, c.from[0]?.productUrn, c.from[0]?.column])).toEqual([
      ['placed_at', 'urn:openmetadata:table:snowflake_prod.acme.raw.shop_events', 'payload'],
      ['customer_email', 'urn:openmetadata:table:snowflake_prod.acme.raw.shop_events', 'payload'],
      ['shipping.city', 'urn:openmetadata:table:snowflake_prod.acme.raw.shop_events', 'payload'],
    ])
  })

  it('says not found for an unknown or foreign product', async () => {
    await expect(backend().getProduct('urn:openmetadata:dataProduct:Nope')).rejects.toBeInstanceOf(NotFoundError)
    await expect(backend().getProduct('urn:li:dataProduct:orders')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('searches on the server with facets, filters, sorting and paging', async () => {
    const all = await backend().search!(request)
    expect(all.total).toBe(3)
    // A parent domain counts its sub-domains' products, as the domain page does.
    expect(all.facets.domain).toEqual([
      { value: 'Marketing', label: 'Marketing', count: 2 },
      { value: 'Commerce', label: 'Commerce', count: 1 },
      { value: 'Commerce.Orders', label: 'Orders', count: 1 },
    ])
    // A user who owns a product is an owner, not an owner team.
    expect(all.facets.team).toEqual([{ value: 'commerce-data', label: 'Commerce data team', count: 1 }])
    expect(all.facets.lifecycle).toEqual([
      { value: 'draft', label: 'Draft', count: 1 },
      { value: 'active', label: 'Active', count: 2 },
    ])
    // Business.Order is a term of the Business glossary, which OpenMetadata indexes among tags: not a tag.
    expect(all.facets.tag).toEqual([{ value: 'Tier.Tier1', label: 'Tier.Tier1', count: 1 }])
    expect(all.notices).toBeUndefined()

    const shop = await backend().search!({ ...request, q: 'web shop' })
    expect(shop.hits).toEqual([expect.objectContaining({ urn: ORDERS, title: 'Orders', kind: 'aggregate', domainName: 'Orders', ownerName: 'Commerce data team', snippet: 'Every order from the web shop, with its lines.' })])

    expect((await backend().search!({ ...request, filters: { lifecycle: ['draft'] } })).hits.map((h) => h.urn)).toEqual([CAMPAIGNS])
    expect((await backend().search!({ ...request, filters: { team: ['commerce-data'], tag: ['Tier.Tier1'] } })).hits.map((h) => h.urn)).toEqual([ORDERS])
    expect((await backend().search!({ ...request, filters: { domain: ['Marketing'] } })).hits.map((h) => h.urn)).toEqual([CAMPAIGNS, AD_SPEND])
    expect((await backend().search!({ ...request, filters: { domain: ['Commerce'] } })).hits.map((h) => h.urn)).toEqual([ORDERS])

    const second = await backend().search!({ ...request, sort: 'name', offset: 1, limit: 1 })
    expect(second).toMatchObject({ total: 3, hits: [expect.objectContaining({ title: 'Campaign performance' })] })
  })

  it('without data products, makes each table a product with its lineage, and searches tables', async () => {
    const tables = backend({ productSource: 'table' })
    const catalog = await tables.getCatalog()
    expect(catalog.products.map((p) => p.name)).toEqual(['orders', 'order_lines', 'campaign_orders', 'shop_events', 'ad_spend_returns'])
    const campaignOrders = await tables.getProduct('urn:openmetadata:table:snowflake_prod.acme.marketing.campaign_orders')
    expect(campaignOrders.inputPorts).toEqual([{ kind: 'product', productUrn: `urn:openmetadata:table:${ORDERS_TABLE}`, outputPortId: ORDERS_TABLE }])
    const found = await tables.search!({ ...request, q: 'customer_email' })
    expect(found.hits).toEqual([expect.objectContaining({ urn: `urn:openmetadata:table:${ORDERS_TABLE}`, matchedColumn: 'customer_email' })])
    // A table no domain holds says so in words, as its product page does, not with Tessera's internal id.
    const raw = await tables.search!({ ...request, q: 'shop_events' })
    expect(raw.hits.map((h) => [h.name, h.domainName])).toEqual([['shop_events', 'No domain']])
  })

  it('says once which facets a server with its shipped search settings does not count, and still filters by them', async () => {
    server.use(...createOpenMetadataHandlers({ basePath: '/openmetadata', token: TOKEN, defaultSearchSettings: true }))
    const all = await backend().search!(request)
    expect(all.total).toBe(3)
    expect(all.facets.domain).toEqual([])
    expect(all.facets.tag.map((t) => t.value)).toEqual(['Tier.Tier1'])
    expect(all.notices).toEqual(['Acme OpenMetadata’s search settings do not count domain, owner team or lifecycle, so those filters are not offered here; a link that sets one still narrows the results. An OpenMetadata admin can add them to the search settings’ aggregations.'])
    expect((await backend().search!({ ...request, offset: 20 })).notices).toBeUndefined()
    expect((await backend().search!({ ...request, filters: { domain: ['Marketing'] } })).hits.map((h) => h.urn)).toEqual([CAMPAIGNS, AD_SPEND])
  })

  it('picks tables by itself when the server has no data products', async () => {
    server.use(http.get('*/openmetadata/api/v1/dataProducts', () => HttpResponse.json({ data: [], paging: { total: 0 } })))
    expect((await backend().getCatalog()).products).toHaveLength(5)
  })

  it('writes descriptions as JSON Patch carrying the version, and bumps the revision', async () => {
    const saved = await backend().updateProduct!(ORDERS, {
      baseRevision: 3,
      changes: { description: 'Edited in Tessera.', columnDescriptions: [{ outputPortId: ORDERS_TABLE, column: 'shipping.city', description: 'Town.' }] },
    })
    expect(saved.description).toBe('Edited in Tessera.')
    expect(saved.revision).toBe(4)
    expect(saved.outputPorts[0]?.columns[2]?.fields?.[0]?.description).toBe('Town.')
    const tagged = await backend().updateProduct!(ORDERS, { baseRevision: 4, changes: { tags: ['Tier.Tier2'] } })
    expect([tagged.tags, tagged.glossaryTerms]).toEqual([['Tier.Tier2'], ['Business.Order']])
    await expect(backend().updateProduct!(ORDERS, { baseRevision: 5, changes: { links: [] } })).rejects.toBeInstanceOf(UnsupportedError)
  })

  describe('owners', () => {
    const ordersOwners = [
      { role: 'product-owner' as const, teamId: 'commerce-data' },
      { role: 'steward' as const, personId: 'jane.doe' },
    ]
    /** The PATCH bodies sent, the request still answered by the emulation. */
    const recordPatches = () => {
      const patches: unknown[] = []
      server.events.on('request:start', ({ request }) => {
        if (request.method === 'PATCH') void request.clone().json().then((body: unknown) => patches.push(body))
      })
      return patches
    }
    afterEach(() => server.events.removeAllListeners())

    it('makes a new steward an expert, looked up by name, in one version-checked patch, and history names the change', async () => {
      const patches = recordPatches()
      const saved = await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { owners: [...ordersOwners, { role: 'steward', personId: 'bo.smith' }] } })
      expect(saved.owners).toEqual([...ordersOwners, { role: 'steward', personId: 'bo.smith' }])
      expect(saved.revision).toBe(4)
      expect(patches).toEqual([
        [
          { op: 'test', path: '/version', value: 0.3 },
          { op: 'add', path: '/experts', value: [{ id: '0a1b2c3d-0000-4000-8000-000000000101', type: 'user' }, { id: '0a1b2c3d-0000-4000-8000-000000000102', type: 'user' }] },
        ],
      ])
      const [latest] = await backend().getHistory!(ORDERS)
      expect(latest).toMatchObject({ revision: 4, fields: ['owners'], diff: [{ field: 'owners', before: '', after: 'Steward: Bo Smith' }] })
    })

    it('hands a team’s ownership to a person, and sends no owners operation when only the description changes', async () => {
      const patches = recordPatches()
      const saved = await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { owners: [{ role: 'product-owner', personId: 'bo.smith' }, ordersOwners[1]!] } })
      expect(saved.owners).toEqual([{ role: 'product-owner', personId: 'bo.smith' }, ordersOwners[1]])
      await backend().updateProduct!(ORDERS, { baseRevision: 4, changes: { description: 'Same owners.', owners: saved.owners } })
      expect(patches[1]).toEqual([
        { op: 'test', path: '/version', value: 0.4 },
        { op: 'add', path: '/description', value: 'Same owners.' },
      ])
    })

    it('changes the owner of a table product', async () => {
      const urn = `urn:openmetadata:table:${ORDERS_TABLE}`
      const saved = await backend({ productSource: 'table' }).updateProduct!(urn, { baseRevision: 2, changes: { owners: [{ role: 'product-owner', teamId: 'marketing-analytics' }] } })
      expect(saved.owners).toEqual([{ role: 'product-owner', teamId: 'marketing-analytics' }])
      expect(saved.revision).toBe(3)
    })

    it.each([
      ['someone OpenMetadata does not have', [...ordersOwners, { role: 'steward' as const, personId: 'nobody.here' }], NotFoundError, 'The person “nobody.here” in OpenMetadata was not found.'],
      ['a technical owner', [...ordersOwners, { role: 'technical-owner' as const, personId: 'bo.smith' }], UnsupportedError, /technical owners: .*Make Bo Smith a product owner/],
      ['a team and a person owning together', [...ordersOwners, { role: 'product-owner' as const, personId: 'bo.smith' }], UnsupportedError, /several people or one team/],
    ])('refuses %s without writing anything', async (_, owners, kind, message) => {
      const patches = recordPatches()
      const error = await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { description: 'Not saved either.', owners } }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(kind)
      expect((error as Error).message).toMatch(message)
      expect(patches).toEqual([])
      expect((await backend().getProduct(ORDERS)).revision).toBe(3)
    })

    it('reports an owners change from an older version as a conflict', async () => {
      await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { description: 'First.' } })
      const error = await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { owners: [ordersOwners[0]!] } }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError).current).toMatchObject({ revision: 4, owners: ordersOwners })
    })
  })

  it('reports a save from an older version as a conflict carrying the current product', async () => {
    await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { description: 'First.' } })
    const error = await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { description: 'Second.' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).current).toMatchObject({ description: 'First.', revision: 4 })
  })

  it('reports a conflict when someone saves between the read and the patch (the test operation fails)', async () => {
    const patches: unknown[] = []
    server.use(
      http.patch('*/openmetadata/api/v1/dataProducts/:id', async ({ request }) => {
        patches.push(await request.clone().json())
        expect(request.headers.get('Content-Type')).toBe('application/json-patch+json')
        return HttpResponse.json({ code: 400, message: 'Test failed at /version' }, { status: 400 })
      }),
      http.get('*/openmetadata/api/v1/dataProducts/name/Orders', () =>
        patches.length ? HttpResponse.json({ id: 'x', name: 'Orders', fullyQualifiedName: 'Orders', description: 'Theirs.', version: 0.4 }) : undefined,
      ),
    )
    const error = await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { description: 'Mine.' } }).catch((e: unknown) => e)
    expect(patches).toEqual([[{ op: 'test', path: '/version', value: 0.3 }, { op: 'add', path: '/description', value: 'Mine.' }]])
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).current).toMatchObject({ description: 'Theirs.', revision: 4 })
  })

  it('reads a data product’s history from its versions: who, when, which fields, before and after', async () => {
    const history = await backend().getHistory!(ORDERS)
    expect(history.map((c) => [c.revision, c.by, c.fields])).toEqual([
      [3, 'jane.doe', ['tags', 'glossaryTerms']],
      [2, 'jane.doe', ['description', 'owners']],
    ])
    expect(history[0]?.diff).toEqual([
      { field: 'tags', before: '', after: 'Tier.Tier1' },
      { field: 'glossaryTerms', before: '', after: 'Business.Order' },
    ])
    expect(history[1]?.diff[0]).toEqual({ field: 'description', before: 'Every order from the web shop.', after: 'Every order from the web shop, with its lines.\n\nUpdated hourly.' })
    expect(history[1]?.at).toBe(new Date(Date.UTC(2025, 4, 12, 9, 30) - 12 * 86_400_000).toISOString())
    expect(await backend().getHistory!(CAMPAIGNS)).toEqual([])
  })

  it('shows a saved edit at the top of the history, with the revision the product now carries', async () => {
    const saved = await backend().updateProduct!(ORDERS, { baseRevision: 3, changes: { description: 'Edited in Tessera.' } })
    const [latest] = await backend().getHistory!(ORDERS)
    expect(latest).toMatchObject({ revision: saved.revision, by: 'jane.doe', fields: ['description'] })
    expect(latest?.diff).toEqual([{ field: 'description', before: 'Every order from the web shop, with its lines.\n\nUpdated hourly.', after: 'Edited in Tessera.' }])
  })

  it('reads a table’s history with its column changes named for people', async () => {
    const history = await backend({ productSource: 'table' }).getHistory!(`urn:openmetadata:table:${ORDERS_TABLE}`)
    expect(history).toEqual([
      expect.objectContaining({
        revision: 2,
        by: 'ingestion-bot',
        diff: [
          { field: 'Column customer_email', before: 'Buyer e-mail.', after: 'Buyer e-mail, hashed.' },
          { field: 'Column customer_email: tags', before: '', after: 'PII.Sensitive' },
        ],
      }),
    ])
  })

  it('explains a versions answer it cannot read or reach, and skips single unreadable versions', async () => {
    const versions = (body: Record<string, unknown>, status = 200) => server.use(http.get('*/openmetadata/api/v1/dataProducts/:id/versions', () => HttpResponse.json(body, { status })))
    versions({ versions: 'nope' })
    await expect(backend().getHistory!(ORDERS)).rejects.toBeInstanceOf(InvalidDataError)
    versions({ entityType: 'dataProduct', versions: ['{not json', JSON.stringify({ version: 'x' })] })
    await expect(backend().getHistory!(ORDERS)).rejects.toThrow('None of the versions OpenMetadata sent for data product Orders could be read (2 received).')
    const edit = { version: 0.2, updatedAt: 0, updatedBy: 'bo.smith', changeDescription: { fieldsUpdated: [{ name: 'description', oldValue: 'a', newValue: 'b' }] } }
    versions({ entityType: 'dataProduct', versions: ['{not json', JSON.stringify(edit), edit] })
    expect((await backend().getHistory!(ORDERS)).map((c) => c.by)).toEqual(['bo.smith'])
    versions({ code: 500, message: 'boom' }, 500)
    await expect(backend().getHistory!(ORDERS)).rejects.toBeInstanceOf(UnavailableError)
    await expect(backend().getHistory!('urn:openmetadata:dataProduct:Nope')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('sends the token as a Bearer header only, and explains a refused token', async () => {
    const seen: string[] = []
    server.use(
      http.all('*/openmetadata/api/v1/*', ({ request }) => {
        seen.push(request.url)
        return undefined
      }),
    )
    await backend().getProduct(ORDERS)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((url) => !url.includes(TOKEN))).toBe(true)
    await expect(backend({ token: 'wrong' }).getCatalog()).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('knows who the token belongs to', async () => {
    expect(await backend().getIdentity!()).toMatchObject({ personId: 'jane.doe', name: 'Jane Doe' })
  })

  it('skips a malformed data product and reports it, keeping the rest', async () => {
    server.use(
      http.get('*/openmetadata/api/v1/dataProducts', () =>
        HttpResponse.json({ data: [{ id: '1', name: 'Ok', fullyQualifiedName: 'Ok' }, { id: 2, name: 'Broken', fullyQualifiedName: 'Broken' }], paging: { total: 2 } }),
      ),
    )
    const catalog = await backend().getCatalog()
    expect(catalog.products.map((p) => p.urn)).toEqual(['urn:openmetadata:dataProduct:Ok'])
    expect(catalog.issues).toEqual([expect.objectContaining({ entity: 'product', ref: 'Broken' })])
  })
})
