import { describe, expect, it } from 'vitest'
import { focusLists } from './lineage-list'
import type { ViewGraph } from './view-graph'

const node = (id: string) => ({ type: 'product' as const, id, domainId: 'd', lane: 0 })
const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target, outputPortIds: [], count: 1 })

describe('focusLists', () => {
  it('lists upstream and downstream products by distance from the focus, and the rest apart', () => {
    const graph: ViewGraph = {
      nodes: ['a', 'b', 'f', 'c', 'd', 'x'].map(node),
      edges: [edge('a', 'b'), edge('b', 'f'), edge('f', 'c'), edge('c', 'd'), edge('x', 'c')],
    }
    const lists = focusLists(graph, 'f', (n) => n.id)
    expect(lists.upstream.map((l) => [l.node.id, l.distance])).toEqual([
      ['b', 1],
      ['a', 2],
    ])
    expect(lists.downstream.map((l) => [l.node.id, l.distance])).toEqual([
      ['c', 1],
      ['d', 2],
    ])
    expect(lists.other.map((n) => n.id)).toEqual(['x'])
  })

  it('takes the shortest distance when a product is reached two ways, and survives a cycle', () => {
    const graph: ViewGraph = { nodes: ['f', 'a', 'b'].map(node), edges: [edge('f', 'a'), edge('a', 'b'), edge('f', 'b'), edge('b', 'f')] }
    const lists = focusLists(graph, 'f', (n) => n.id)
    expect(lists.downstream.map((l) => [l.node.id, l.distance])).toEqual([
      ['a', 1],
      ['b', 1],
    ])
    expect(lists.upstream.map((l) => [l.node.id, l.distance])).toEqual([
      ['b', 1],
      ['a', 2],
    ])
  })
})
