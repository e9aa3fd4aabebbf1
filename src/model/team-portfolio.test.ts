import { indexCatalog } from './catalog-index'
import { teamPortfolio } from './team-portfolio'
import { makeDomain, makeProduct, makeTeam } from './test-products'
import type { DataProduct } from './types'

const owned = (urn: string, overrides: Partial<DataProduct>) =>
  makeProduct({ urn, owners: [{ role: 'technical-owner', teamId: 't' }], ...overrides })

function portfolioOf(products: DataProduct[]) {
  return teamPortfolio(
    indexCatalog({
      domains: [makeDomain('zeta', { name: 'Zeta' }), makeDomain('alpha', { name: 'Alpha' })],
      teams: [makeTeam('t')],
      people: [],
      products,
      issues: [],
    }),
    't',
  )
}

describe('teamPortfolio', () => {
  it('groups owned products by domain name, then kind in mesh order, then title', () => {
    const result = portfolioOf([
      owned('urn:1', { domainId: 'zeta', kind: 'aggregate', title: 'B' }),
      owned('urn:2', { domainId: 'alpha', kind: 'consumer-aligned', title: 'C' }),
      owned('urn:3', { domainId: 'alpha', kind: 'source-aligned', title: 'D' }),
      owned('urn:4', { domainId: 'zeta', kind: 'aggregate', title: 'A' }),
      owned('urn:5', { domainId: 'gone', kind: 'aggregate', title: 'E' }),
      makeProduct({ urn: 'urn:6', owners: [{ role: 'product-owner', teamId: 'other' }] }),
    ])
    expect(
      result.groups.map((g) => [g.domain?.name ?? `?${g.domainId}`, g.kinds.map((k) => [k.kind, k.products.map((p) => p.title).join('')])]),
    ).toEqual([
      ['Alpha', [['source-aligned', 'D'], ['consumer-aligned', 'C']]],
      ['Zeta', [['aggregate', 'AB']]],
      ['?gone', [['aggregate', 'E']]],
    ])
    expect(result.total).toBe(5)
  })

  it('counts health so a team with nothing documented shows as such', () => {
    const result = portfolioOf([
      owned('urn:1', { description: '', contract: undefined, slos: [] }),
      owned('urn:2', { description: '  ', slos: [{ name: 'f', objective: 'o', status: 'breached' }] }),
    ])
    expect(result.counts).toMatchObject({ productCount: 2, documented: 0, underContract: 1, slosMet: 0 })
  })

  it('is empty for a team that owns nothing', () => {
    expect(portfolioOf([])).toMatchObject({ groups: [], total: 0, counts: { productCount: 0 } })
  })
})
