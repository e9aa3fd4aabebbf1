import type { LayoutGraph, LayoutNode } from './layout-types'
import { layoutWithElk } from './elk-layout'
import { chooseEngine, ELK_NODE_LIMIT, LayoutCache, runLayout } from './run-layout'

const node = (id: string, lane: number): LayoutNode => ({ id, lane, width: 200, height: 60 })
const base: LayoutGraph = {
  nodes: [node('s', 0), node('a', 1), node('c', 2)],
  edges: [
    { source: 's', target: 'a' },
    { source: 'a', target: 'c' },
  ],
}
const grown: LayoutGraph = { nodes: [...base.nodes, node('c2', 2)], edges: [...base.edges, { source: 'a', target: 'c2' }] }

describe('runLayout', () => {
  it('uses the lane layout unless ELK is asked for and loaded', async () => {
    expect((await runLayout({ steps: [base], engine: 'auto' }, { elk: layoutWithElk })).engine).toBe('lanes')
    expect((await runLayout({ steps: [base], engine: 'elk' })).engine).toBe('lanes')
    const big: LayoutGraph = { nodes: Array.from({ length: ELK_NODE_LIMIT + 1 }, (_, i) => node(`n${i}`, 0)), edges: [] }
    expect(chooseEngine(big, 'elk')).toBe('lanes')
    expect(chooseEngine({ nodes: [{ ...node('g', 0), group: 'x' }], edges: [] }, 'elk')).toBe('lanes')
  })

  it('lays out with ELK when asked, lanes still left to right', async () => {
    const { layout, engine } = await runLayout({ steps: [base], engine: 'elk' }, { elk: layoutWithElk })
    expect(engine).toBe('elk')
    expect(layout.positions.s!.x).toBeLessThan(layout.positions.a!.x)
    expect(layout.positions.a!.x).toBeLessThan(layout.positions.c!.x)
  })

  it('replays growth steps so a reload gives the same picture, and keeps earlier nodes still', async () => {
    const first = await runLayout({ steps: [base], engine: 'lanes' })
    const replayed = await runLayout({ steps: [base, grown], engine: 'lanes' })
    const again = await runLayout({ steps: [base, grown], engine: 'lanes' })
    expect(replayed.layout).toEqual(again.layout)
    for (const id of ['s', 'a', 'c']) expect(replayed.layout.positions[id]).toEqual(first.layout.positions[id])
  })

  it('reuses a cached from-scratch layout', async () => {
    const cache = new LayoutCache()
    expect((await runLayout({ steps: [base], engine: 'lanes' }, { cache })).cached).toBe(false)
    expect((await runLayout({ steps: [base], engine: 'lanes' }, { cache })).cached).toBe(true)
  })

  it('applies taller nodes last without moving anything sideways', async () => {
    const plain = await runLayout({ steps: [grown], engine: 'lanes' })
    const tall = await runLayout({ steps: [grown], engine: 'lanes', heights: { c: 500 } })
    for (const id of ['s', 'a', 'c', 'c2']) expect(tall.layout.positions[id]!.x).toBe(plain.layout.positions[id]!.x)
  })

  it('answers an empty request with an empty layout', async () => {
    expect((await runLayout({ steps: [], engine: 'auto' })).layout.positions).toEqual({})
  })
})
