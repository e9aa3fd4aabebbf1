import { existsSync } from 'node:fs'
import { createDataHubHandlers } from '../../mocks/datahub/datahub-handlers'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from '../../mocks/datahub/load-datahub-schema'
import { server } from '../../mocks/node'
import { UnsupportedError } from '../errors'
import { createDataHubBackend, type DataHubBackendConfig } from './create-datahub-backend'

const BASE = 'http://datahub.test/datahub'
const dataset = (platform: string, name: string) => `urn:li:dataset:(urn:li:dataPlatform:${platform},${name},PROD)`
const ORDERS_TABLE = dataset('snowflake', 'acme.orders.orders')
const ORDER_LINES = dataset('snowflake', 'acme.orders.order_lines_v1')
const CAMPAIGNS = dataset('snowflake', 'acme.marketing.campaigns')
const CHECKOUT = dataset('kafka', 'shop.checkout_events')
const CUSTOMERS = dataset('postgres', 'shop.public.customers')
const PUBLIC_SCHEMA = 'urn:li:container:c0ffee0d4e1b2c3a5f60'
const request = { q: '', filters: {}, sort: 'relevance' as const, offset: 0, limit: 20 }

describe.skipIf(!existsSync(DATAHUB_SDL_DIR))('a DataHub with datasets and no data products', () => {
  const schema = loadDataHubSchema()!
  const backend = (extra: Partial<DataHubBackendConfig> = {}) => createDataHubBackend({ id: 'datahub', label: 'Acme DataHub', baseUrl: BASE, timeoutMs: 3000, ...extra })
  beforeEach(() => server.use(...createDataHubHandlers(schema, { basePath: '/datahub', withoutDataProducts: true })))

  it('reads each dataset’s queries and users over 30 days from its stats summary, and none where DataHub has none', async () => {
    const byUrn = new Map((await backend().getCatalog()).products.map((p) => [p.urn, p.usage]))
    expect(byUrn.get(ORDERS_TABLE)).toEqual({ queries: 840, users: 23 })
    expect(byUrn.get(CAMPAIGNS)).toEqual({ queries: 60, users: 4 })
    expect(byUrn.get(CUSTOMERS)).toBeUndefined()
  })

  it('shows each dataset as a product, grouped by its domain, else its container, and says why', async () => {
    const catalog = await backend().getCatalog()
    expect(catalog.issues).toEqual([])
    expect(catalog.notices).toEqual([expect.stringMatching(/^Acme DataHub holds no data products, so each of its 5 datasets is shown as a product/)])
    const byUrn = new Map(catalog.products.map((p) => [p.urn, p]))
    expect([...byUrn.keys()].sort()).toEqual([CAMPAIGNS, CHECKOUT, CUSTOMERS, ORDER_LINES, ORDERS_TABLE].sort())
    expect(byUrn.get(ORDERS_TABLE)).toMatchObject({
      title: 'orders',
      name: 'acme.orders.orders',
      domainId: 'urn:li:domain:orders',
      description: 'One row per order.',
      tags: ['gold'],
      owners: [
        { role: 'product-owner', teamId: 'urn:li:corpGroup:commerce-data' },
        { role: 'technical-owner', personId: 'urn:li:corpuser:jdoe' },
      ],
      outputPorts: [expect.objectContaining({ id: ORDERS_TABLE, location: 'acme.orders.orders', format: 'Snowflake' })],
    })
    expect(byUrn.get(ORDER_LINES)?.lifecycle).toBe('deprecated')
    expect(byUrn.get(CUSTOMERS)?.domainId).toBe(PUBLIC_SCHEMA)
    expect(byUrn.get(CHECKOUT)?.domainId).toBe('urn:li:domain:unassigned')
    expect(catalog.domains).toContainEqual(expect.objectContaining({ id: PUBLIC_SCHEMA, name: 'public', description: expect.stringContaining('PostgreSQL container') }))
    expect(catalog.domains).toContainEqual(expect.objectContaining({ id: 'urn:li:domain:unassigned', name: 'No domain' }))
    expect(catalog.teams.map((t) => t.name)).toEqual(['Commerce data team'])
  })

  it('links the datasets by their lineage: each upstream dataset is a product, a job between them named', async () => {
    const catalog = await backend().getCatalog()
    const inputs = new Map(catalog.products.map((p) => [p.urn, p.inputPorts]))
    expect(inputs.get(ORDERS_TABLE)).toEqual([
      { kind: 'product', productUrn: CHECKOUT, outputPortId: CHECKOUT, description: 'Through the airflow job “build_orders” of shop_etl.' },
      { kind: 'product', productUrn: CUSTOMERS, outputPortId: CUSTOMERS },
    ])
    expect(inputs.get(CAMPAIGNS)).toEqual([{ kind: 'product', productUrn: ORDERS_TABLE, outputPortId: ORDERS_TABLE }])
  })

  it('opens one dataset as a product page with its columns, contract and the fields Tessera can write there', async () => {
    const b = backend()
    const product = await b.getProduct(ORDERS_TABLE)
    expect(product.outputPorts[0]?.columns.map((c) => c.name)).toEqual(['order_id', 'customer_email', 'shipping'])
    expect(product.contract).toBeDefined()
    expect(b.capabilitiesFor?.(ORDERS_TABLE).editableFields).toEqual(['description', 'columnDescriptions'])
    await expect(b.updateProduct!(ORDERS_TABLE, { baseRevision: 1, changes: { tags: ['gold', 'x'] } })).rejects.toBeInstanceOf(UnsupportedError)
    const saved = await b.updateProduct!(ORDERS_TABLE, { baseRevision: 1, changes: { description: 'Every order, one row each.' } })
    expect(saved.description).toBe('Every order, one row each.')
  })

  it('searches datasets on the server: a column name finds its table, facets count domains and containers, the notice comes once', async () => {
    const b = backend()
    const all = await b.search!(request)
    expect(all.total).toBe(5)
    expect(all.notices).toEqual([expect.stringContaining('each of its 5 datasets')])
    // A container counts only the datasets no domain holds, as the catalogue groups them.
    expect(all.facets.domain.map((f) => [f.label, f.count])).toEqual([['Commerce', 2], ['Orders', 2], ['Marketing', 1], ['public', 1]])
    expect(all.hits.find((h) => h.urn === CHECKOUT)?.domainName).toBe('No domain')
    const byColumn = await b.search!({ ...request, q: 'customer_email' })
    expect(byColumn.hits.map((h) => [h.urn, h.matchedColumn])).toEqual([[ORDERS_TABLE, 'customer_email']])
    const inContainer = await b.search!({ ...request, filters: { domain: [PUBLIC_SCHEMA, 'urn:li:domain:marketing'] } })
    expect(inContainer.hits.map((h) => h.urn).sort()).toEqual([CAMPAIGNS, CUSTOMERS].sort())
    expect((await b.search!({ ...request, offset: 20 })).notices).toBeUndefined()
  })

  it('traces lineage across datasets standing as products', async () => {
    const around = await backend().getLineage!(ORDERS_TABLE, { upstream: 2, downstream: 2 })
    expect(around.products.map((p) => p.urn).sort()).toEqual([CAMPAIGNS, CHECKOUT, CUSTOMERS, ORDER_LINES, ORDERS_TABLE].sort())
    expect(around.products.find((p) => p.urn === ORDER_LINES)?.inputPorts).toEqual([{ kind: 'product', productUrn: ORDERS_TABLE, outputPortId: ORDERS_TABLE }])
  })

  it('takes a dataset’s kind from the first rule naming its platform or tag', async () => {
    const catalog = await backend({ kindRules: [{ platform: 'kafka', kind: 'source-aligned' }, { tag: 'gold', kind: 'aggregate' }, { platform: 'snowflake', kind: 'consumer-aligned' }] }).getCatalog()
    const kinds = new Map(catalog.products.map((p) => [p.urn, p.kind]))
    expect([kinds.get(CHECKOUT), kinds.get(ORDERS_TABLE), kinds.get(CAMPAIGNS), kinds.get(CUSTOMERS)]).toEqual(['source-aligned', 'aggregate', 'consumer-aligned', 'source-aligned'])
  })

  it('shows data products only, and no notice, when configured so', async () => {
    const catalog = await backend({ productSource: 'dataProduct' }).getCatalog()
    expect(catalog.products).toEqual([])
    expect(catalog.notices).toBeUndefined()
  })
})
