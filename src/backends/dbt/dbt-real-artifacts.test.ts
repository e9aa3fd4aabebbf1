/// <reference types="node" />
/**
 * Contract tests over real dbt artifacts from ../shared/fixtures (skipped when the folder is
 * absent): what a user of Tessera would see for each of them.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildLineageIndex } from '../../model/lineage'
import { readFixtureFile } from '../file-sources/read-fixture-file'
import { createDbtBackend } from './create-dbt-backend'
import { loadDbt, type DbtProjectFiles } from './load-dbt'

const FIXTURES = new URL('../../../../shared/fixtures/dbt/', import.meta.url)
const present = existsSync(fileURLToPath(FIXTURES))
const load = (projects: DbtProjectFiles[]) => loadDbt({ projects, base: FIXTURES.href }, readFixtureFile)
const MANIFESTS = 'dbt-artifacts-parser/tests/resources/manifest'

describe.skipIf(!present)('dbt backend over real artifacts', () => {
  it.each([
    ['v4', `${MANIFESTS}/v4/jaffle_shop/manifest.json`, 5],
    ['v5', `${MANIFESTS}/v5/jaffle_shop/manifest.json`, 25],
    ['v6', `${MANIFESTS}/v6/jaffle_shop/manifest.json`, 5],
    ['v7', `${MANIFESTS}/v7/jaffle_shop/manifest.json`, 5],
    ['v8', `${MANIFESTS}/v8/jaffle_shop/manifest.json`, 5],
    ['v9', `${MANIFESTS}/v9/jaffle_shop_at_1.5rc1/manifest.json`, 34],
    ['v10', `${MANIFESTS}/v10/jaffle_shop/manifest.json`, 6],
    ['v11', `${MANIFESTS}/v11/jaffle_shop/manifest.json`, 35],
    ['v12 (dbt 1.8)', `${MANIFESTS}/v12/jaffle_shop/manifest_1.8.json`, 36],
    ['v12 (dbt 1.12)', `${MANIFESTS}/v12/jaffle_shop/manifest_1.12.json`, 13],
  ])('reads a %s manifest without a notice: every non-ephemeral model is a product with a port', async (_v, manifestUrl, models) => {
    const { catalog, sources } = await load([{ manifestUrl }])
    expect(sources[0]?.state).toBe('loaded')
    expect(catalog.issues).toEqual([])
    expect(catalog.products.length).toBeGreaterThan(0)
    expect(catalog.products.length).toBeLessThanOrEqual(models)
    for (const product of catalog.products) expect(product.outputPorts).toHaveLength(1)
  })

  it('reads a pre-1.0 manifest best-effort, with a visible notice', async () => {
    const { catalog, sources } = await load([{ manifestUrl: `${MANIFESTS}/v1/jaffle_shop/manifest.json` }])
    expect(catalog.products).toHaveLength(8)
    expect(catalog.issues).toEqual([expect.objectContaining({ entity: 'dbt manifest', message: expect.stringMatching(/predates dbt 1.0/) })])
    expect(sources[0]?.state).toBe('partial')
  })

  it('maps dbt docs’ own project: one group owned by Chef Jaffle, its public and protected models as ports, exposures as consumers', async () => {
    const { catalog } = await load([{ target: 'dbt-docs/data/' }])
    expect(catalog.products).toHaveLength(1)
    const jaffle = catalog.products[0]!
    expect(jaffle.title).toBe('Jaffle')
    expect(catalog.teams.find((t) => t.id === jaffle.owners[0]?.teamId)).toMatchObject({
      name: 'Chef Jaffle',
      contacts: [{ kind: 'email', href: 'mailto:chef@jaffle.shop', label: 'chef@jaffle.shop' }],
    })
    expect(jaffle.outputPorts.map((p) => p.name).sort()).toEqual(['dim_customers v1', 'dim_customers v2', 'fct_orders', 'hidden_model', 'holiday_orders'])
    expect(jaffle.outputPorts.find((p) => p.name === 'fct_orders')?.columns).toHaveLength(9)
    expect(jaffle.description).toMatch(/Used by[\s\S]*Crm export[\s\S]*Weekly metrics[\s\S]*Company projections/)
    expect(jaffle.links).toEqual([{ label: 'Weekly metrics (dashboard)', url: 'https://www.getdbt.com' }])
    expect(jaffle.inputPorts.filter((i) => i.kind === 'external').map((i) => i.kind === 'external' && i.name).sort()).toEqual([
      'payments.orders',
      'raw_customers',
      'raw_orders',
      'raw_payments',
    ])
  })

  it('maps fivetran’s shopify project (manifest v12 + catalog): 107 products, warehouse types, 141 lineage edges', async () => {
    const { catalog, sources } = await load([{ target: 'fivetran-dbt_shopify/docs/' }])
    expect(sources.map((s) => s.state)).toEqual(['loaded', 'loaded'])
    expect(catalog.products).toHaveLength(107)
    expect(catalog.domains.map((d) => d.name).sort()).toEqual(['shopify', 'shopify_source'])
    const orders = catalog.products.find((p) => p.name === 'shopify__orders')!
    const columns = orders.outputPorts[0]!.columns
    expect(columns).toHaveLength(101)
    expect(columns.find((c) => c.name === 'order_id')).toMatchObject({ type: 'bigint', description: expect.stringContaining('The ID of the order') })
    const lineage = buildLineageIndex(catalog.products)
    expect(lineage.edges).toHaveLength(141)
    expect(lineage.danglingInputs).toEqual([])
    expect(lineage.upstream(orders.urn)).toHaveLength(9)
    expect(lineage.downstream(orders.urn)).toHaveLength(5)
    expect(catalog.products.filter((p) => p.kind === 'source-aligned')).toHaveLength(43)
  })

  it('shows the model contracts of a project that enforces them, with their tests as quality checks', async () => {
    const { catalog } = await load([{ target: 'dbterd/samples/model-contract/' }])
    const contracted = catalog.products.filter((p) => p.contract)
    expect(contracted.map((p) => p.name).sort()).toEqual(['dim_customer_segment', 'fct_customer_segment_orders', 'locations', 'orders'])
    const orders = contracted.find((p) => p.name === 'orders')!
    expect(orders.contract).toMatchObject({ standard: 'dbt model contract', terms: { status: 'enforced' } })
    expect(orders.contract?.terms?.qualityChecks).toHaveLength(5)
    expect(orders.outputPorts[0]?.columns.every((c) => c.type !== 'unknown')).toBe(true)
  })

  it('serves the catalogue, a product and the sources through the backend', async () => {
    const backend = createDbtBackend({ id: 'dbt', label: 'Shopify', projects: [{ target: 'fivetran-dbt_shopify/docs/' }] }, (request) =>
      loadDbt({ ...request, base: FIXTURES.href }, readFixtureFile),
    )
    const catalog = await backend.getCatalog()
    const product = await backend.getProduct(catalog.products[0]!.urn)
    expect(product).toBe(catalog.products[0])
    await expect(backend.getProduct('urn:nope')).rejects.toMatchObject({ kind: 'not-found' })
    expect((await backend.getSources?.())?.map((s) => s.url)).toEqual(['fivetran-dbt_shopify/docs/manifest.json', 'fivetran-dbt_shopify/docs/catalog.json'])
    expect(backend.capabilities).toMatchObject({ search: 'client', edit: false })
  })
})
