import { http, HttpResponse } from 'msw'
import { createOpenMetadataHandlers } from '../../mocks/openmetadata/openmetadata-handlers'
import { server } from '../../mocks/node'
import { NotFoundError, UnavailableError } from '../errors'
import { createOpenMetadataBackend } from './create-openmetadata-backend'

const BASE = 'http://om.test/openmetadata'
const ORDERS = 'urn:openmetadata:dataProduct:Orders'
const CAMPAIGNS = 'urn:openmetadata:dataProduct:Campaigns'
const AD_SPEND = 'urn:openmetadata:dataProduct:AdSpendReturns'
const TABLE = (name: string) => `snowflake_prod.acme.${name}`

const backend = (productSource?: 'table' | 'dataProduct') =>
  createOpenMetadataBackend({ id: 'om', label: 'Acme OpenMetadata', baseUrl: BASE, timeoutMs: 3000, ...(productSource ? { productSource } : {}) })
const depth = (upstream: number, downstream: number) => ({ upstream, downstream })

describe('OpenMetadata lineage traversed on the server', () => {
  const requests: URL[] = []
  beforeEach(() => {
    requests.length = 0
    server.use(...createOpenMetadataHandlers({ basePath: '/openmetadata' }))
    server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url)))
  })
  afterEach(() => server.events.removeAllListeners())

  it('answers one hop each way with the products there, labelled, and asks OpenMetadata for those hops', async () => {
    const answer = await backend().getLineage!(ORDERS, depth(1, 1))
    expect(answer.products.map((p) => p.urn)).toEqual([ORDERS, CAMPAIGNS])
    const [orders, campaigns] = answer.products
    expect(orders?.inputPorts).toEqual([{ kind: 'external', name: TABLE('raw.shop_events'), system: 'JDBC', description: 'Click stream.' }])
    expect(campaigns).toMatchObject({ title: 'Campaign performance', kind: 'consumer-aligned', domainId: 'Marketing' })
    expect(campaigns?.inputPorts).toEqual([{ kind: 'product', productUrn: ORDERS, outputPortId: TABLE('orders.orders') }])
    expect(answer.domains.map((d) => d.id)).toContain('Marketing')
    expect(answer.people).toContainEqual(expect.objectContaining({ id: 'bo.smith', name: 'Bo Smith' }))
    expect(answer.teams).toContainEqual(expect.objectContaining({ id: 'commerce-data', name: 'Commerce data team' }))
    const lineage = requests.filter((u) => u.pathname.includes('/lineage/'))
    expect(lineage.map((u) => [u.pathname.split('/').at(-1), u.searchParams.get('upstreamDepth'), u.searchParams.get('downstreamDepth')])).toEqual([
      [TABLE('orders.orders'), '1', '1'],
      [TABLE('orders.order_lines'), '1', '1'],
    ])
    // No list of every data product: the neighbourhood is labelled from what it reached.
    expect(requests.some((u) => u.pathname.endsWith('/dataProducts'))).toBe(false)
  })

  it('reaches a product two hops away that declares no input, with its column lineage', async () => {
    const answer = await backend().getLineage!(ORDERS, depth(0, 2))
    expect(answer.products.map((p) => p.urn)).toEqual([ORDERS, CAMPAIGNS, AD_SPEND])
    const adSpend = answer.products[2]!
    expect(adSpend).toMatchObject({ title: 'Return on ad spend', lifecycle: 'active', domainId: 'Marketing' })
    expect(adSpend.inputPorts).toEqual([{ kind: 'product', productUrn: CAMPAIGNS, outputPortId: TABLE('marketing.campaign_orders') }])
    expect(adSpend.columnLineage).toEqual([
      { outputPortId: TABLE('marketing.ad_spend_returns'), column: 'attributed_orders', from: [{ productUrn: CAMPAIGNS, outputPortId: TABLE('marketing.campaign_orders'), column: 'order_id' }] },
    ])
    expect(adSpend.outputPorts[0]?.columns.map((c) => c.name)).toEqual(['channel', 'week', 'attributed_orders'])
  })

  it('asks for at most three hops, as OpenMetadata allows, however many are wanted', async () => {
    const answer = await backend().getLineage!(AD_SPEND, depth(Infinity, 10))
    expect(answer.products.map((p) => p.urn)).toEqual([AD_SPEND, CAMPAIGNS, ORDERS])
    const asked = requests.find((u) => u.pathname.includes('/lineage/'))!
    expect([asked.searchParams.get('upstreamDepth'), asked.searchParams.get('downstreamDepth')]).toEqual(['3', '3'])
  })

  it('with tables as products, follows the tables themselves', async () => {
    const urn = (name: string) => `urn:openmetadata:table:${TABLE(name)}`
    const answer = await backend('table').getLineage!(urn('orders.orders'), depth(1, 2))
    expect(answer.products.map((p) => p.urn)).toEqual([urn('orders.orders'), urn('raw.shop_events'), urn('marketing.campaign_orders'), urn('marketing.ad_spend_returns')])
    expect(answer.products[0]?.inputPorts).toEqual([{ kind: 'product', productUrn: urn('raw.shop_events'), outputPortId: TABLE('raw.shop_events') }])
    expect(answer.products[3]?.inputPorts).toEqual([{ kind: 'product', productUrn: urn('marketing.campaign_orders'), outputPortId: TABLE('marketing.campaign_orders') }])
  })

  it('keeps going when one table reached cannot be read, naming it as an issue', async () => {
    server.use(http.get('*/api/v1/tables/name/snowflake_prod.acme.marketing.ad_spend_returns', () => HttpResponse.json({ message: 'boom' }, { status: 500 })))
    const answer = await backend().getLineage!(ORDERS, depth(0, 2))
    expect(answer.products.map((p) => p.urn)).toEqual([ORDERS, CAMPAIGNS])
    expect(answer.issues).toEqual([expect.objectContaining({ ref: TABLE('marketing.ad_spend_returns') })])
  })

  it('rejects for an unknown product, and when OpenMetadata cannot answer for the lineage', async () => {
    await expect(backend().getLineage!('urn:openmetadata:dataProduct:Nope', depth(1, 1))).rejects.toBeInstanceOf(NotFoundError)
    await expect(backend().getLineage!('urn:li:dataProduct:orders', depth(1, 1))).rejects.toBeInstanceOf(NotFoundError)
    server.use(http.get('*/api/v1/lineage/table/name/:fqn', () => HttpResponse.json({ message: 'search cluster down' }, { status: 503 })))
    await expect(backend().getLineage!(ORDERS, depth(1, 1))).rejects.toBeInstanceOf(UnavailableError)
  })
})
