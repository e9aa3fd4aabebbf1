import { adjacency, max, mean, min, push, type Adjacency } from './graph-utils'
import { laneBands, layerStep } from './lane-layout'
import { NODE_GAP, type Layout, type LayoutGraph, type LayoutNode, type Point } from './layout-types'

/**
 * Adds the nodes of `graph` that `previous` has not placed, leaving every placed node where it
 * was, except that a whole run of layers may slide one step right to make room for a new layer.
 * A new upstream node goes one layer left of its consumers, a new downstream node one layer
 * right of its producers (within its lane), at the free height nearest its neighbours.
 * Nodes of `previous` missing from `graph` are dropped.
 */
export function placeIncrementally(graph: LayoutGraph, previous: Layout): Layout {
  const ids = new Set(graph.nodes.map((n) => n.id))
  const adj = adjacency(graph, ids)
  const step = layerStep(graph)
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const layer = new Map<string, number>()
  const y = new Map<string, number>()
  for (const node of graph.nodes) {
    const p = previous.positions[node.id]
    const l = previous.layers[node.id]
    if (p && l !== undefined) {
      layer.set(node.id, l)
      y.set(node.id, p.y)
    }
  }

  let pending = graph.nodes.filter((n) => !layer.has(n.id))
  while (pending.length > 0) {
    const anchored = pending.filter((n) => hasPlaced(n.id, adj, layer))
    const batch = anchored.length > 0 ? anchored : pending.slice(0, 1)
    for (const node of batch) place(node)
    const done = new Set(batch.map((n) => n.id))
    pending = pending.filter((n) => !done.has(n.id))
  }

  function place(node: LayoutNode) {
    const consumers = (adj.out.get(node.id) ?? []).filter((id) => layer.has(id))
    const producers = (adj.in.get(node.id) ?? []).filter((id) => layer.has(id))
    let lo = -Infinity
    let hi = Infinity
    let laneMin = Infinity
    for (const [id, l] of layer) {
      const lane = byId.get(id)?.lane ?? 0
      if (lane < node.lane) lo = Math.max(lo, l + 1)
      else if (lane > node.lane) hi = Math.min(hi, l - 1)
      else laneMin = Math.min(laneMin, l)
    }
    const firstConsumer = min(consumers.map((id) => layer.get(id)!))
    const lastProducer = max(producers.map((id) => layer.get(id)!))
    let desired: number
    if (firstConsumer !== undefined) desired = firstConsumer - 1
    else if (lastProducer !== undefined) desired = lastProducer + 1
    else desired = laneMin !== Infinity ? laneMin : lo !== -Infinity ? lo : 0
    let target: number
    if (lo > hi) {
      target = lo
      shiftFrom(target)
    } else {
      target = Math.min(Math.max(desired, lo), hi)
      if (firstConsumer !== undefined && target >= firstConsumer) shiftFrom(target)
      else if (firstConsumer === undefined && lastProducer !== undefined && target <= lastProducer) {
        target = lastProducer + 1
        shiftFrom(target)
      }
    }
    layer.set(node.id, target)
    const anchors = [...consumers, ...producers].map((id) => (y.get(id) ?? 0) + (byId.get(id)?.height ?? 0) / 2)
    const desiredY = anchors.length > 0 ? mean(anchors) - node.height / 2 : 0
    y.set(node.id, freeSlot(target, desiredY, node.height, node.id))
  }

  function shiftFrom(from: number) {
    for (const [id, l] of layer) if (l >= from) layer.set(id, l + 1)
  }

  function freeSlot(target: number, desired: number, height: number, self: string): number {
    const taken: [number, number][] = []
    for (const [id, l] of layer) {
      if (l !== target || id === self) continue
      const top = y.get(id) ?? 0
      taken.push([top - NODE_GAP, top + (byId.get(id)?.height ?? 0) + NODE_GAP])
    }
    const fits = (top: number) => taken.every(([a, b]) => top + height <= a || top >= b)
    if (fits(desired)) return desired
    const candidates = taken.flatMap(([a, b]) => [a - height, b]).filter(fits)
    candidates.sort((p, q) => Math.abs(p - desired) - Math.abs(q - desired) || p - q)
    return candidates[0] ?? desired
  }

  const positions: Record<string, Point> = {}
  for (const node of graph.nodes) positions[node.id] = { x: (layer.get(node.id) ?? 0) * step, y: y.get(node.id) ?? 0 }
  return { positions, layers: Object.fromEntries(layer), groups: {}, lanes: laneBands(graph, positions) }
}

/**
 * Gives nodes new heights without moving anything sideways: within each layer, nodes keep
 * their top-to-bottom order and move down only as far as needed to stop overlapping.
 * Depends only on the layout and the heights, not on the order heights changed in.
 */
export function resizeInPlace(layout: Layout, graph: LayoutGraph): Layout {
  const byLayer = new Map<number, LayoutNode[]>()
  for (const node of graph.nodes) {
    const l = layout.layers[node.id]
    if (l !== undefined && layout.positions[node.id]) push(byLayer, l, node)
  }
  const positions: Record<string, Point> = { ...layout.positions }
  for (const nodes of byLayer.values()) {
    nodes.sort((a, b) => positions[a.id]!.y - positions[b.id]!.y)
    let bottom = -Infinity
    for (const node of nodes) {
      const p = positions[node.id]!
      const top = Math.max(p.y, bottom + NODE_GAP)
      positions[node.id] = { x: p.x, y: top }
      bottom = top + node.height
    }
  }
  return { ...layout, positions }
}

function hasPlaced(id: string, adj: Adjacency, layer: ReadonlyMap<string, number>): boolean {
  return (adj.out.get(id) ?? []).some((n) => layer.has(n)) || (adj.in.get(id) ?? []).some((n) => layer.has(n))
}

