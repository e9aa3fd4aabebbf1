import { buildLineageIndex, traverseLineage } from './lineage'
import { makeConsumer, makeProduct } from './test-products'

describe('buildLineageIndex', () => {
  it('derives upstream and downstream neighbours from input ports', () => {
    const index = buildLineageIndex([
      makeProduct({ urn: 'a' }),
      makeProduct({ urn: 'b' }),
      makeConsumer('c', ['a', 'b']),
      makeConsumer('d', ['c']),
    ])
    expect(index.upstream('c')).toEqual(['a', 'b'])
    expect(index.downstream('a')).toEqual(['c'])
    expect(index.downstream('c')).toEqual(['d'])
    expect(index.upstream('a')).toEqual([])
    expect(index.downstream('d')).toEqual([])
    expect(index.edges).toEqual([
      { from: 'a', to: 'c' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' },
    ])
  })

  it('answers empty lists for URNs it does not know', () => {
    const index = buildLineageIndex([makeProduct({ urn: 'a' })])
    expect(index.upstream('nope')).toEqual([])
    expect(index.downstream('nope')).toEqual([])
    expect(index.externalInputs('nope')).toEqual([])
    expect(index.has('a')).toBe(true)
    expect(index.has('nope')).toBe(false)
  })

  it('deduplicates repeated inputs of the same product', () => {
    const index = buildLineageIndex([makeProduct({ urn: 'a' }), makeConsumer('b', ['a', 'a', 'a'])])
    expect(index.edges).toEqual([{ from: 'a', to: 'b' }])
    expect(index.upstream('b')).toEqual(['a'])
    expect(index.downstream('a')).toEqual(['b'])
  })

  it('keeps one edge per output port read, dropping a redundant port-less edge', () => {
    const index = buildLineageIndex([
      makeProduct({ urn: 'a' }),
      makeProduct({
        urn: 'b',
        inputPorts: [
          { kind: 'product', productUrn: 'a' },
          { kind: 'product', productUrn: 'a', outputPortId: 'events' },
          { kind: 'product', productUrn: 'a', outputPortId: 'daily' },
          { kind: 'product', productUrn: 'a', outputPortId: 'events' },
        ],
      }),
    ])
    expect(index.edges).toEqual([
      { from: 'a', to: 'b', outputPortId: 'events' },
      { from: 'a', to: 'b', outputPortId: 'daily' },
    ])
    // neighbours are products, so still one each
    expect(index.upstream('b')).toEqual(['a'])
    expect(index.downstream('a')).toEqual(['b'])
  })

  it('ignores self-references', () => {
    const index = buildLineageIndex([makeConsumer('a', ['a'])])
    expect(index.edges).toEqual([])
    expect(index.upstream('a')).toEqual([])
    expect(index.danglingInputs).toEqual([])
  })

  it('reports inputs naming unknown products as dangling, not as edges', () => {
    const index = buildLineageIndex([makeProduct({ urn: 'a' }), makeConsumer('b', ['a', 'gone', 'gone'])])
    expect(index.danglingInputs).toEqual([{ productUrn: 'b', missingUrn: 'gone' }])
    expect(index.edges).toEqual([{ from: 'a', to: 'b' }])
    expect(index.upstream('b')).toEqual(['a'])
    expect(index.downstream('gone')).toEqual([])
  })

  it('keeps external inputs per product without making them edges', () => {
    const index = buildLineageIndex([
      makeProduct({
        urn: 'a',
        inputPorts: [
          { kind: 'external', name: 'billing-db', system: 'postgres' },
          { kind: 'external', name: 'crm' },
        ],
      }),
    ])
    expect(index.edges).toEqual([])
    expect(index.upstream('a')).toEqual([])
    expect(index.externalInputs('a')).toEqual([
      { kind: 'external', name: 'billing-db', system: 'postgres' },
      { kind: 'external', name: 'crm' },
    ])
  })

  it('indexes a cycle as two edges', () => {
    const index = buildLineageIndex([makeConsumer('a', ['b']), makeConsumer('b', ['a'])])
    expect(index.edges).toEqual([
      { from: 'b', to: 'a' },
      { from: 'a', to: 'b' },
    ])
  })

  // A quadratic implementation (10^10 steps here) cannot finish within the test's minute; a linear one takes about a second.
  it('stays linear on a large mesh', () => {
    const n = 100_000
    const products = Array.from({ length: n }, (_, i) =>
      makeConsumer(`p${i}`, i === 0 ? [] : [`p${Math.floor((i - 1) / 2)}`, `p${i - 1}`]),
    )
    const index = buildLineageIndex(products)
    const all = traverseLineage(index, 'p0', { direction: 'downstream', depth: Infinity })
    expect(all).toHaveLength(n - 1)
  }, 60_000)
})

describe('traverseLineage', () => {
  // a -> b -> c -> d, and a -> c directly; e -> d
  const index = buildLineageIndex([
    makeProduct({ urn: 'a' }),
    makeConsumer('b', ['a']),
    makeConsumer('c', ['b', 'a']),
    makeProduct({ urn: 'e' }),
    makeConsumer('d', ['c', 'e']),
  ])

  it('walks downstream breadth-first at the shortest distance', () => {
    expect(traverseLineage(index, 'a', { direction: 'downstream', depth: Infinity })).toEqual([
      { urn: 'b', distance: 1 },
      { urn: 'c', distance: 1 },
      { urn: 'd', distance: 2 },
    ])
  })

  it('walks upstream', () => {
    expect(traverseLineage(index, 'd', { direction: 'upstream', depth: Infinity })).toEqual([
      { urn: 'c', distance: 1 },
      { urn: 'e', distance: 1 },
      { urn: 'b', distance: 2 },
      { urn: 'a', distance: 2 },
    ])
  })

  it('stops at the given depth', () => {
    expect(traverseLineage(index, 'd', { direction: 'upstream', depth: 1 })).toEqual([
      { urn: 'c', distance: 1 },
      { urn: 'e', distance: 1 },
    ])
    expect(traverseLineage(index, 'd', { direction: 'upstream', depth: 0 })).toEqual([])
  })

  it('terminates on cycles and never lists the start', () => {
    const cyclic = buildLineageIndex([makeConsumer('x', ['z']), makeConsumer('y', ['x']), makeConsumer('z', ['y'])])
    expect(traverseLineage(cyclic, 'x', { direction: 'downstream', depth: Infinity })).toEqual([
      { urn: 'y', distance: 1 },
      { urn: 'z', distance: 2 },
    ])
    expect(traverseLineage(cyclic, 'x', { direction: 'upstream', depth: Infinity })).toEqual([
      { urn: 'z', distance: 1 },
      { urn: 'y', distance: 2 },
    ])
  })

  it('returns nothing for an unknown or isolated product', () => {
    expect(traverseLineage(index, 'nope', { direction: 'downstream', depth: Infinity })).toEqual([])
    expect(traverseLineage(index, 'd', { direction: 'downstream', depth: 3 })).toEqual([])
  })
})
