import { readFixtureFile } from '../file-sources/read-fixture-file'
import { loadDbt } from './load-dbt'

const base = new URL('./test-fixtures/', import.meta.url).href
const shop = { manifestUrl: 'shop-manifest.json', catalogUrl: 'shop-catalog.json' }
const marketing = { manifestUrl: 'marketing-manifest.json' }
const load = (projects: Parameters<typeof loadDbt>[0]['projects'], productRule?: 'group' | 'public-model' | 'model') =>
  loadDbt({ projects, base, productRule }, readFixtureFile)

describe('loadDbt with groups (the default rule picks them)', () => {
  it('makes each group a product, with its public and protected models as output ports', async () => {
    const { catalog } = await load([shop])
    expect(catalog.products.map((p) => p.urn)).toEqual(['urn:tessera:product:dbt.shop.group.orders', 'urn:tessera:product:dbt.shop.group.customers'])
    const orders = catalog.products[0]!
    expect(orders.outputPorts.map((p) => p.name)).toEqual(['orders v2 (latest)', 'orders v1'])
    expect(orders.version).toBe('2')
    expect(orders.outputPorts[0]?.accessInstructions).toContain("ref('shop', 'orders', v=2)")
    expect(orders.outputPorts[1]?.location).toBe('db.marts.orders_v1')
    expect(orders.description).toMatch(/Everything about orders[\s\S]*`stg_orders`: private, view/)
  })

  it('takes column types from the catalog and descriptions from the manifest', async () => {
    const port = (await load([shop])).catalog.products[0]!.outputPorts[0]!
    expect(port.columns.map((c) => `${c.name} ${c.type}`)).toEqual(['order_id NUMBER(38,0)', 'customer_id NUMBER(38,0)', 'status VARCHAR', 'ORDERED_AT TIMESTAMP_NTZ'])
    expect(port.columns[0]).toMatchObject({ description: 'Order key', required: true })
    expect(port.columns[3]?.description).toBe('When the order was placed')
  })

  it('shows an enforced model contract with its tests as quality checks', async () => {
    const orders = (await load([shop])).catalog.products[0]!
    expect(orders.contract).toMatchObject({ id: 'model.shop.orders.v2', version: '2', outputPortId: 'model.shop.orders.v2', terms: { status: 'enforced' } })
    expect(orders.contract?.terms?.qualityChecks?.map((c) => `${c.name} ${c.column}`)).toEqual(['unique order_id', 'accepted_values status'])
    expect(orders.outputPorts[0]?.contractId).toBe('model.shop.orders.v2')
    expect(orders.outputPorts[1]?.contractId).toBeUndefined()
  })

  it('maps owners, sources, seeds, exposures and kinds', async () => {
    const { catalog } = await load([shop])
    const [orders, customers] = catalog.products
    expect(catalog.teams.map((t) => t.name)).toEqual(['Order team', 'crm@shop.example'])
    expect(catalog.people.map((p) => p.email)).toEqual(['ana@shop.example'])
    expect(orders?.owners).toEqual([
      { role: 'product-owner', teamId: 'dbt-order-team' },
      { role: 'product-owner', personId: 'dbt-ana-shop-example' },
    ])
    expect(orders?.inputPorts).toEqual([
      { kind: 'product', productUrn: 'urn:tessera:product:dbt.shop.group.customers', outputPortId: 'model.shop.customers' },
      { kind: 'external', name: 'app.orders', system: 'fivetran', description: 'Orders table of the shop application' },
    ])
    expect(orders?.kind).toBe('source-aligned')
    expect(orders?.links).toEqual([{ label: 'Revenue dashboard (dashboard)', url: 'https://bi.shop.example/revenue' }])
    expect(orders?.description).toMatch(/Used by[\s\S]*Revenue dashboard.*dashboard, maturity high.*Finance/)
    expect(customers?.inputPorts).toEqual([{ kind: 'external', name: 'countries', system: 'dbt seed' }])
    expect(customers?.domainId).toBe('customer')
    expect(catalog.domains.map((d) => d.name)).toEqual(['shop', 'Customer'])
  })

  it('reports a malformed node as a warning and loads the rest', async () => {
    const { sources } = await load([shop])
    expect(sources[0]).toMatchObject({ url: 'shop-manifest.json', format: 'dbt manifest (schema v12, dbt 1.9.0)', state: 'partial' })
    expect(sources[0]?.problems).toEqual([expect.objectContaining({ severity: 'warning', path: 'model.shop.broken' })])
    expect(sources[0]?.summary).toBe('2 products with 3 output ports: the project defines groups, so each group is a product.')
    expect(sources[1]).toMatchObject({ url: 'shop-catalog.json', state: 'loaded' })
  })
})

describe('loadDbt with other rules', () => {
  it('makes each public model a product under public-model', async () => {
    const { catalog } = await load([shop], 'public-model')
    expect(catalog.products.map((p) => p.name)).toEqual(['orders'])
    expect(catalog.products[0]?.inputPorts.map((i) => (i.kind === 'external' ? i.name : i.productUrn))).toEqual(['app.orders', 'countries'])
  })

  it('makes each model a product under model, the deprecated version included', async () => {
    const { catalog } = await load([shop], 'model')
    expect(catalog.products.map((p) => p.name)).toEqual(['stg_orders', 'orders', 'customers'])
    expect(catalog.products[1]?.inputPorts).toContainEqual({
      kind: 'product',
      productUrn: 'urn:tessera:product:dbt.shop.stg_orders',
      outputPortId: 'model.shop.stg_orders',
    })
  })
})

describe('loadDbt with several projects', () => {
  it('joins them through cross-project references, keeping each node from the project that defines it', async () => {
    const { catalog, sources } = await load([shop, marketing])
    const campaign = catalog.products.find((p) => p.name === 'campaign_orders')
    expect(catalog.products).toHaveLength(3)
    expect(campaign?.kind).toBe('consumer-aligned')
    expect(campaign?.inputPorts).toEqual(
      expect.arrayContaining([
        { kind: 'product', productUrn: 'urn:tessera:product:dbt.shop.group.orders', outputPortId: 'model.shop.orders.v2' },
        { kind: 'product', productUrn: 'urn:tessera:product:dbt.shop.group.customers', outputPortId: 'model.shop.customers' },
        { kind: 'external', name: 'invoices', system: 'dbt model of project finance, not loaded' },
      ]),
    )
    expect(catalog.products.find((p) => p.name === 'orders')?.description).toContain('Everything about orders')
    expect(sources.map((s) => s.url)).toEqual(['shop-manifest.json', 'shop-catalog.json', 'marketing-manifest.json'])
  })

  it('reads a newer manifest best-effort and says so in the catalogue and on its source', async () => {
    const { catalog, sources } = await load([shop, marketing])
    expect(catalog.issues).toEqual([{ entity: 'dbt manifest', ref: 'marketing-manifest.json', message: expect.stringMatching(/v13 is newer/) }])
    expect(sources[2]).toMatchObject({ state: 'partial', problems: [expect.objectContaining({ severity: 'warning' })] })
  })

  it('lists a missing or broken file as failed and still loads the others', async () => {
    const { catalog, sources } = await load([{ target: 'nowhere/' }, shop])
    expect(catalog.products).toHaveLength(2)
    expect(sources[0]).toMatchObject({ url: 'nowhere/manifest.json', state: 'failed', problems: [{ severity: 'error', message: expect.stringMatching(/404/) }] })
    expect(sources[0]?.failure).toBe('not-found')
    expect(sources[1]).toMatchObject({ url: 'nowhere/catalog.json', state: 'failed', problems: [{ severity: 'warning' }] })
    const notJson = await load([{ manifestUrl: 'shop-catalog.json' }])
    expect(notJson.sources[0]).toMatchObject({ state: 'failed', failure: 'unknown-format', problems: [{ severity: 'error', message: 'This is a dbt catalog file, not a manifest.json.' }] })
  })

  it('says on every page when a productRule gives no products, and why', async () => {
    const privateOnly = async (url: string) => {
      const file = await readFixtureFile(url)
      return file.ok ? { ...file, text: file.text.replaceAll('"access": "public"', '"access": "private"') } : file
    }
    const { catalog } = await loadDbt({ projects: [marketing], base, productRule: 'public-model' }, privateOnly)
    expect(catalog.products).toEqual([])
    expect(catalog.issues).toContainEqual({ entity: 'file', ref: 'marketing-manifest.json', message: expect.stringMatching(/^gave no data products: productRule "public-model" from the configuration; try another productRule$/) })
  })
})
