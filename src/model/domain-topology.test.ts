import { domainNeighbours, domainTopology, rollUpEdges, topLevelOf, topologyNodes } from './domain-topology'
import { makeConsumer, makeDomain, makeProduct } from './test-products'

// content ⊃ licensing; playback ⊃ quality; finance; support (no products)
const domains = [
  makeDomain('content'),
  makeDomain('licensing', { parentId: 'content' }),
  makeDomain('playback'),
  makeDomain('quality', { parentId: 'playback' }),
  makeDomain('finance'),
  makeDomain('support'),
]
const products = [
  makeProduct({ urn: 'titles', domainId: 'content' }),
  makeProduct({ urn: 'licences', domainId: 'licensing' }),
  makeProduct({ urn: 'sessions', domainId: 'playback' }),
  makeConsumer('qoe', ['sessions', 'titles'], { domainId: 'quality' }),
  makeConsumer('viewing', ['sessions', 'titles'], { domainId: 'playback' }),
  makeConsumer('costs', ['licences', 'titles', 'qoe'], { domainId: 'finance' }),
  makeConsumer('licence_use', ['licences'], { domainId: 'content' }),
  makeConsumer('stray', ['sessions'], { domainId: 'nowhere' }),
]

describe('domainTopology', () => {
  it('draws an edge per domain pair weighted by product pairs, every domain a node in tree order', () => {
    const { nodes, edges } = domainTopology(domains, products)
    expect(nodes.map((n) => n.domainId)).toEqual(['content', 'licensing', 'finance', 'playback', 'quality', 'support'])
    expect(edges).toEqual([
      { from: 'content', to: 'finance', weight: 1 },
      { from: 'content', to: 'playback', weight: 1 },
      { from: 'content', to: 'quality', weight: 1 },
      { from: 'licensing', to: 'content', weight: 1 },
      { from: 'licensing', to: 'finance', weight: 1 },
      { from: 'playback', to: 'quality', weight: 1 },
      { from: 'quality', to: 'finance', weight: 1 },
    ])
  })

  it('gives each domain its role and weights; a domain with no products stands alone', () => {
    const byId = new Map(domainTopology(domains, products).nodes.map((n) => [n.domainId, n]))
    expect(byId.get('licensing')).toEqual({ domainId: 'licensing', role: 'provider', outWeight: 2, inWeight: 0 })
    expect(byId.get('finance')).toEqual({ domainId: 'finance', role: 'consumer', outWeight: 0, inWeight: 3 })
    expect(byId.get('quality')?.role).toBe('both')
    expect(byId.get('support')?.role).toBe('standalone')
  })

  it('rolls sub-domains up into top-level domains, dropping edges that become internal', () => {
    const { nodes, edges } = domainTopology(domains, products, 'top-level')
    expect(nodes.map((n) => [n.domainId, n.role])).toEqual([
      ['content', 'provider'],
      ['finance', 'consumer'],
      ['playback', 'both'],
      ['support', 'standalone'],
    ])
    // content→finance: titles→costs, licences→costs; content→playback: titles→qoe, titles→viewing
    expect(edges).toEqual([
      { from: 'content', to: 'finance', weight: 2 },
      { from: 'content', to: 'playback', weight: 2 },
      { from: 'playback', to: 'finance', weight: 1 },
    ])
  })

  it('leaves out products of unknown domains', () => {
    const { edges } = domainTopology(domains, products)
    expect(edges.some((e) => e.to === 'nowhere' || e.from === 'nowhere')).toBe(false)
  })
})

describe('rollUpEdges', () => {
  it('sums parallel edges and drops self-edges and unmapped ends', () => {
    const group: Record<string, string> = { a1: 'a', a2: 'a', b: 'b' }
    const edges = rollUpEdges(
      [
        { from: 'a1', to: 'b', weight: 2 },
        { from: 'a2', to: 'b', weight: 3 },
        { from: 'a1', to: 'a2', weight: 4 },
        { from: 'x', to: 'b', weight: 9 },
      ],
      (id) => group[id],
    )
    expect(edges).toEqual([{ from: 'a', to: 'b', weight: 5 }])
  })
})

describe('topLevelOf', () => {
  it('maps every domain to its root, even through a cycle of parents', () => {
    const top = topLevelOf([makeDomain('a'), makeDomain('b', { parentId: 'a' }), makeDomain('c', { parentId: 'b' }), makeDomain('x', { parentId: 'y' }), makeDomain('y', { parentId: 'x' })])
    expect(top.get('c')).toBe('a')
    expect(top.get('a')).toBe('a')
    expect(top.get('y')).toBe('x')
  })
})

describe('topologyNodes and domainNeighbours', () => {
  const edges = [
    { from: 'a', to: 'b', weight: 3 },
    { from: 'c', to: 'b', weight: 1 },
    { from: 'b', to: 'd', weight: 2 },
  ]
  it('names providers, consumers, both and standalone', () => {
    expect(topologyNodes(['a', 'b', 'd', 'e'], edges).map((n) => n.role)).toEqual(['provider', 'both', 'consumer', 'standalone'])
  })
  it('lists what a domain feeds and is fed by', () => {
    expect(domainNeighbours(edges, 'b')).toEqual({
      feeds: [{ domainId: 'd', weight: 2 }],
      fedBy: [
        { domainId: 'a', weight: 3 },
        { domainId: 'c', weight: 1 },
      ],
    })
  })
})
