/// <reference types="node" />
/**
 * Contract tests over real contracts and descriptors from ../shared/fixtures (skipped when the
 * folder is absent): what a user of Tessera would see for each standard.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildLineageIndex } from '../../model/lineage'
import { readFixtureFile } from '../file-sources/read-fixture-file'
import { loadContracts } from './load-contracts'

const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url)
const present = existsSync(fileURLToPath(FIXTURES))
const load = (urls: string[]) => loadContracts({ urls, base: FIXTURES.href }, readFixtureFile)
const SLOW = { timeout: 60_000 }

describe.skipIf(!present)('contracts backend over real files', () => {
  it('maps the ODCS full example: two tables, terms, SLAs, team and support', SLOW, async () => {
    const { catalog, sources } = await load(['odcs/docs/examples/all/full-example.odcs.yaml'])
    expect(sources[0]).toMatchObject({ state: 'loaded', format: 'ODCS v3.1.0 data contract' })
    const [product] = catalog.products
    expect(product).toMatchObject({ title: 'my quantum', domainId: 'seller', lifecycle: 'active' })
    expect(product?.outputPorts.map((p) => [p.name, p.location, p.columns.length])).toEqual([
      ['Core Payment Metrics', 'pypl-edw.pp_access_views.tbl_1', 3],
      ['Receivers Master Data', 'pypl-edw.pp_access_views.receivers_master', 4],
    ])
    expect(product?.outputPorts[0]?.accessInstructions).toMatch(/microstrategy_user_opr.*read.*Reporting Manager, then mandolorian/)
    expect(product?.slos).toHaveLength(8)
    expect(product?.contract?.terms?.qualityChecks).toHaveLength(2)
    expect(product?.contract?.terms?.support).toHaveLength(4)
    expect(product?.contract?.terms?.termsOfUse).toMatch(/Predict sales over time[\s\S]*9.95 USD per megabyte/)
    expect(catalog.teams.map((t) => t.name)).toEqual(['my-team'])
    // ceastwood left the team (dateOut in the past): two current members remain.
    expect(catalog.people.map((p) => p.name).sort()).toEqual(['daustin', 'mhopper'])
  })

  it('reads an ODPS 4.1 descriptor’s licence terms into the product’s description', SLOW, async () => {
    const { catalog, sources } = await load(['odps-v4.1/source/examples/Refs/urbanpulse_basic.yml'])
    expect(sources[0]?.state).not.toBe('failed')
    const description = catalog.products[0]?.description ?? ''
    expect(description).toMatch(/\*\*Licence:\*\* The purpose of this license is to determine the terms/)
    expect(description).toContain('Rights: Reproduction, Display, Distribution, Adaptation, Reselling, Sublicensing, Transferring.')
    expect(description).toContain('Area: EU, US.')
    expect(description).toContain('Notice period: 90 days.')
    expect(description).toContain('law of Finland')
  })

  it('reads the 192 KB AdventureWorks contract: 68 tables, 456 columns', SLOW, async () => {
    const { catalog } = await load(['odcs/docs/examples/all/postgresql-adventureworks-contract.odcs.yaml'])
    const ports = catalog.products[0]?.outputPorts ?? []
    expect(ports).toHaveLength(68)
    expect(ports.reduce((n, p) => n + p.columns.length, 0)).toBe(456)
  })

  it('maps Data Contract Specification examples: models, definitions, service levels and terms', SLOW, async () => {
    const { catalog, sources } = await load([
      'datacontract-specification/examples/orders-latest/datacontract.yaml',
      'datacontract-specification/examples/covid-cases/datacontract.yaml',
    ])
    // Upstream's example puts "{model}" in a URI: its schema says no, so it loads best-effort with the error listed.
    expect(sources[0]).toMatchObject({ state: 'partial', problems: [{ severity: 'error', line: 18, message: 'servers/production/location: must match format "uri"' }] })
    expect(sources[1]?.state).toBe('loaded')
    const orders = catalog.products.find((p) => p.title === 'Orders Latest')!
    expect(orders.outputPorts.map((p) => [p.name, p.location, p.columns.length])).toEqual([
      ['orders', 's3://datacontract-example-orders-latest/v2/orders/*.json', 6],
      ['line_items', 's3://datacontract-example-orders-latest/v2/line_items/*.json', 3],
    ])
    expect(orders.outputPorts[0]?.columns[0]).toMatchObject({ name: 'order_id', type: 'text', pii: true, classification: 'restricted', required: true })
    expect(orders.slos.map((s) => s.name)).toEqual(['Availability', 'Retention', 'Latency', 'Freshness', 'Frequency', 'Support hours', 'Backup'])
    expect(orders.contract?.terms?.qualityChecks).toHaveLength(4)
    expect(orders.contract?.terms?.termsOfUse).toMatch(/Billing:\*\* 5000 USD per month/)
    expect(catalog.teams.find((t) => t.id === orders.owners[0]?.teamId)?.name).toBe('Checkout Team')
  })

  it('joins a Data Mesh Manager product with the two contracts beside it', SLOW, async () => {
    const folder = 'datamesh-manager-example-dataproduct-repository/'
    const { catalog } = await load([`${folder}dataproduct.yml`, `${folder}datacontract_glue_stockupdated_v1.yml`, `${folder}datacontract_s3_stockupdated_v1.yml`])
    expect(catalog.products).toHaveLength(1)
    const stock = catalog.products[0]!
    expect(stock.outputPorts.map((p) => p.contractId)).toEqual(['glue_catalog_database_stock_updated_v1', 's3_bucket_stock_updated_v1'])
    expect(stock.outputPorts[1]?.columns.map((c) => c.name)).toEqual(['sku', 'location', 'available', 'updated_at'])
    expect(stock.inputPorts).toEqual([{ kind: 'external', name: 'kafka_stock_topic', system: 'stock-service', description: 'Kafka Topic with Stock updates' }])
  })

  it('maps ODPS and DPDS descriptors: ports, input ports, owners; DPDS port files are read from beside it', SLOW, async () => {
    const { catalog, sources } = await load([
      'odps-bitol/docs/examples/customer-data-product.odps.yaml',
      'odm-dpds/examples/tripexecution/data-product-descriptor.json',
    ])
    expect(sources.map((s) => s.state)).toEqual(['loaded', 'loaded'])
    const customer = catalog.products.find((p) => p.title === 'Customer Data Product')!
    expect(customer.outputPorts).toHaveLength(4)
    expect(customer.inputPorts).toHaveLength(4)
    expect(customer.owners.map((o) => o.role)).toEqual(['product-owner', 'product-owner', 'steward'])
    const trip = catalog.products.find((p) => p.name === 'tripExecution')!
    expect(trip.urn).toBe('urn:dpds:com.company-xyz:dataproducts:tripExecution:1')
    expect(trip.outputPorts.map((p) => p.name)).toEqual(['Trip Status', 'trip-events-oport'])
    expect(trip.slos).toHaveLength(1)
  })

  it('reports the known-invalid upstream YAML with its line, and still loads the others', SLOW, async () => {
    const { catalog, sources } = await load(['odps-v4.1/source/examples/DataContract/datacontract-inline.yml', 'odcs/docs/examples/schema/table-column.odcs.yaml'])
    expect(sources[0]).toMatchObject({ state: 'failed', problems: expect.arrayContaining([expect.objectContaining({ severity: 'error', line: 26, message: expect.stringMatching(/^Invalid YAML/) })]) })
    expect(catalog.products).toHaveLength(1)
    expect(buildLineageIndex(catalog.products).edges).toEqual([])
  })
})
