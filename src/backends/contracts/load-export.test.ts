import { readFixtureFile } from '../file-sources/read-fixture-file'
import { besideIndex, loadContracts } from './load-contracts'

/** Shaped like a Data Mesh Manager repository export: files named by URN, each a YAML stream of one document twice. */
const base = new URL('./test-fixtures/dmm-export/', import.meta.url).href
const load = () => loadContracts({ index: 'index.json', base }, readFixtureFile)

describe('a Data Mesh Manager export', () => {
  it('fetches files named urn:… as paths beside the index', async () => {
    expect(besideIndex('exports/index.json', 'urn:datamesh:dataproduct:orders.yaml')).toBe('exports/urn:datamesh:dataproduct:orders.yaml')
    expect(besideIndex('/exports/index.json', '../a.yaml')).toBe('/a.yaml')
    expect(besideIndex('index.json', 'odd#name?.yaml')).toBe('odd%23name%3F.yaml')
    expect(besideIndex('https://raw.example/x/index.json', 'urn:a.yaml')).toBe('https://raw.example/x/urn:a.yaml')
    const { sources } = await load()
    const orders = sources.find((s) => s.url === 'urn:datamesh:dataproduct:orders.yaml')
    expect(orders).toMatchObject({ state: 'loaded', format: 'Data Product Specification (Data Mesh Manager) descriptor' })
  })

  it('reads a YAML stream holding one document twice as that document, and a known format without a schema as loaded with a note', async () => {
    const { sources, catalog } = await load()
    const contract = sources.find((s) => s.url === 'urn:datamesh:datacontract:orders_v1.yaml')
    expect(contract).toMatchObject({ state: 'loaded', problems: [] })
    const product = sources.find((s) => s.url === 'urn:datamesh:dataproduct:orders.yaml')
    expect(product?.summary).toMatch(/Read without validation: Tessera holds no JSON Schema for this format/)
    expect(product?.failure).toBeUndefined()
    expect(catalog.products.filter((p) => p.title === 'Orders')).toHaveLength(1)
  })
})

describe('files that cannot be used say why, each in its own kind', () => {
  const files: Record<string, string> = {
    'two.yaml': 'dataContractSpecification: 1.1.0\nid: a\ninfo: { title: A, version: 1.0.0 }\n---\ndataContractSpecification: 1.1.0\nid: b\ninfo: { title: B, version: 1.0.0 }\n',
    'broken.yaml': 'id: [a\n',
    'notes.yaml': 'hello: world\n',
    'bad.odcs.yaml': 'apiVersion: v3.0.2\nkind: DataContract\nid: x\n',
  }
  const fetchText = async (url: string) => {
    const name = url.replace('https://app.example/', '')
    if (name === 'down.yaml') return { ok: false as const, url, status: 503, message: 'The server answered HTTP 503.' }
    const text = files[name]
    return text === undefined ? { ok: false as const, url, status: 404, message: 'Not found (HTTP 404).' } : { ok: true as const, url, text }
  }

  it('tells fetch failures, missing files, parse errors, schema violations and unknown formats apart', async () => {
    const { sources, catalog } = await loadContracts({ urls: ['two.yaml', 'broken.yaml', 'notes.yaml', 'bad.odcs.yaml', 'missing.yaml', 'down.yaml'], base: 'https://app.example/' }, fetchText)
    expect(Object.fromEntries(sources.map((s) => [s.url, [s.state, s.failure]]))).toEqual({
      'two.yaml': ['loaded', undefined],
      'broken.yaml': ['failed', 'parse'],
      'notes.yaml': ['failed', 'unknown-format'],
      'bad.odcs.yaml': ['partial', 'schema'],
      'missing.yaml': ['failed', 'not-found'],
      'down.yaml': ['failed', 'fetch'],
    })
    expect(sources[0]?.summary).toMatch(/A YAML stream of 2 documents/)
    expect(catalog.products.map((p) => p.title).sort()).toEqual(['A', 'B', 'x'])
    expect(Object.fromEntries(catalog.issues.map((i) => [i.ref, i.message]))).toEqual({
      'broken.yaml': 'is not valid YAML or JSON',
      'notes.yaml': 'is not in a format Tessera reads',
      'bad.odcs.yaml': 'does not validate against its schema (read best-effort)',
      'missing.yaml': 'nothing was found at this address',
      'down.yaml': 'could not be fetched',
    })
  })
})

describe('ports, contracts, checks and agreements as the export writes them', () => {
  it('gives a port a contract only when it names one, shares one contract between two ports, and keeps every contract', async () => {
    const { catalog } = await load()
    const orders = catalog.products.find((p) => p.title === 'Orders')!
    const byId = new Map(orders.outputPorts.map((p) => [p.id, p]))
    expect(byId.get('orders_table')).toMatchObject({ type: 'table', contractId: 'orders_v1' })
    expect(byId.get('orders_share')).toMatchObject({ type: 'table', contractId: 'orders_v1' })
    expect(byId.get('orders_share')?.columns.map((c) => c.name)).toEqual(['order_id', 'customer', 'amount', 'shipped_at'])
    expect(byId.get('orders_look')).toMatchObject({ type: 'dashboard' })
    expect(byId.get('orders_look')?.contractId).toBeUndefined()
    expect(byId.get('orders_graph')).toMatchObject({ type: 'other', format: 'neo4j' })
    expect(byId.get('returns_files')).toMatchObject({ type: 'file', contractId: 'returns_v1' })
    expect(orders.contracts?.map((c) => c.id)).toEqual(['orders_v1', 'returns_v1'])
    expect(orders.contract?.id).toBe('orders_v1')
  })

  it('makes every named check its own row with its rule, SodaCL lines included', async () => {
    const { catalog } = await load()
    const checks = catalog.products.find((p) => p.title === 'Orders')!.contract?.terms?.qualityChecks ?? []
    expect(checks.map((c) => c.name)).toEqual([
      'every order has a customer',
      'row_count > 0',
      'duplicate_count(order_id) = 0',
      'orders_not_empty',
      'amounts_positive',
      'currency_known',
      'nullValues',
      'Cancelled orders are kept with status cancelled.',
      'No order id appears twice.',
    ].sort((a, b) => checks.findIndex((c) => c.name === a) - checks.findIndex((c) => c.name === b)))
    expect(checks).toHaveLength(9)
    expect(checks.find((c) => c.name === 'amounts_positive')?.description).toBe('Rule: SELECT COUNT(*) FROM orders WHERE amount < 0 — must be 0')
    expect(checks.find((c) => c.name === 'No order id appears twice.')).toMatchObject({ column: 'order_id', description: expect.stringContaining('COUNT(DISTINCT order_id)') })
    expect(checks.find((c) => c.name === 'nullValues')).toMatchObject({ column: 'customer', description: 'Rule: nullValues (field: customer) — must be 0' })
  })

  it('resolves a $ref into another file of the repository, and marks one it cannot read as defined elsewhere', async () => {
    const { catalog } = await load()
    const columns = catalog.products.find((p) => p.title === 'Orders')!.outputPorts.find((p) => p.id === 'orders_table')!.columns
    const byName = new Map(columns.map((c) => [c.name, c]))
    expect(byName.get('shipped_at')).toMatchObject({ type: 'timestamp', description: 'When the parcel left the warehouse.' })
    expect(byName.get('amount')).toMatchObject({ type: 'decimal', description: 'Order line amount in EUR.' })
    expect(byName.get('customer')).toMatchObject({ type: 'defined elsewhere', tags: ['$ref: https://schemas.shop.example/customer.yaml#/customer_id'] })
  })

  it('draws an agreement in force as lineage from provider to consumer, and takes the domain from the team', async () => {
    const { catalog, sources } = await load()
    const orders = catalog.products.find((p) => p.title === 'Orders')!
    const revenue = catalog.products.find((p) => p.title === 'Revenue')!
    expect(revenue.inputPorts).toEqual([
      { kind: 'product', productUrn: orders.urn, outputPortId: 'orders_table', description: 'Data usage agreement revenue-reads-orders: Revenue sums order lines per day and country.' },
    ])
    expect(revenue.kind).toBe('aggregate')
    expect(revenue.domainId).toBe('finance')
    expect(orders.domainId).toBe('sales')
    expect(sources.find((s) => s.url.endsWith('revenue-reads-shipments.yaml'))?.summary).toMatch(/not in force \(requested\)/)
  })
})
