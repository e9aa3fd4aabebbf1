import { tracePath } from './trace-path'
import type { ViewEdge } from './view-graph'

const e = (source: string, target: string): ViewEdge => ({ id: `${source}->${target}`, source, target, outputPortIds: [], count: 1 })
// a -> b -> c -> d, x -> c, b -> y, and a cycle d -> b
const edges = [e('a', 'b'), e('b', 'c'), e('c', 'd'), e('x', 'c'), e('b', 'y'), e('d', 'b')]

describe('tracePath', () => {
  it('follows the downstream path only', () => {
    const { nodes, edges: on } = tracePath([e('a', 'b'), e('b', 'c'), e('x', 'c'), e('b', 'y')], 'b', 'down')
    expect([...nodes].sort()).toEqual(['b', 'c', 'y'])
    expect([...on].sort()).toEqual(['b->c', 'b->y'])
  })

  it('follows the upstream path only', () => {
    const { nodes } = tracePath([e('a', 'b'), e('b', 'c'), e('x', 'c')], 'c', 'up')
    expect([...nodes].sort()).toEqual(['a', 'b', 'c', 'x'])
  })

  it('follows both directions and stops on cycles', () => {
    const { nodes, edges: on } = tracePath(edges, 'c', 'both')
    expect([...nodes].sort()).toEqual(['a', 'b', 'c', 'd', 'x', 'y'])
    expect(on.has('a->b')).toBe(true)
    expect(on.has('d->b')).toBe(true)
  })

  it('highlights only the node itself when it has no edges', () => {
    const { nodes, edges: on } = tracePath(edges, 'lonely', 'both')
    expect([...nodes]).toEqual(['lonely'])
    expect(on.size).toBe(0)
  })
})
