import type { WireDataset } from './datahub-wire'
import { mapInputPorts } from './map-lineage'

const PRODUCT = 'urn:li:dataProduct:orders'
const ds = (table: string, platform = 'snowflake') => `urn:li:dataset:(urn:li:dataPlatform:${platform},${table},PROD)`

const upstreamDataset = (urn: string, product?: string, extra: Record<string, unknown> = {}) => ({
  urn,
  type: 'DATASET',
  name: urn.split(',')[1],
  platform: { name: 'postgres', properties: { displayName: 'PostgreSQL' } },
  properties: { name: 'customers', qualifiedName: urn.split(',')[1] },
  dataProduct: { relationships: product ? [{ entity: { urn: product } }] : [] },
  ...extra,
})

const job = (reads: unknown[]) => ({
  urn: 'urn:li:dataJob:(urn:li:dataFlow:(airflow,shop_etl,PROD),build_orders)',
  type: 'DATA_JOB',
  jobId: 'build_orders',
  properties: { name: 'build_orders' },
  dataFlow: { orchestrator: 'airflow', properties: { name: 'shop_etl' } },
  upstream: { relationships: reads.map((entity) => ({ entity })) },
})

const dataset = (urn: string, upstream: unknown[] | unknown): WireDataset => ({
  urn,
  name: urn,
  upstream: Array.isArray(upstream) ? { total: upstream.length, relationships: upstream.map((entity) => ({ type: 'DownstreamOf', entity })) } : upstream,
})

describe('mapInputPorts', () => {
  it('turns an upstream dataset held by another data product into an input from that product’s port', () => {
    const events = ds('acme.raw.checkout_events', 'kafka')
    expect(mapInputPorts(PRODUCT, [dataset(ds('orders'), [upstreamDataset(events, 'urn:li:dataProduct:checkout')])])).toEqual([
      { kind: 'product', productUrn: 'urn:li:dataProduct:checkout', outputPortId: events },
    ])
  })

  it('turns an upstream dataset held by no product into a source outside the catalogue, named where it lives', () => {
    expect(mapInputPorts(PRODUCT, [dataset(ds('orders'), [upstreamDataset(ds('shop.public.customers', 'postgres'))])])).toEqual([
      { kind: 'external', name: 'shop.public.customers', system: 'PostgreSQL' },
    ])
    const bare = upstreamDataset(ds('x', 'hive'), undefined, { platform: null, properties: null, name: 'raw_x' })
    expect(mapInputPorts(PRODUCT, [dataset(ds('orders'), [bare])])).toEqual([{ kind: 'external', name: 'raw_x' }])
  })

  it('crosses a job to the datasets it reads, and says which job', () => {
    const events = ds('acme.raw.checkout_events', 'kafka')
    const inputs = mapInputPorts(PRODUCT, [dataset(ds('orders'), [job([upstreamDataset(events, 'urn:li:dataProduct:checkout'), job([])])])])
    expect(inputs).toEqual([
      { kind: 'product', productUrn: 'urn:li:dataProduct:checkout', outputPortId: events, description: 'Through the airflow job “build_orders” of shop_etl.' },
    ])
  })

  it('leaves out lineage among the product’s own datasets, and datasets DataHub places in the same product', () => {
    const orders = ds('orders')
    const lines = ds('order_lines')
    const unlisted = ds('orders_staging')
    const inputs = mapInputPorts(PRODUCT, [dataset(orders, []), dataset(lines, [upstreamDataset(orders, PRODUCT), upstreamDataset(unlisted, PRODUCT)])])
    expect(inputs).toEqual([])
  })

  it('lists an upstream dataset once when several datasets, or a job and a direct edge, read it', () => {
    const customers = upstreamDataset(ds('shop.public.customers', 'postgres'))
    const inputs = mapInputPorts(PRODUCT, [dataset(ds('orders'), [customers, job([customers])]), dataset(ds('order_lines'), [customers])])
    expect(inputs).toHaveLength(1)
  })

  it('skips what it cannot read, keeping the rest: a missing or malformed lineage, a removed entity, other entity types', () => {
    const customers = upstreamDataset(ds('shop.public.customers', 'postgres'))
    const inputs = mapInputPorts(PRODUCT, [
      dataset(ds('a'), undefined),
      dataset(ds('b'), { relationships: 'nope' }),
      dataset(ds('c'), [null, { urn: 42, type: 'DATASET' }, { urn: 'urn:li:chart:(looker,1)', type: 'CHART' }, { ...job([]), upstream: { relationships: 'not a list' } }, customers]),
    ])
    expect(inputs).toEqual([expect.objectContaining({ kind: 'external', name: 'shop.public.customers' })])
  })
})
