import { buildLineageIndex } from '../../../model/lineage'
import type { DataProduct, InputPort, ProductKind } from '../../../model/types'
import { buildFocusGraph, buildMeshGraph, buildMeshSteps, hiddenNeighbourCount, keepStrongDomainLinks, type LineageSource, type ViewEdge } from './view-graph'

function product(name: string, kind: ProductKind, domainId: string, reads: (string | [string, string])[] = []): DataProduct {
  const inputPorts: InputPort[] = reads.map((r) =>
    typeof r === 'string'
      ? { kind: 'product', productUrn: `urn:p:${r}` }
      : { kind: 'product', productUrn: `urn:p:${r[0]}`, outputPortId: r[1] },
  )
  return {
    urn: `urn:p:${name}`,
    name,
    title: name,
    domainId,
    kind,
    lifecycle: 'active',
    description: '',
    tags: [],
    glossaryTerms: [],
    owners: [],
    outputPorts: [],
    inputPorts,
    slos: [],
    links: [],
    revision: 1,
    updatedAt: '2026-01-01T00:00:00Z',
  }
}

// s1 -> a1 -> a2 -> c1, s2 -> a1, a2 -> c2; x is an island in another domain
const products = [
  product('s1', 'source-aligned', 'play'),
  product('s2', 'source-aligned', 'bill'),
  product('a1', 'aggregate', 'play', [['s1', 'events'], 's2']),
  product('a2', 'aggregate', 'play', ['a1']),
  product('c1', 'consumer-aligned', 'fin', ['a2']),
  product('c2', 'consumer-aligned', 'bill', ['a2']),
  product('x', 'source-aligned', 'other'),
]
const byUrn = new Map(products.map((p) => [p.urn, p]))
const source: LineageSource = { index: buildLineageIndex(products), product: (urn) => byUrn.get(urn), products }
const noFilters = { domains: [], kinds: [] }
const u = (name: string) => `urn:p:${name}`
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort()

describe('buildFocusGraph', () => {
  it('shows the neighbourhood at the asked depth, with lanes by kind', () => {
    const { graph } = buildFocusGraph(source, u('a2'), { up: 1, down: 1, expansions: [], filters: noFilters })
    expect(ids(graph.nodes)).toEqual([u('a1'), u('a2'), u('c1'), u('c2')])
    expect(graph.nodes.find((n) => n.id === u('c1'))?.lane).toBe(2)
    expect(ids(graph.edges)).toEqual([`${u('a1')}->${u('a2')}`, `${u('a2')}->${u('c1')}`, `${u('a2')}->${u('c2')}`])
  })

  it('carries the consumed output port on an edge', () => {
    const { graph } = buildFocusGraph(source, u('a1'), { up: 1, down: 0, expansions: [], filters: noFilters })
    expect(graph.edges.find((e) => e.source === u('s1'))?.outputPortIds).toEqual(['events'])
    expect(graph.edges.find((e) => e.source === u('s2'))?.outputPortIds).toEqual([])
  })

  it('expands a node one level on demand, recording each step', () => {
    const { graph, steps, applied } = buildFocusGraph(source, u('a2'), {
      up: 1,
      down: 0,
      expansions: [{ urn: u('a1'), direction: 'up' }],
      filters: noFilters,
    })
    expect(ids(graph.nodes)).toEqual([u('a1'), u('a2'), u('s1'), u('s2')])
    expect(steps.map((s) => s.nodes.length)).toEqual([2, 4])
    expect(applied).toHaveLength(1)
  })

  it('skips an expansion whose node is not shown, so collapsing a parent removes its children', () => {
    const { graph, applied } = buildFocusGraph(source, u('c1'), {
      up: 1,
      down: 0,
      expansions: [{ urn: u('a1'), direction: 'up' }],
      filters: noFilters,
    })
    expect(ids(graph.nodes)).toEqual([u('a2'), u('c1')])
    expect(applied).toEqual([])
  })

  it('hides filtered products but never the focus, and counts what it hid', () => {
    const { graph, hidden } = buildFocusGraph(source, u('a2'), { up: 2, down: 1, expansions: [], filters: { domains: ['bill'], kinds: [] } })
    expect(ids(graph.nodes)).toEqual([u('a2'), u('c2'), u('s2')])
    expect(hidden).toBe(3)
  })

  it('reaches everything with depth Infinity and ends on cycles', () => {
    const cyclic = [product('p', 'aggregate', 'd', ['q']), product('q', 'aggregate', 'd', ['p'])]
    const map = new Map(cyclic.map((p) => [p.urn, p]))
    const src: LineageSource = { index: buildLineageIndex(cyclic), product: (urn) => map.get(urn), products: cyclic }
    const { graph } = buildFocusGraph(src, u('p'), { up: Infinity, down: Infinity, expansions: [], filters: noFilters })
    expect(ids(graph.nodes)).toEqual([u('p'), u('q')])
    expect(graph.edges).toHaveLength(2)
  })
})

describe('hiddenNeighbourCount', () => {
  it('counts neighbours off screen that the filters would show', () => {
    const shown = new Set([u('a1'), u('a2')])
    expect(hiddenNeighbourCount(source, u('a1'), 'up', shown, noFilters)).toBe(2)
    expect(hiddenNeighbourCount(source, u('a1'), 'up', shown, { domains: ['play'], kinds: [] })).toBe(1)
    expect(hiddenNeighbourCount(source, u('a2'), 'up', shown, noFilters)).toBe(0)
  })
})

describe('buildMeshGraph (domain collapsing)', () => {
  it('collapses each closed domain into one node with counts and merges edges between them', () => {
    const graph = buildMeshGraph(source, { open: [], filters: noFilters })
    expect(ids(graph.nodes)).toEqual(['domain:bill', 'domain:fin', 'domain:other', 'domain:play'])
    const play = graph.nodes.find((n) => n.id === 'domain:play')
    expect(play).toMatchObject({ type: 'domain', productCount: 3, lane: 0, byKind: { 'source-aligned': 1, aggregate: 2, 'consumer-aligned': 0 } })
    const billToPlay = graph.edges.find((e) => e.id === 'domain:bill->domain:play')
    expect(billToPlay?.count).toBe(1)
    expect(graph.edges.find((e) => e.source === e.target)).toBeUndefined()
    expect(ids(graph.edges)).toEqual(['domain:bill->domain:play', 'domain:play->domain:bill', 'domain:play->domain:fin'])
  })

  it('shows the products of open domains, linked to the closed ones', () => {
    const graph = buildMeshGraph(source, { open: ['play'], filters: noFilters })
    expect(ids(graph.nodes)).toEqual(['domain:bill', 'domain:fin', 'domain:other', u('a1'), u('a2'), u('s1')])
    expect(ids(graph.edges)).toContain(`domain:bill->${u('a1')}`)
    expect(ids(graph.edges)).toContain(`${u('a2')}->domain:fin`)
    expect(graph.nodes.find((n) => n.id === 'domain:fin')?.lane).toBe(2)
  })

  it('opens everything with "all" and applies domain and kind filters', () => {
    expect(buildMeshGraph(source, { open: 'all', filters: noFilters }).nodes).toHaveLength(7)
    const filtered = buildMeshGraph(source, { open: 'all', filters: { domains: ['play', 'bill'], kinds: ['aggregate', 'consumer-aligned'] } })
    expect(ids(filtered.nodes)).toEqual([u('a1'), u('a2'), u('c2')])
  })

  it('records opening domains one by one, for stable placement', () => {
    const steps = buildMeshSteps(source, { open: ['play', 'bill'], filters: noFilters })
    expect(steps.map((s) => s.nodes.length)).toEqual([4, 6, 7])
  })
})

describe('keepStrongDomainLinks', () => {
  const link = (i: number, count: number): ViewEdge => ({ id: `domain:a${i}->domain:b${i}`, source: `domain:a${i}`, target: `domain:b${i}`, outputPortIds: [], count })

  it('keeps every link of a small mesh', () => {
    const edges = [link(1, 1), link(2, 5)]
    expect(keepStrongDomainLinks(edges, 2)).toEqual({ edges })
  })

  it('drops the weakest domain links of a dense mesh, keeps product links, and says what it dropped', () => {
    const edges = [...Array.from({ length: 100 }, (_, i) => link(i, i < 30 ? 5 : 1)), { id: 'urn:x->urn:y', source: 'urn:x', target: 'urn:y', outputPortIds: [], count: 1 }]
    const { edges: kept, weakLinksHidden } = keepStrongDomainLinks(edges, 10)
    expect(kept.filter((e) => e.count === 5)).toHaveLength(30)
    expect(kept.some((e) => e.id === 'urn:x->urn:y')).toBe(true)
    expect(weakLinksHidden).toEqual({ count: 70, below: 2 })
  })
})
