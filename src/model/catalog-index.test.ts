import { indexCatalog } from './catalog-index'
import { makeProduct } from './test-products'
import type { Catalog } from './types'

const catalog: Catalog = {
  domains: [{ id: 'sales', name: 'Sales' }],
  teams: [{ id: 't1', name: 'Team one', members: [], contacts: [] }],
  people: [{ id: 'p1', name: 'Pat', contacts: [], teamIds: ['t1'] }],
  products: [makeProduct({ urn: 'urn:x:1' })],
  issues: [],
}

describe('indexCatalog', () => {
  it('finds records by id and answers undefined for unknown ids', () => {
    const index = indexCatalog(catalog)
    expect(index.product('urn:x:1')?.urn).toBe('urn:x:1')
    expect(index.domain('sales')?.name).toBe('Sales')
    expect(index.team('t1')?.name).toBe('Team one')
    expect(index.person('p1')?.name).toBe('Pat')
    expect(index.product('urn:missing')).toBeUndefined()
  })

  it('builds the lookups and the lineage once per snapshot', () => {
    expect(indexCatalog(catalog)).toBe(indexCatalog(catalog))
    expect(indexCatalog(catalog).lineage()).toBe(indexCatalog(catalog).lineage())
    expect(indexCatalog({ ...catalog })).not.toBe(indexCatalog(catalog))
  })
})
