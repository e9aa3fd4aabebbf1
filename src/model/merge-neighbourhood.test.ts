import { buildLineageIndex } from './lineage'
import { mergeNeighbourhoods } from './merge-neighbourhood'
import { makeConsumer, makeProduct } from './test-products'
import type { Catalog, DataProduct } from './types'

const catalogOf = (products: DataProduct[], extra: Partial<Catalog> = {}): Catalog => ({ domains: [], teams: [], people: [], products, issues: [], ...extra })

describe('mergeNeighbourhoods', () => {
  it('returns the catalogue itself when there is no neighbourhood, so indexes built on it stay valid', () => {
    const catalog = catalogOf([makeProduct({ urn: 'a' })])
    expect(mergeNeighbourhoods(catalog, [])).toBe(catalog)
  })

  it('adds products the catalogue lacks, after its own, so lineage reaches them', () => {
    const catalog = catalogOf([makeProduct({ urn: 'a' }), makeConsumer('b', ['a'])])
    const neighbourhood = catalogOf([makeConsumer('b', ['a']), makeConsumer('c', ['b'])])
    const merged = mergeNeighbourhoods(catalog, [neighbourhood])
    expect(merged.products.map((p) => p.urn)).toEqual(['a', 'b', 'c'])
    expect(buildLineageIndex(merged.products).downstream('b')).toEqual(['c'])
    expect(buildLineageIndex(catalog.products).downstream('b')).toEqual([])
  })

  it('replaces a product with the server’s answer but keeps inputs only the catalogue knew', () => {
    const held = makeProduct({ urn: 'b', title: 'Old title', inputPorts: [{ kind: 'product', productUrn: 'declared' }, { kind: 'external', name: 'raw.events' }] })
    const traversed = makeProduct({
      urn: 'b',
      title: 'New title',
      inputPorts: [
        { kind: 'product', productUrn: 'a', outputPortId: 'a.table' },
        { kind: 'external', name: 'raw.events', system: 'OpenMetadata table' },
      ],
    })
    const [product] = mergeNeighbourhoods(catalogOf([held]), [catalogOf([traversed])]).products
    expect(product?.title).toBe('New title')
    expect(product?.inputPorts).toEqual([
      { kind: 'product', productUrn: 'a', outputPortId: 'a.table' },
      { kind: 'external', name: 'raw.events', system: 'OpenMetadata table' },
      { kind: 'product', productUrn: 'declared' },
    ])
  })

  it('joins column lineage of the same column from both, each source once', () => {
    const from = (column: string) => ({ productUrn: 'a', outputPortId: 'a.t', column })
    const held = makeProduct({ urn: 'b', columnLineage: [{ outputPortId: 'b.t', column: 'id', from: [from('id')] }] })
    const traversed = makeProduct({
      urn: 'b',
      columnLineage: [
        { outputPortId: 'b.t', column: 'id', from: [from('id'), from('key')] },
        { outputPortId: 'b.t', column: 'name', from: [from('name')] },
      ],
    })
    const [product] = mergeNeighbourhoods(catalogOf([held]), [catalogOf([traversed])]).products
    expect(product?.columnLineage).toEqual([
      { outputPortId: 'b.t', column: 'id', from: [from('id'), from('key')] },
      { outputPortId: 'b.t', column: 'name', from: [from('name')] },
    ])
    expect(held.columnLineage?.[0]?.from).toHaveLength(1)
  })

  it('adds domains, teams and people the catalogue lacks, keeping the catalogue’s own', () => {
    const catalog = catalogOf([], { domains: [{ id: 'd1', name: 'Sales' }], teams: [{ id: 't1', name: 'Full team', members: [{ personId: 'p1', role: 'lead' }], contacts: [] }] })
    const neighbourhood = catalogOf([], {
      domains: [{ id: 'd1', name: 'd1' }, { id: 'd2', name: 'Marketing' }],
      teams: [{ id: 't1', name: 't1', members: [], contacts: [] }],
      people: [{ id: 'p2', name: 'Bo', contacts: [], teamIds: [] }],
      issues: [{ entity: 'product', ref: 'x', message: 'unreadable' }],
    })
    const merged = mergeNeighbourhoods(catalog, [neighbourhood, neighbourhood])
    expect(merged.domains.map((d) => d.name)).toEqual(['Sales', 'Marketing'])
    expect(merged.teams).toEqual(catalog.teams)
    expect(merged.people.map((p) => p.id)).toEqual(['p2'])
    expect(merged.issues).toHaveLength(1)
  })

  it('lays several neighbourhoods over the catalogue in order', () => {
    const merged = mergeNeighbourhoods(catalogOf([makeProduct({ urn: 'a' })]), [
      catalogOf([makeConsumer('b', ['a'])]),
      catalogOf([makeConsumer('c', ['b']), makeProduct({ urn: 'b', title: 'Second', inputPorts: [] })]),
    ])
    expect(merged.products.map((p) => [p.urn, p.title])).toEqual([
      ['a', 'Product a'],
      ['b', 'Second'],
      ['c', 'Product c'],
    ])
    expect(merged.products[1]?.inputPorts).toEqual([{ kind: 'product', productUrn: 'a' }])
  })
})
