import { placeIncrementally, resizeInPlace } from './incremental-layout'
import { assignLayers, layoutLanes, orderLayers, wrapTallLayers } from './lane-layout'
import type { Layout, LayoutGraph, LayoutNode } from './layout-types'

const node = (id: string, lane: number, extra: Partial<LayoutNode> = {}): LayoutNode => ({ id, lane, width: 200, height: 60, ...extra })
const edge = (source: string, target: string) => ({ source, target })

function expectNoOverlaps(graph: LayoutGraph, layout: Layout) {
  const boxes = graph.nodes.map((n) => ({ id: n.id, ...layout.positions[n.id]!, w: n.width, h: n.height }))
  const overlaps: string[] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.id} overlaps ${b.id}`)
    }
  }
  expect(overlaps).toEqual([])
}

/** A layered DAG shaped like a mesh: sources, chains of aggregates, consumers; about 1.6 edges per node. */
function syntheticMesh(size: number): LayoutGraph {
  const nodes: LayoutNode[] = []
  const edges: { source: string; target: string }[] = []
  let seed = 42
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  for (let i = 0; i < size; i++) {
    const lane = i < size * 0.35 ? 0 : i < size * 0.75 ? 1 : 2
    nodes.push(node(`n${i}`, lane, { sortKey: `d${i % 17}` }))
    if (i > 10) {
      const inputs = lane === 0 ? 0 : 1 + Math.floor(random() * 2.2)
      for (let k = 0; k < inputs; k++) edges.push(edge(`n${Math.floor(random() * Math.min(i, size * 0.75))}`, `n${i}`))
    }
  }
  return { nodes, edges }
}

describe('assignLayers', () => {
  it('puts lanes left to right and ranks chains inside a lane', () => {
    const graph: LayoutGraph = {
      nodes: [node('c', 2), node('a1', 1), node('s', 0), node('a2', 1)],
      edges: [edge('s', 'a1'), edge('a1', 'a2'), edge('a2', 'c')],
    }
    expect(Object.fromEntries(assignLayers(graph))).toEqual({ s: 0, a1: 1, a2: 2, c: 3 })
  })

  it('ignores edges that run against the lanes and survives cycles', () => {
    const graph: LayoutGraph = {
      nodes: [node('s', 0), node('a', 1), node('b', 1), node('c', 2)],
      edges: [edge('c', 's'), edge('a', 'b'), edge('b', 'a'), edge('s', 'a')],
    }
    const layers = assignLayers(graph)
    expect(layers.get('s')).toBe(0)
    expect(new Set([layers.get('a'), layers.get('b')])).toEqual(new Set([1, 2]))
    expect(layers.get('c')).toBe(3)
  })

  it('squeezes a long chain of a dense graph into about √n layers, edges still pointing right or down', () => {
    const nodes = Array.from({ length: 36 }, (_, i) => node(`d${i}`, 0))
    const edges = nodes.slice(1).map((n, i) => edge(`d${i}`, n.id))
    const layers = assignLayers({ nodes, edges })
    expect(Math.max(...layers.values())).toBe(5)
    for (const e of edges) expect(layers.get(e.target)!).toBeGreaterThanOrEqual(layers.get(e.source)!)
  })

  it('keeps short chains as they are', () => {
    const nodes = Array.from({ length: 6 }, (_, i) => node(`a${i}`, 1))
    const layers = assignLayers({ nodes, edges: nodes.slice(1).map((n, i) => edge(`a${i}`, n.id)) })
    expect([...layers.values()]).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('leaves no empty layer for a missing lane', () => {
    const layers = assignLayers({ nodes: [node('s', 0), node('c', 2)], edges: [edge('s', 'c')] })
    expect(Object.fromEntries(layers)).toEqual({ s: 0, c: 1 })
  })
})

describe('orderLayers', () => {
  it('uncrosses two parallel chains', () => {
    const graph: LayoutGraph = {
      nodes: [node('s1', 0, { sortKey: 'a' }), node('s2', 0, { sortKey: 'b' }), node('c1', 2, { sortKey: 'b' }), node('c2', 2, { sortKey: 'a' })],
      edges: [edge('s1', 'c1'), edge('s2', 'c2')],
    }
    const rows = orderLayers(graph, assignLayers(graph))
    expect(rows).toEqual([
      ['s1', 's2'],
      ['c1', 'c2'],
    ])
  })
})

describe('wrapTallLayers', () => {
  it('splits very tall layers of a big graph into balanced columns, in order', () => {
    const tall = Array.from({ length: 700 }, (_, i) => `s${i}`)
    const rows = wrapTallLayers([tall, ['a']], 2000)
    expect(rows.length).toBeGreaterThan(2)
    expect(rows.slice(0, -1).flat()).toEqual(tall)
    expect(Math.max(...rows.map((r) => r.length))).toBeLessThanOrEqual(Math.ceil(Math.sqrt(2000) * 1.6))
  })

  it('leaves small graphs alone', () => {
    const rows = [Array.from({ length: 50 }, (_, i) => `s${i}`)]
    expect(wrapTallLayers(rows, 150)).toBe(rows)
  })
})

describe('layoutLanes', () => {
  it('places every node without overlap, lanes in order', () => {
    const graph = syntheticMesh(300)
    const layout = layoutLanes(graph)
    expectNoOverlaps(graph, layout)
    const lanes = layout.lanes.map((l) => l.lane)
    expect(lanes).toEqual([0, 1, 2])
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.x).toBeGreaterThan(layout.lanes[i - 1]!.x + layout.lanes[i - 1]!.width - 1)
    }
  })

  it('is deterministic', () => {
    const graph = syntheticMesh(200)
    expect(layoutLanes(graph)).toEqual(layoutLanes(graph))
  })

  it('draws each group as a box holding its members, boxes apart', () => {
    const graph: LayoutGraph = {
      nodes: [
        node('p1', 0, { group: 'g:p' }),
        node('p2', 1, { group: 'g:p' }),
        node('c1', 1, { group: 'g:c' }),
        node('c2', 2, { group: 'g:c' }),
        node('lonely', 2),
      ],
      edges: [edge('p1', 'p2'), edge('p2', 'c1'), edge('c1', 'c2')],
    }
    const layout = layoutLanes(graph)
    for (const n of graph.nodes.filter((x) => x.group)) {
      const box = layout.groups[n.group!]!
      const p = layout.positions[n.id]!
      expect(p.x).toBeGreaterThanOrEqual(box.x)
      expect(p.y).toBeGreaterThanOrEqual(box.y)
      expect(p.x + n.width).toBeLessThanOrEqual(box.x + box.width)
      expect(p.y + n.height).toBeLessThanOrEqual(box.y + box.height)
    }
    const [a, b] = [layout.groups['g:p']!, layout.groups['g:c']!]
    expect(a.x + a.width).toBeLessThan(b.x)
    expect(layout.positions.lonely).toBeDefined()
  })

  // Bounded by the test timeout rather than a wall-clock assertion, which a loaded machine would fail;
  // quadratic work would still blow far past it (the benchmark measures the real figure).
  it('lays out 5,000 nodes (linear-ish work)', { timeout: 15_000 }, () => {
    const graph = syntheticMesh(5000)
    const layout = layoutLanes(graph)
    expect(Object.keys(layout.positions)).toHaveLength(5000)
    expectNoOverlaps(graph, layout)
  })
})

describe('placeIncrementally', () => {
  const base: LayoutGraph = {
    nodes: [node('s', 0), node('a', 1), node('c', 2)],
    edges: [edge('s', 'a'), edge('a', 'c')],
  }

  it('keeps placed nodes where they were and puts a new producer left of its consumer', () => {
    const before = layoutLanes(base)
    const grown: LayoutGraph = { nodes: [...base.nodes, node('s2', 0)], edges: [...base.edges, edge('s2', 'a')] }
    const after = placeIncrementally(grown, before)
    for (const id of ['s', 'a', 'c']) expect(after.positions[id]).toEqual(before.positions[id])
    expect(after.layers.s2).toBe(after.layers.s)
    expectNoOverlaps(grown, after)
  })

  it('slides later layers right when a new same-lane producer needs a layer of its own', () => {
    const before = layoutLanes(base)
    const grown: LayoutGraph = { nodes: [...base.nodes, node('a0', 1)], edges: [...base.edges, edge('a0', 'a')] }
    const after = placeIncrementally(grown, before)
    expect(after.layers.a0).toBe(1)
    expect(after.layers.a).toBe(2)
    expect(after.layers.c).toBe(3)
    expect(after.positions.s).toEqual(before.positions.s)
    expect(after.positions.a!.y).toBe(before.positions.a!.y)
    expect(after.positions.a!.x).toBeGreaterThan(before.positions.a!.x)
  })

  it('places a new consumer right of its producer, at a free height', () => {
    const before = layoutLanes(base)
    const grown: LayoutGraph = { nodes: [...base.nodes, node('c2', 2)], edges: [...base.edges, edge('a', 'c2')] }
    const after = placeIncrementally(grown, before)
    expect(after.layers.c2).toBe(after.layers.c)
    expectNoOverlaps(grown, after)
  })

  it('drops nodes the graph no longer has', () => {
    const before = layoutLanes(base)
    const after = placeIncrementally({ nodes: [node('s', 0), node('a', 1)], edges: [edge('s', 'a')] }, before)
    expect(Object.keys(after.positions).sort()).toEqual(['a', 's'])
  })
})

describe('resizeInPlace', () => {
  it('moves nodes down only as needed, whatever order heights changed in', () => {
    const graph: LayoutGraph = { nodes: [node('s1', 0), node('s2', 0), node('s3', 0), node('a', 1)], edges: [edge('s1', 'a')] }
    const layout = layoutLanes(graph)
    const tall = { nodes: graph.nodes.map((n) => (n.id === 's1' ? { ...n, height: 400 } : n)), edges: graph.edges }
    const resized = resizeInPlace(layout, tall)
    expectNoOverlaps(tall, resized)
    for (const n of graph.nodes) expect(resized.positions[n.id]!.x).toBe(layout.positions[n.id]!.x)
    expect(resized.positions.a).toEqual(layout.positions.a)
    expect(resizeInPlace(resizeInPlace(layout, tall), tall)).toEqual(resized)
  })
})
