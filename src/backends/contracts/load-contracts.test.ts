import { readFixtureFile } from '../file-sources/read-fixture-file'
import { loadContracts } from './load-contracts'

const base = new URL('./test-fixtures/', import.meta.url).href
const load = () => loadContracts({ index: 'index.json', base }, readFixtureFile)

describe('loadContracts from an index of files', () => {
  // The first load compiles the JSON Schemas.
  it('lists every file with its status; bad ones do not stop the rest', { timeout: 20_000 }, async () => {
    const { sources } = await load()
    expect(sources.map((s) => [s.url, s.state])).toEqual([
      ['index.json', 'loaded'],
      ['orders.odcs.yaml', 'loaded'],
      ['customers.datacontract.yaml', 'loaded'],
      ['checkout.odps.yaml', 'loaded'],
      ['broken.yaml', 'failed'],
      ['refunds.odcs.yaml', 'partial'],
      ['notes.yaml', 'failed'],
      ['missing.yaml', 'failed'],
    ])
  })

  it('reports invalid YAML and schema errors with their line', async () => {
    const { sources } = await load()
    const byUrl = new Map(sources.map((s) => [s.url, s]))
    expect(byUrl.get('broken.yaml')?.problems[0]).toMatchObject({ severity: 'error', line: 4, message: 'Invalid YAML: Nested mappings are not allowed in compact mappings' })
    expect(byUrl.get('refunds.odcs.yaml')).toMatchObject({
      format: 'ODCS v3.0.2 data contract',
      summary: expect.stringMatching(/Does not validate against its schema: loaded best-effort/),
      problems: [{ severity: 'error', line: 12, column: 22, path: '/schema/0/properties/0/logicalType', message: expect.stringMatching(/must be one of “string”/) }],
    })
    expect(byUrl.get('notes.yaml')?.problems[0]?.message).toMatch(/Not a format Tessera reads/)
    expect(byUrl.get('missing.yaml')?.problems[0]?.message).toMatch(/404/)
  })

  it('puts a contract on the descriptor port that names it, with schema, checks and terms', async () => {
    const { catalog } = await load()
    const checkout = catalog.products.find((p) => p.urn === 'urn:tessera:product:contracts.checkout.checkout')!
    expect(checkout.outputPorts).toHaveLength(1)
    const port = checkout.outputPorts[0]!
    expect(port).toMatchObject({ name: 'orders v2.1.0', location: 'SHOP.CHECKOUT.ORDERS', contractId: 'orders-contract' })
    expect(port.columns.map((c) => `${c.name} ${c.type}`)).toEqual(['order_id varchar(36)', 'shipping_address variant'])
    expect(port.columns[1]).toMatchObject({ classification: 'restricted', fields: [{ name: 'city', type: 'varchar' }] })
    expect(checkout.contract).toMatchObject({ id: 'orders-contract', version: '2.1.0', standard: 'ODCS', outputPortId: port.id, url: 'orders.odcs.yaml' })
    expect(checkout.contract?.raw).toContain('kind: DataContract')
    expect(checkout.contract?.terms).toMatchObject({
      status: 'active',
      qualityChecks: [
        expect.objectContaining({ name: 'rowCount', dimension: 'completeness', status: 'unknown' }),
        { name: 'duplicateCount', column: 'order_id', dimension: 'uniqueness', description: 'No two orders share an id.\nRule: duplicateCount — must be 0', status: 'unknown' },
      ],
      support: [{ label: '#checkout-data (slack)', href: 'https://chat.shop.example/checkout-data' }],
      termsOfUse: '**Usage:** Reporting and forecasting.\n\n**Limitations:** No payment details.',
    })
    expect(checkout.slos).toEqual([{ name: 'latency', objective: '4 h', status: 'unknown' }])
  })

  it('maps owners, and input ports that name a contract as product-to-product edges', async () => {
    const { catalog } = await load()
    const checkout = catalog.products.find((p) => p.name === 'Checkout')!
    const customers = catalog.products.find((p) => p.title === 'Customers')!
    expect(checkout.inputPorts).toEqual([
      { kind: 'product', productUrn: customers.urn, outputPortId: customers.outputPorts[0]?.id },
      { kind: 'external', name: 'payments v1.0.0', system: 'contract payments-contract, not loaded' },
    ])
    expect(checkout.kind).toBe('aggregate')
    expect(catalog.teams.map((t) => t.name).sort()).toEqual(['CRM team', 'Checkout team'])
    const ana = catalog.people.find((p) => p.email === 'ana@shop.example')
    expect(ana).toMatchObject({ name: 'Ana Silva', teamIds: ['contracts-team-checkout-team'] })
    expect(checkout.owners).toContainEqual({ role: 'product-owner', personId: ana?.id, teamId: 'contracts-team-checkout-team' })
    expect(catalog.people.some((p) => p.email === 'old@shop.example')).toBe(false)
  })

  it('makes a contract no descriptor names a product of its own', async () => {
    const { catalog } = await load()
    const customers = catalog.products.find((p) => p.title === 'Customers')!
    expect(customers).toMatchObject({ domainId: 'unassigned', kind: 'source-aligned', lifecycle: 'active', description: 'Every customer with an account.' })
    expect(customers.outputPorts[0]).toMatchObject({ name: 'customers', location: 'crm.public.customers' })
    expect(customers.outputPorts[0]?.columns).toEqual([
      { name: 'customer_id', type: 'text', description: 'Customer key.', required: true },
      { name: 'email', type: 'text', pii: true, classification: 'confidential' },
    ])
    expect(customers.slos).toEqual([{ name: 'Freshness', objective: 'Updated within an hour.', status: 'unknown' }])
    expect(customers.contract?.terms?.support).toEqual([{ label: 'CRM support', href: 'mailto:crm@shop.example' }])
    expect(catalog.products.map((p) => p.title).sort()).toEqual(['Checkout', 'Customers', 'Refunds'])
  })

  it('flags invalid files in the catalogue issues so every page can point to Sources', async () => {
    const { catalog } = await load()
    expect(catalog.issues.map((i) => i.ref)).toEqual(['broken.yaml', 'refunds.odcs.yaml', 'notes.yaml', 'missing.yaml'])
  })

  it('reports an index that is not a list', async () => {
    const { sources } = await loadContracts({ index: 'orders.odcs.yaml', base }, readFixtureFile)
    expect(sources).toEqual([expect.objectContaining({ url: 'orders.odcs.yaml', state: 'failed' })])
  })
})
