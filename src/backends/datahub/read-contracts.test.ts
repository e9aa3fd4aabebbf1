import { existsSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { MORNING } from '../../mocks/datahub/datahub-fixture'
import { createDataHubHandlers } from '../../mocks/datahub/datahub-handlers'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from '../../mocks/datahub/load-datahub-schema'
import { server } from '../../mocks/node'
import { createDataHubBackend } from './create-datahub-backend'
import { formatTime } from './describe-assertion'

const BASE = 'http://datahub.test/datahub'
const ORDERS = 'urn:li:dataProduct:orders'
const CAMPAIGNS = 'urn:li:dataProduct:campaigns'
const ORDERS_TABLE = 'urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.orders.orders,PROD)'
const at = (minutes: number) => formatTime(MORNING + minutes * 60_000)
const iso = (minutes: number) => new Date(MORNING + minutes * 60_000).toISOString()
const request = { q: '', filters: {}, sort: 'relevance' as const, offset: 0, limit: 20 }

/** Answers one operation with `data`, leaving every other to the emulation. */
const answer = (operationName: string, data: unknown) =>
  http.post('*/datahub/api/graphql', async ({ request }) => {
    const body = (await request.clone().json()) as { operationName?: string }
    return body.operationName === operationName ? HttpResponse.json({ data }) : undefined
  })

describe.skipIf(!existsSync(DATAHUB_SDL_DIR))('DataHub data contracts and assertions, through an emulated DataHub running its real schema', () => {
  const schema = loadDataHubSchema()!
  const backend = () => createDataHubBackend({ id: 'datahub', label: 'Acme DataHub', baseUrl: BASE, timeoutMs: 3000 })
  beforeEach(() => server.use(...createDataHubHandlers(schema, { basePath: '/datahub' })))

  it('reads the orders table’s contract onto the product page: state, freshness SLO, schema promise, checks passing, failing and outside the contract', async () => {
    const product = await backend().getProduct(ORDERS)
    expect(product.outputPorts.map((p) => p.contractId)).toEqual(['urn:li:dataContract:orders-table', undefined])
    expect(product.slos).toMatchObject([{ name: 'Freshness of orders', objective: 'Updated at least every day', current: `on time (checked ${at(0)})`, status: 'met', observedAt: iso(0) }])
    expect(product.slos[0]?.history?.slice(0, 2)).toEqual([{ at: iso(0), outcome: 'pass' }, { at: iso(-24 * 60), outcome: 'fail' }])
    expect(product.slos[0]?.history).toHaveLength(14)
    expect(product.contract).toMatchObject({
      id: 'urn:li:dataContract:orders-table',
      standard: 'DataHub',
      outputPortId: ORDERS_TABLE,
      terms: { status: 'active', schemaPromise: 'Dataset orders keeps at least these columns: order_id, customer_email; columns may be added.' },
    })
    expect(product.contract?.terms?.qualityChecks?.map((c) => [c.name, c.column, c.status, c.description])).toEqual([
      ['Schema keeps every expected column', undefined, 'passing', `On orders, last run ${at(5)}.`],
      ['Null count of order_id is 0', 'order_id', 'passing', `On orders, last run ${at(10)}.`],
      [
        'No order has a negative total',
        undefined,
        'failing',
        `SQL metric is 0: SELECT COUNT(*) FROM acme.orders.orders WHERE total_amount < 0. On orders, last run ${at(10)}.`,
      ],
    ])
    expect(product.monitoredChecks?.map((c) => [c.name, c.status, c.description])).toEqual([['Row count is at least 1,000', 'unknown', 'On order_lines_v1, not run yet.']])
  })

  it('gives a product without a contract its freshness assertion as an SLO', async () => {
    const product = await backend().getProduct(CAMPAIGNS)
    expect(product.contract).toBeUndefined()
    expect(product.slos).toEqual([
      { name: 'Freshness', objective: 'Updated daily by 06:00 UTC', current: `late (checked ${at(0)})`, status: 'breached', observedAt: iso(0), history: [{ at: iso(0), outcome: 'fail' }] },
    ])
  })

  it('reads, with the catalogue and search, which products are under contract and how their freshness fares', async () => {
    const catalog = await backend().getCatalog()
    expect(catalog.issues).toEqual([])
    const orders = catalog.products.find((p) => p.urn === ORDERS)
    expect(orders?.contract).toMatchObject({ id: 'urn:li:dataContract:orders-table', terms: { status: 'active' } })
    expect(orders?.slos.map((s) => s.status)).toEqual(['met'])
    expect(catalog.products.filter((p) => p.contract).map((p) => p.urn)).toEqual([ORDERS])

    const hits = (await backend().search!(request)).hits
    expect(hits.map((h) => [h.title, h.hasContract, h.sloStatus]).sort()).toEqual([
      ['Campaigns', false, 'none'],
      ['Checkout events', false, 'none'],
      ['Orders', true, 'met'],
    ])
  })

  it('lists a contract DataHub sent malformed among the catalogue’s issues, keeping the product', async () => {
    const dataset = { urn: ORDERS_TABLE, name: 'orders', contract: { status: { state: 'ACTIVE' } } }
    server.use(
      answer('tesseraDataProducts', {
        searchAcrossEntities: { start: 0, count: 1, total: 1, searchResults: [{ entity: { urn: ORDERS, entities: { total: 1, searchResults: [{ entity: dataset }] } } }] },
      }),
    )
    const catalog = await backend().getCatalog()
    expect(catalog.products.map((p) => [p.urn, p.contract, p.outputPorts.length])).toEqual([[ORDERS, undefined, 1]])
    expect(catalog.issues).toEqual([expect.objectContaining({ entity: 'data contract', ref: 'the contract of orders' })])
  })

  it('shows a contract’s assertion DataHub sent malformed as a check it cannot read, and still opens the product', async () => {
    const dataset = {
      urn: ORDERS_TABLE,
      name: 'orders',
      contract: { urn: 'urn:li:dataContract:c', status: { state: 'PENDING' }, properties: { dataQuality: [{ assertion: { urn: 'urn:li:assertion:a' } }] } },
      assertions: { total: 1, assertions: [{ urn: 'urn:li:assertion:a', info: 'soon' }] },
    }
    server.use(answer('tesseraDataProduct', { dataProduct: { urn: ORDERS, entities: { total: 1, searchResults: [{ entity: dataset }] } } }))
    const product = await backend().getProduct(ORDERS)
    expect(product.contract?.terms).toEqual({
      status: 'pending',
      qualityChecks: [{ name: 'A check Tessera cannot read', description: 'DataHub sent urn:li:assertion:a in a shape Tessera cannot read.', status: 'unknown' }],
    })
  })
})
