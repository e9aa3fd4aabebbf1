/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { applyDbtChanges, dbtFilesFor, dbtOrigins } from './dbt-edit-plan'
import { mapDbtProjects } from './map-dbt-catalog'
import { readManifest, type DbtManifest } from './read-artifacts'

const node = (id: string, extra: Record<string, unknown>) => {
  const [resource_type, package_name, name] = id.split('.') as [string, string, string]
  return { unique_id: id, resource_type, package_name, name, columns: {}, depends_on: { nodes: [] }, ...extra }
}

const MANIFEST = {
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json', project_name: 'shop', generated_at: '2026-01-01T00:00:00Z' },
  nodes: {
    'model.shop.orders': node('model.shop.orders', {
      access: 'public',
      description: 'Orders.',
      patch_path: 'shop://models/marts/_orders.yml',
      original_file_path: 'models/marts/orders.sql',
      columns: { order_id: { name: 'order_id', description: 'Key' }, 'shipping.city': { name: 'shipping.city', description: '' } },
    }),
    'model.shop.customers.v2': node('model.shop.customers.v2', {
      name: 'customers',
      access: 'public',
      version: 2,
      latest_version: 2,
      patch_path: 'shop://models/marts/_customers.yml',
      original_file_path: 'models/marts/customers_v2.sql',
      columns: { id: { name: 'id' }, tier: { name: 'tier' } },
    }),
    'model.shop.customers.v1': node('model.shop.customers.v1', {
      name: 'customers',
      access: 'public',
      version: 1,
      latest_version: 2,
      patch_path: 'shop://models/marts/_customers.yml',
      original_file_path: 'models/marts/customers_v1.sql',
      columns: { id: { name: 'id' } },
    }),
    'model.shop.refunds': node('model.shop.refunds', { access: 'public', original_file_path: 'models/finance/refunds.sql' }),
  },
}

const ORDERS_YML = `version: 2

models:
  - name: orders
    description: Orders.   # one per checkout
    columns:
      - name: order_id
        description: Key
        data_tests: [unique, not_null]
      - name: shipping.city
`

const CUSTOMERS_YML = `version: 2
models:
  - name: customers
    latest_version: 2
    columns:
      - name: id
        description: Customer id
    versions:
      - v: 2
        columns:
          - include: all
          - name: tier
      - v: 1
`

const manifest = readManifest(MANIFEST).value as DbtManifest
const catalog = mapDbtProjects([{ url: 'manifest.json', manifest }], 'public-model').catalog
const productOf = (urn: string) => catalog.products.find((p) => p.urn === urn)!
const origins = dbtOrigins(manifest, 'public-model')
const files: Record<string, string> = { 'models/marts/_orders.yml': ORDERS_YML, 'models/marts/_customers.yml': CUSTOMERS_YML }
const read = (path: string) => files[path]

describe('dbt field-to-file mapping', () => {
  it('writes a model’s description and nested column descriptions into its patch_path file, nothing else', () => {
    const urn = 'urn:tessera:product:dbt.shop.orders'
    const product = productOf(urn)
    const changes = {
      description: `New words.${product.description.slice('Orders.'.length)}`,
      columnDescriptions: [
        { outputPortId: 'model.shop.orders', column: 'order_id', description: 'The order key' },
        { outputPortId: 'model.shop.orders', column: 'shipping.city', description: 'City shipped to' },
      ],
    }
    expect(dbtFilesFor(origins.get(urn)!, product, changes)).toEqual(['models/marts/_orders.yml'])
    const result = applyDbtChanges(origins.get(urn)!, product, changes, read)
    expect(result.refused).toEqual([])
    expect(result.files).toEqual([
      {
        path: 'models/marts/_orders.yml',
        before: ORDERS_YML,
        after: ORDERS_YML.replace('Orders.   #', 'New words.   #').replace('description: Key', 'description: The order key').replace(
          '      - name: shipping.city\n',
          '      - name: shipping.city\n        description: City shipped to\n',
        ),
      },
    ])
    expect(result.changes).toEqual([
      'Description of `orders` set to “New words.”',
      'Column `order_id` of `orders`: description set to “The order key”',
      'Column `shipping.city` of `orders`: description set to “City shipped to”',
    ])
  })

  it('documents a versioned model’s column in its version when the version lists it, else in the shared columns', () => {
    const urn = 'urn:tessera:product:dbt.shop.customers'
    const result = applyDbtChanges(origins.get(urn)!, productOf(urn), {
      columnDescriptions: [
        { outputPortId: 'model.shop.customers.v2', column: 'tier', description: 'Loyalty tier' },
        { outputPortId: 'model.shop.customers.v1', column: 'id', description: 'The id' },
      ],
    }, read)
    const after = parseDocument(result.files[0]!.after).toJS()
    expect(after.models[0].versions[0].columns).toEqual([{ include: 'all' }, { name: 'tier', description: 'Loyalty tier' }])
    expect(after.models[0].columns).toEqual([{ name: 'id', description: 'The id' }])
  })

  it('proposes a new properties file next to the SQL of a model that has none', () => {
    const urn = 'urn:tessera:product:dbt.shop.refunds'
    const result = applyDbtChanges(origins.get(urn)!, productOf(urn), { description: 'Refunds paid.' }, read)
    expect(result.files).toEqual([{ path: 'models/finance/refunds.yml', after: 'version: 2\nmodels:\n  - name: refunds\n    description: Refunds paid.\n' }])
  })

  it('keeps a change whose model is gone from the file as refused, with the reason', () => {
    const urn = 'urn:tessera:product:dbt.shop.orders'
    const result = applyDbtChanges(origins.get(urn)!, productOf(urn), { description: 'x' }, () => undefined)
    expect(result.files).toEqual([])
    expect(result.refused).toEqual(['models/marts/_orders.yml is not in the repository any more.'])
    const renamed = applyDbtChanges(origins.get(urn)!, productOf(urn), { tags: ['a'] }, read)
    expect(renamed.refused[0]).toMatch(/^tags: /)
  })

  it('re-applies the same change to a file that changed on the base branch since the build', () => {
    const urn = 'urn:tessera:product:dbt.shop.orders'
    const moved = `# reordered by a teammate\n${ORDERS_YML.replace('version: 2\n\n', '')}  - name: returns\n    description: Returns\nversion: 2\n`
    const result = applyDbtChanges(origins.get(urn)!, productOf(urn), { columnDescriptions: [{ outputPortId: 'model.shop.orders', column: 'order_id', description: 'Order key' }] }, () => moved)
    expect(result.files[0]?.after).toBe(moved.replace('description: Key', 'description: Order key'))
  })
})

const DBT_DOCS = fileURLToPath(new URL('../../../../shared/fixtures/dbt/dbt-docs/data/manifest.json', import.meta.url))

describe.skipIf(!existsSync(DBT_DOCS))('dbt field-to-file mapping on dbt-docs’ real manifest', () => {
  it('maps the group product to the group’s file and each model to its patch_path', () => {
    const real = readManifest(JSON.parse(readFileSync(DBT_DOCS, 'utf8'))).value as DbtManifest
    const realCatalog = mapDbtProjects([{ url: 'm', manifest: real }], 'auto').catalog
    const product = realCatalog.products[0]!
    const origin = dbtOrigins(real, 'auto').get(product.urn)!
    expect(origin.basis).toBe('group')
    const changes = {
      description: 'Jaffle shop models.',
      columnDescriptions: [
        { outputPortId: 'model.jaffle_shop.fct_orders', column: 'order_id', description: 'x' },
        { outputPortId: 'model.jaffle_shop.order_payments', column: 'order_id', description: 'y' },
      ],
    }
    expect(dbtFilesFor(origin, product, changes)).toEqual(['models/groups.yml', 'models/marts/core/schema.yml', 'models/marts/core/intermediate/order_payments.yml'])
  })
})
