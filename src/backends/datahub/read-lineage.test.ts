import { existsSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { createDataHubHandlers } from '../../mocks/datahub/datahub-handlers'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from '../../mocks/datahub/load-datahub-schema'
import { server } from '../../mocks/node'
import { InvalidDataError, NotFoundError } from '../errors'
import { createDataHubBackend } from './create-datahub-backend'
import { degreesFor } from './read-lineage'

const BASE = 'http://datahub.test/datahub'
const ORDERS = 'urn:li:dataProduct:orders'
const CAMPAIGNS = 'urn:li:dataProduct:campaigns'
const CHECKOUT = 'urn:li:dataProduct:checkout_events'
const dataset = (platform: string, name: string) => `urn:li:dataset:(urn:li:dataPlatform:${platform},${name},PROD)`

describe('the degrees DataHub’s lineage search is filtered by', () => {
  it('counts hops as "1", "2" and "3+"', () => {
    expect([0, 1, 2, 3, 7, Infinity, Number.NaN].map(degreesFor)).toEqual([[], ['1'], ['1', '2'], ['1', '2', '3+'], ['1', '2', '3+'], ['1', '2', '3+'], []])
  })
})

describe.skipIf(!existsSync(DATAHUB_SDL_DIR))('DataHub lineage traversed by its lineage search', () => {
  const schema = loadDataHubSchema()!
  const backend = () => createDataHubBackend({ id: 'datahub', label: 'Acme DataHub', baseUrl: BASE, timeoutMs: 3000 })
  const operations: { name: string; variables: Record<string, unknown> }[] = []
  beforeEach(() => {
    operations.length = 0
    server.use(...createDataHubHandlers(schema, { basePath: '/datahub' }))
    server.events.on('request:start', async ({ request }) => {
      const body = (await request.clone().json()) as { operationName: string; variables: Record<string, unknown> }
      operations.push({ name: body.operationName, variables: body.variables })
    })
  })
  afterEach(() => server.events.removeAllListeners())

  it('reaches two hops downstream, through an Airflow job, mapping each dataset to its product', async () => {
    const answer = await backend().getLineage!(CHECKOUT, { upstream: 1, downstream: 2 })
    expect(answer.products.map((p) => p.urn)).toEqual([CHECKOUT, ORDERS, CAMPAIGNS])
    const [, orders, campaigns] = answer.products
    expect(orders?.inputPorts).toEqual([
      { kind: 'product', productUrn: CHECKOUT, outputPortId: dataset('kafka', 'shop.checkout_events'), description: 'Through the airflow job “build_orders” of shop_etl.' },
    ])
    expect(campaigns?.inputPorts).toEqual([{ kind: 'product', productUrn: ORDERS, outputPortId: dataset('snowflake', 'acme.orders.orders') }])
    expect(answer.domains.map((d) => d.name).sort()).toEqual(['Marketing', 'Orders'])
    expect(answer.people.map((p) => p.name).sort()).toEqual(['Bo Smith', 'Jane Doe'])
    const searches = operations.filter((o) => o.name === 'tesseraLineage').map((o) => o.variables.input as { direction: string; orFilters: { and: { values: string[] }[] }[] })
    expect(searches.map((s) => [s.direction, s.orFilters[0]!.and[0]!.values])).toEqual([
      ['UPSTREAM', ['1']],
      ['DOWNSTREAM', ['1', '2']],
    ])
  })

  it('stops at the depth asked, and keeps a source outside the catalogue as one', async () => {
    const one = await backend().getLineage!(CHECKOUT, { upstream: 0, downstream: 1 })
    expect(one.products.map((p) => p.urn)).toEqual([CHECKOUT, ORDERS])
    const orders = await backend().getLineage!(ORDERS, { upstream: 1, downstream: 0 })
    expect(orders.products[0]?.inputPorts).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'product', productUrn: CHECKOUT }), { kind: 'external', name: 'shop.public.customers', system: 'PostgreSQL' }]),
    )
    // The order lines view reads the orders table inside the same product: not an input.
    expect(orders.products[0]?.inputPorts).toHaveLength(2)
  })

  it('says not found for a product DataHub does not hold, and explains an unreadable lineage answer', async () => {
    await expect(backend().getLineage!('urn:li:dataProduct:nope', { upstream: 1, downstream: 1 })).rejects.toBeInstanceOf(NotFoundError)
    server.use(
      http.post('*/datahub/api/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as { operationName: string; query: string; variables: Record<string, unknown> }
        if (body.operationName !== 'tesseraLineage') return undefined
        return HttpResponse.json({ data: { scrollAcrossLineage: { searchResults: 'nope' } } })
      }),
    )
    await expect(backend().getLineage!(ORDERS, { upstream: 1, downstream: 1 })).rejects.toBeInstanceOf(InvalidDataError)
  })
})
