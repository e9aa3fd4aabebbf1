import { buildDomainTree, descendantIds, domainPath, effectiveParents, flattenDomainTree } from './domain-tree'
import type { DomainNode } from './domain-tree'
import { makeDomain } from './test-products'

/** The tree as nested names, for readable expectations. */
type Shape = { [name: string]: Shape }
const shape = (nodes: DomainNode[]): Shape =>
  Object.fromEntries(nodes.map((n) => [n.domain.name, shape(n.children)]))
const rootNames = (nodes: DomainNode[]) => nodes.map((n) => n.domain.name)

describe('buildDomainTree', () => {
  it('nests sub-domains under their parents, sorted by name at every level', () => {
    const tree = buildDomainTree([
      makeDomain('pay', { name: 'Payments' }),
      makeDomain('ref', { name: 'Refunds', parentId: 'pay' }),
      makeDomain('card', { name: 'Cards', parentId: 'pay' }),
      makeDomain('auth', { name: 'Authorisation', parentId: 'card' }),
      makeDomain('con', { name: 'Content' }),
    ])
    expect(rootNames(tree)).toEqual(['Content', 'Payments'])
    expect(shape(tree)).toEqual({ Content: {}, Payments: { Cards: { Authorisation: {} }, Refunds: {} } })
    expect(Object.keys(shape(tree).Payments ?? {})).toEqual(['Cards', 'Refunds'])
    expect(flattenDomainTree(tree).map((n) => [n.domain.id, n.depth])).toEqual([
      ['con', 0],
      ['pay', 0],
      ['card', 1],
      ['auth', 2],
      ['ref', 1],
    ])
  })

  it('breaks name ties by id, whatever the input order', () => {
    const a = makeDomain('b-id', { name: 'Same' })
    const b = makeDomain('a-id', { name: 'Same' })
    expect(buildDomainTree([a, b]).map((n) => n.domain.id)).toEqual(['a-id', 'b-id'])
    expect(buildDomainTree([b, a]).map((n) => n.domain.id)).toEqual(['a-id', 'b-id'])
  })

  it('makes orphans whose parent does not exist into roots', () => {
    const tree = buildDomainTree([makeDomain('a'), makeDomain('b', { parentId: 'missing' })])
    expect(shape(tree)).toEqual({ a: {}, b: {} })
  })

  it('makes a self-parented domain a root', () => {
    expect(shape(buildDomainTree([makeDomain('a', { parentId: 'a' })]))).toEqual({ a: {} })
  })

  it('breaks a cycle at its lowest-named member, keeping every domain once', () => {
    const domains = [
      makeDomain('c', { parentId: 'b' }),
      makeDomain('b', { parentId: 'a' }),
      makeDomain('a', { parentId: 'c' }),
      makeDomain('x', { parentId: 'b' }),
    ]
    const expected = { a: { b: { c: {}, x: {} } } }
    expect(shape(buildDomainTree(domains))).toEqual(expected)
    expect(shape(buildDomainTree([...domains].reverse()))).toEqual(expected)
  })

  it('breaks a cycle reached through a tail of sub-domains', () => {
    const tree = buildDomainTree([
      makeDomain('tail', { parentId: 'q' }),
      makeDomain('q', { parentId: 'p' }),
      makeDomain('p', { parentId: 'q' }),
    ])
    expect(shape(tree)).toEqual({ p: { q: { tail: {} } } })
  })

  it('keeps the first of duplicate ids', () => {
    const tree = buildDomainTree([makeDomain('a', { name: 'First' }), makeDomain('a', { name: 'Second' })])
    expect(rootNames(tree)).toEqual(['First'])
  })

  it('returns an empty forest for no domains', () => {
    expect(buildDomainTree([])).toEqual([])
  })
})

describe('effectiveParents', () => {
  it('keeps valid parents and clears broken ones', () => {
    const parents = effectiveParents([
      makeDomain('a'),
      makeDomain('b', { parentId: 'a' }),
      makeDomain('c', { parentId: 'nowhere' }),
    ])
    expect(Object.fromEntries(parents)).toEqual({ a: undefined, b: 'a', c: undefined })
  })
})

describe('domainPath', () => {
  const domains = [
    makeDomain('pay'),
    makeDomain('card', { parentId: 'pay' }),
    makeDomain('auth', { parentId: 'card' }),
    makeDomain('loop1', { parentId: 'loop2' }),
    makeDomain('loop2', { parentId: 'loop1' }),
  ]

  it('lists ancestors from the root down to the domain', () => {
    expect(domainPath(domains, 'auth').map((d) => d.id)).toEqual(['pay', 'card', 'auth'])
    expect(domainPath(domains, 'pay').map((d) => d.id)).toEqual(['pay'])
  })

  it('is empty for an unknown domain', () => {
    expect(domainPath(domains, 'nope')).toEqual([])
  })

  it('terminates in a cycle, agreeing with the tree', () => {
    expect(domainPath(domains, 'loop1').map((d) => d.id)).toEqual(['loop1'])
    expect(domainPath(domains, 'loop2').map((d) => d.id)).toEqual(['loop1', 'loop2'])
  })
})

describe('descendantIds', () => {
  const domains = [
    makeDomain('pay'),
    makeDomain('ref', { parentId: 'pay' }),
    makeDomain('card', { parentId: 'pay' }),
    makeDomain('auth', { parentId: 'card' }),
    makeDomain('other'),
  ]

  it('lists all sub-domains at any depth, from the flat list', () => {
    expect(descendantIds(domains, 'pay')).toEqual(['card', 'auth', 'ref'])
    expect(descendantIds(domains, 'card')).toEqual(['auth'])
  })

  it('accepts the tree as well', () => {
    expect(descendantIds(buildDomainTree(domains), 'pay')).toEqual(['card', 'auth', 'ref'])
  })

  it('is empty for leaves, unknown ids and no domains', () => {
    expect(descendantIds(domains, 'auth')).toEqual([])
    expect(descendantIds(domains, 'nope')).toEqual([])
    expect(descendantIds([], 'pay')).toEqual([])
  })

  it('terminates on cycles', () => {
    const cyclic = [makeDomain('a', { parentId: 'b' }), makeDomain('b', { parentId: 'a' })]
    expect(descendantIds(cyclic, 'a')).toEqual(['b'])
    expect(descendantIds(cyclic, 'b')).toEqual([])
  })
})
