/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { readFixtureFile } from '../file-sources/read-fixture-file'
import { applyContractChanges, contractFilesFor } from './contract-edit-plan'
import { loadContracts } from './load-contracts'

const folder = fileURLToPath(new URL('./test-fixtures/', import.meta.url))
const texts: Record<string, string> = {}
const read = (url: string) => (texts[url] ??= readFileSync(join(folder, url), 'utf8'))
const pathOf = (url: string) => `contracts/${url}`

async function productOf(urls: string[], contractUrl: string) {
  const { catalog } = await loadContracts({ urls, base: new URL('./test-fixtures/', import.meta.url).href }, readFixtureFile)
  const product = catalog.products.find((p) => p.contract?.url === contractUrl)
  if (!product) throw new Error(`no product for ${contractUrl}`)
  return product
}

describe('contract field-to-file mapping', () => {
  it('ODCS: the purpose, tags and nested property descriptions, each where the standard puts it', async () => {
    const product = await productOf(['orders.odcs.yaml'], 'orders.odcs.yaml')
    const port = product.outputPorts[0]!
    const changes = {
      description: 'Every order, paid or not.',
      tags: ['orders', 'finance'],
      columnDescriptions: [
        { outputPortId: port.id, column: 'order_id', description: 'The order key.' },
        { outputPortId: port.id, column: 'shipping_address.city', description: 'City shipped to' },
      ],
    }
    expect(contractFilesFor(product, changes)).toEqual(['orders.odcs.yaml'])
    const result = applyContractChanges(product, changes, read, pathOf)
    expect(result.refused).toEqual([])
    const source = read('orders.odcs.yaml')
    expect(result.files).toHaveLength(1)
    expect(result.files[0]).toMatchObject({ path: 'contracts/orders.odcs.yaml', before: source })
    const after = parseDocument(result.files[0]!.after).toJS()
    expect(after.description).toEqual({ purpose: 'Every order, paid or not.', usage: 'Reporting and forecasting.', limitations: 'No payment details.' })
    expect(after.tags).toEqual(['orders', 'finance'])
    expect(after.schema[0].properties[0].description).toBe('The order key.')
    expect(after.schema[0].properties[1].properties[0]).toEqual({ name: 'city', logicalType: 'string', physicalType: 'varchar', description: 'City shipped to' })
    expect(result.changes).toEqual([
      'Description set to “Every order, paid or not.”',
      'Tags set to `orders`, `finance`',
      `Column \`order_id\` of \`${port.name}\`: description set to “The order key.”`,
      `Column \`shipping_address.city\` of \`${port.name}\`: description set to “City shipped to”`,
    ])
  })

  it('DCS: info.description and a field defined through $ref gets its own description', async () => {
    const product = await productOf(['customers.datacontract.yaml'], 'customers.datacontract.yaml')
    const port = product.outputPorts[0]!
    const result = applyContractChanges(
      product,
      { description: 'Customers with an account.', columnDescriptions: [{ outputPortId: port.id, column: 'customer_id', description: 'Key of the customer' }] },
      read,
      pathOf,
    )
    const source = read('customers.datacontract.yaml')
    expect(result.files[0]?.after).toBe(
      source
        .replace('description: Every customer with an account.', 'description: Customers with an account.')
        .replace("        $ref: '#/definitions/customer_id'\n        required: true\n", "        $ref: '#/definitions/customer_id'\n        required: true\n        description: Key of the customer\n"),
    )
  })

  it('refuses what a contract file does not hold, and a file that no longer reads', async () => {
    const product = await productOf(['orders.odcs.yaml'], 'orders.odcs.yaml')
    const result = applyContractChanges(product, { owners: [], description: 'x' }, () => 'not: [valid', pathOf)
    expect(result.files).toEqual([])
    expect(result.refused).toEqual([expect.stringMatching(/^The description/), expect.stringMatching(/^owners: /)])
  })
})

const REAL = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url))

describe.skipIf(!existsSync(REAL))('contract mapping on the standards’ own examples', () => {
  const examples = existsSync(REAL)
    ? [
        ...readdirSync(join(REAL, 'odcs/docs/examples'), { recursive: true, encoding: 'utf8' }).map((f) => join(REAL, 'odcs/docs/examples', f)),
        ...readdirSync(join(REAL, 'datacontract-specification/examples'), { recursive: true, encoding: 'utf8' }).map((f) => join(REAL, 'datacontract-specification/examples', f)),
      ].filter((f) => /\.ya?ml$/.test(f))
    : []

  it.each(examples.map((f) => [f.slice(REAL.length), f]))('%s: a column description lands on that column only', async (_name, file) => {
    const url = file.slice(REAL.length)
    const { catalog } = await loadContracts({ urls: [url], base: `file://${REAL}` }, readFixtureFile)
    const product = catalog.products.find((p) => p.outputPorts.some((port) => port.id.startsWith(`${url}#`) && port.columns.length))
    if (!product) return
    const port = product.outputPorts.find((p) => p.id.startsWith(`${url}#`) && p.columns.length)!
    const column = port.columns[0]!.name
    const source = readFileSync(file, 'utf8')
    const result = applyContractChanges(product, { columnDescriptions: [{ outputPortId: port.id, column, description: 'Set by Tessera' }] }, (u) => (u === url ? source : undefined), (u) => u)
    expect(result.refused).toEqual([])
    const reloaded = await loadContracts({ urls: ['changed.yaml'], base: 'file:///' }, async () => ({ ok: true, url: 'changed.yaml', text: result.files[0]!.after }))
    const changedPort = reloaded.catalog.products.flatMap((p) => p.outputPorts).find((p) => p.id === port.id.replace(url, 'changed.yaml'))!
    expect(changedPort.columns[0]?.description).toBe('Set by Tessera')
    expect(changedPort.columns.slice(1)).toEqual(port.columns.slice(1))
  }, 60_000)
})
