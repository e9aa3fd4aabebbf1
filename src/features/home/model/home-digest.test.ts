import { describe, expect, it } from 'vitest'
import { indexCatalog } from '../../../model/catalog-index'
import { makeColumn, makeConsumer, makeDomain, makePerson, makePort, makeProduct, makeTeam } from '../../../model/test-products'
import type { Catalog, DataProduct } from '../../../model/types'
import { domainsOwnedBy, meshCounts, mostDependedOn, ownedByWorstGaps, popularTags, recentlyChanged } from './home-digest'

const catalogOf = (products: DataProduct[], extra: Partial<Catalog> = {}) =>
  indexCatalog({ domains: [], teams: [], people: [], issues: [], products, ...extra })

describe('home digest', () => {
  it('counts the mesh as the coverage map does: retired products left out', () => {
    const counts = meshCounts([makeProduct(), makeProduct({ kind: 'aggregate', description: '' }), makeProduct({ lifecycle: 'retired' })])
    expect(counts.productCount).toBe(2)
    expect(counts.byKind).toMatchObject({ 'source-aligned': 1, aggregate: 1 })
    expect(counts.documented).toBe(1)
  })

  it('lists recent changes newest first, without retired products or unreadable dates', () => {
    const old = makeProduct({ title: 'Old', updatedAt: '2024-01-01T00:00:00Z' })
    const fresh = makeProduct({ title: 'Fresh', updatedAt: '2026-03-01T00:00:00Z' })
    const retired = makeProduct({ title: 'Gone', lifecycle: 'retired', updatedAt: '2026-04-01T00:00:00Z' })
    const broken = makeProduct({ title: 'Broken', updatedAt: 'yesterday' })
    expect(recentlyChanged([old, retired, broken, fresh], 5).map((p) => p.title)).toEqual(['Fresh', 'Old'])
    expect(recentlyChanged([old, fresh], 1).map((p) => p.title)).toEqual(['Fresh'])
  })

  it('ranks tags by the products carrying them, each product once', () => {
    const tags = popularTags([makeProduct({ tags: ['pii', 'pii', 'gold'] }), makeProduct({ tags: ['gold', ' '] }), makeProduct({ tags: ['kpi'] })], 2)
    expect(tags).toEqual([
      { tag: 'gold', count: 2 },
      { tag: 'kpi', count: 1 },
    ])
  })

  it('ranks products by how many products read them, leaving out those nobody reads', () => {
    const base = makeProduct({ urn: 'urn:a', title: 'A' })
    const other = makeProduct({ urn: 'urn:b', title: 'B' })
    const index = catalogOf([base, other, makeConsumer('urn:c', ['urn:a', 'urn:b']), makeConsumer('urn:d', ['urn:a'])])
    expect(mostDependedOn(index, 5).map((e) => [e.product.title, e.consumers])).toEqual([
      ['A', 2],
      ['B', 1],
    ])
  })

  it('puts the owner’s least documented product first, with its gaps', () => {
    const complete = makeProduct({ title: 'Complete', owners: [{ role: 'product-owner', personId: 'maya' }] })
    const poor = makeProduct({
      title: 'Poor',
      description: '',
      owners: [{ role: 'technical-owner', teamId: 'team-m' }],
      outputPorts: [makePort({ columns: [makeColumn({ description: '' })] })],
    })
    const notMine = makeProduct({ title: 'Not mine', description: '' })
    const people = [makePerson('maya', { teamIds: ['team-m'] })]
    const teams = [makeTeam('team-m', { members: [{ personId: 'maya', role: 'Engineer' }] })]
    const owned = ownedByWorstGaps(catalogOf([complete, notMine, poor], { people, teams }), 'maya')
    expect(owned.map((o) => o.product.title)).toEqual(['Poor', 'Complete'])
    expect(owned[0]!.completeness.missing.map((m) => m.kind)).toEqual(['description', 'product-owner', 'undocumented-columns'])
    expect(owned[1]!.completeness.complete).toBe(true)
  })

  it('finds the domains a person’s team owns, with their sub-domains counted in', () => {
    const domains = [makeDomain('play', { ownerTeamId: 'team-m' }), makeDomain('play-q', { parentId: 'play' }), makeDomain('ads', { ownerTeamId: 'team-x' })]
    const products = [makeProduct({ domainId: 'play' }), makeProduct({ domainId: 'play-q', description: '' }), makeProduct({ domainId: 'ads' })]
    const owned = domainsOwnedBy(catalogOf(products, { domains }), makePerson('maya', { teamIds: ['team-m'] }))
    expect(owned.map((o) => [o.domain.id, o.counts.productCount, o.counts.documented])).toEqual([['play', 2, 1]])
    expect(domainsOwnedBy(catalogOf(products, { domains }), makePerson('nobody'))).toEqual([])
  })
})
