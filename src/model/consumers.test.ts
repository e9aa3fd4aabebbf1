import { indexCatalog } from './catalog-index'
import { productConsumers } from './consumers'
import { makeProduct, makeTeam } from './test-products'
import type { Catalog, DataProduct } from './types'

const source = makeProduct({ urn: 'urn:t:source' })
const reads = (urn: string, outputPortId?: string) =>
  ({ kind: 'product', productUrn: urn, ...(outputPortId ? { outputPortId } : {}) }) as const

function catalogOf(products: DataProduct[]): Catalog {
  return {
    domains: [],
    teams: [makeTeam('team-a', { name: 'Alpha' }), makeTeam('team-b', { name: 'Beta' })],
    people: [],
    products,
    issues: [],
  }
}

describe('productConsumers', () => {
  it('lists each consumer once with the ports it reads, and groups their teams', () => {
    const one = makeProduct({
      urn: 'urn:t:one',
      inputPorts: [reads('urn:t:source', 'table'), reads('urn:t:source', 'topic'), reads('urn:t:source', 'table')],
      owners: [{ role: 'product-owner', teamId: 'team-b' }, { role: 'technical-owner', teamId: 'team-a' }],
    })
    const two = makeProduct({ urn: 'urn:t:two', inputPorts: [reads('urn:t:source')], owners: [{ role: 'product-owner', teamId: 'team-a' }] })
    const three = makeProduct({ urn: 'urn:t:three', inputPorts: [reads('urn:t:source')], owners: [{ role: 'steward', personId: 'p1' }] })
    const unrelated = makeProduct({ urn: 'urn:t:other', inputPorts: [reads('urn:t:one')] })
    const result = productConsumers(indexCatalog(catalogOf([source, one, two, three, unrelated])), 'urn:t:source')

    expect(result.products.map((p) => [p.product.urn, p.outputPortIds])).toEqual([
      ['urn:t:one', ['table', 'topic']],
      ['urn:t:two', []],
      ['urn:t:three', []],
    ])
    expect(result.teams.map((t) => [t.team?.name, t.products.length])).toEqual([
      ['Alpha', 2],
      ['Beta', 1],
    ])
    expect(result.withoutTeam).toBe(1)
  })

  it('keeps an unknown owning team as its id', () => {
    const reader = makeProduct({ urn: 'urn:t:r', inputPorts: [reads('urn:t:source')], owners: [{ role: 'product-owner', teamId: 'ghosts' }] })
    const result = productConsumers(indexCatalog(catalogOf([source, reader])), 'urn:t:source')
    expect(result.teams).toEqual([{ teamId: 'ghosts', products: [reader] }])
  })

  it('is empty for a product nobody reads or an unknown URN', () => {
    expect(productConsumers(indexCatalog(catalogOf([source])), 'urn:t:source')).toEqual({ products: [], teams: [], withoutTeam: 0 })
    expect(productConsumers(indexCatalog(catalogOf([source])), 'urn:t:nope').products).toEqual([])
  })
})
