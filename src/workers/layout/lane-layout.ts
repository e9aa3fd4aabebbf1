/**
 * A layered layout whose layers are mostly known in advance: products sit in lanes by kind
 * (source-aligned, aggregate, consumer-aligned), so layering only has to rank nodes inside
 * their lane. Then barycentre sweeps order each layer and a packing pass places coordinates.
 * Every step is linear (or n log n) in nodes + edges, which is what lets 2,000+ nodes lay
 * out well inside a second where general layered layouts take many.
 */
import { adjacency, compare, mean, push } from './graph-utils'
import { LAYER_GAP, NODE_GAP, type Box, type Layout, type LayoutGraph, type LayoutNode, type Point } from './layout-types'

const SWEEPS = 4
/** Lanes ranked deeper than this (or √nodes, if more) are squeezed. */
const MIN_SQUEEZED_DEPTH = 6
/** Graphs with more nodes than this wrap very tall layers into several columns. */
const WRAP_FROM = 200
export const GROUP_PADDING = 16
export const GROUP_HEADER = 40

/**
 * Layer of each node: lanes in ascending order, each lane starting right after the previous
 * one; inside a lane, the longest path over same-lane edges (cycles broken where a
 * depth-first search finds a back edge). Edges into an earlier lane do not constrain layering.
 */
export function assignLayers(graph: LayoutGraph): Map<string, number> {
  const ids = new Set(graph.nodes.map((n) => n.id))
  const laneOf = new Map(graph.nodes.map((n) => [n.id, n.lane]))
  const { out } = adjacency(graph, ids)
  const layers = new Map<string, number>()
  const lanes = [...new Set(graph.nodes.map((n) => n.lane))].sort((a, b) => a - b)
  let start = 0
  for (const lane of lanes) {
    const members = graph.nodes.filter((n) => n.lane === lane).map((n) => n.id)
    const sameLane = (id: string) => (out.get(id) ?? []).filter((t) => laneOf.get(t) === lane)
    const order = topologicalOrder(members, sameLane)
    const position = new Map(order.map((id, i) => [id, i]))
    const rank = new Map<string, number>(order.map((id) => [id, 0]))
    let deepest = 0
    for (const id of order) {
      const r = rank.get(id) ?? 0
      deepest = Math.max(deepest, r)
      for (const next of sameLane(id)) {
        if ((position.get(next) ?? -1) <= (position.get(id) ?? 0)) continue
        if ((rank.get(next) ?? 0) < r + 1) rank.set(next, r + 1)
      }
    }
    // A dense graph (domains feeding each other every which way) ranks into one long chain;
    // squeeze deep lanes into about √n layers, keeping every edge pointing right or straight down.
    const most = Math.max(MIN_SQUEEZED_DEPTH, Math.ceil(Math.sqrt(members.length)))
    const squeeze = deepest + 1 > most ? most / (deepest + 1) : 1
    let used = 0
    for (const id of order) {
      const layer = Math.floor((rank.get(id) ?? 0) * squeeze)
      used = Math.max(used, layer)
      layers.set(id, start + layer)
    }
    start += used + 1
  }
  return layers
}

/** Reverse post-order of an iterative depth-first search: a topological order when there is no cycle. */
function topologicalOrder(ids: readonly string[], next: (id: string) => string[]): string[] {
  const visited = new Set<string>()
  const post: string[] = []
  for (const root of ids) {
    if (visited.has(root)) continue
    visited.add(root)
    const stack: { id: string; children: string[]; i: number }[] = [{ id: root, children: next(root), i: 0 }]
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      if (top.i < top.children.length) {
        const child = top.children[top.i++]!
        if (!visited.has(child)) {
          visited.add(child)
          stack.push({ id: child, children: next(child), i: 0 })
        }
      } else {
        post.push(top.id)
        stack.pop()
      }
    }
  }
  return post.reverse()
}

/** Nodes of each layer, ordered to reduce crossings by alternating barycentre sweeps. */
export function orderLayers(graph: LayoutGraph, layers: ReadonlyMap<string, number>): string[][] {
  const byLayer: LayoutNode[][] = []
  let min = 0
  for (const l of layers.values()) if (l < min) min = l
  for (const node of graph.nodes) {
    const layer = (layers.get(node.id) ?? 0) - min
    ;(byLayer[layer] ??= []).push(node)
  }
  const rows = Array.from(byLayer, (row) =>
    (row ?? []).sort((a, b) => compare(a.sortKey ?? '', b.sortKey ?? '') || compare(a.id, b.id)).map((n) => n.id),
  )
  const ids = new Set(graph.nodes.map((n) => n.id))
  const adj = adjacency(graph, ids)
  const neighbours = (id: string) => [...(adj.in.get(id) ?? []), ...(adj.out.get(id) ?? [])]
  const layerOf = (id: string) => (layers.get(id) ?? 0) - min
  const relative = new Map<string, number>()
  const remember = (row: string[]) => row.forEach((id, i) => relative.set(id, (i + 0.5) / row.length))
  rows.forEach(remember)

  const sweep = (index: number, fromEarlier: boolean) => {
    const row = rows[index]
    if (!row || row.length < 2) return
    const centre = new Map<string, number>()
    for (const id of row) {
      let sum = 0
      let count = 0
      for (const other of neighbours(id)) {
        const l = layerOf(other)
        if (fromEarlier ? l < index : l > index) {
          sum += relative.get(other) ?? 0
          count++
        }
      }
      centre.set(id, count > 0 ? sum / count : (relative.get(id) ?? 0))
    }
    row.sort((a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0))
    remember(row)
  }
  for (let i = 0; i < SWEEPS; i++) {
    if (i % 2 === 0) for (let l = 1; l < rows.length; l++) sweep(l, true)
    else for (let l = rows.length - 2; l >= 0; l--) sweep(l, false)
  }
  return rows
}

/**
 * Coordinates for ordered layers: x from the layer (uniform steps), y packed in order with each
 * node pulled towards the mean height of its neighbours in earlier layers, then the layer shifted
 * so that, on average, nodes sit where their neighbours want them.
 */
export function placeLayers(graph: LayoutGraph, rows: string[][]): Record<string, Point> {
  const size = new Map(graph.nodes.map((n) => [n.id, n]))
  const step = layerStep(graph)
  const ids = new Set(graph.nodes.map((n) => n.id))
  const adj = adjacency(graph, ids)
  const centreY = new Map<string, number>()
  const positions: Record<string, Point> = {}
  rows.forEach((row, index) => {
    let bottom = -Infinity
    let drift = 0
    let pulled = 0
    const ys: number[] = []
    for (const id of row) {
      const height = size.get(id)?.height ?? 0
      const anchors = [...(adj.in.get(id) ?? []), ...(adj.out.get(id) ?? [])].flatMap((n) => {
        const c = centreY.get(n)
        return c === undefined ? [] : [c]
      })
      const desired = anchors.length > 0 ? mean(anchors) - height / 2 : undefined
      const y = bottom === -Infinity ? (desired ?? 0) : Math.max(bottom + NODE_GAP, desired ?? bottom + NODE_GAP)
      if (desired !== undefined) {
        drift += y - desired
        pulled++
      }
      ys.push(y)
      bottom = y + height
    }
    const shift = pulled > 0 ? drift / pulled : 0
    row.forEach((id, i) => {
      const height = size.get(id)?.height ?? 0
      const y = (ys[i] ?? 0) - shift
      positions[id] = { x: index * step, y }
      centreY.set(id, y + height / 2)
    })
  })
  return positions
}

/** Horizontal distance between layers: the widest node plus a gap. */
export function layerStep(graph: LayoutGraph): number {
  let widest = 0
  for (const n of graph.nodes) widest = Math.max(widest, n.width)
  return widest + LAYER_GAP
}

/** A full layout from scratch; nodes with a `group` are laid out inside their group's box. */
export function layoutLanes(graph: LayoutGraph): Layout {
  if (graph.nodes.some((n) => n.group !== undefined)) return layoutGrouped(graph)
  const rows = wrapTallLayers(orderLayers(graph, assignLayers(graph)), graph.nodes.length)
  const positions = placeLayers(graph, rows)
  const layers: Record<string, number> = {}
  rows.forEach((row, index) => row.forEach((id) => (layers[id] = index)))
  return { positions, layers, groups: {}, lanes: laneBands(graph, positions) }
}

/**
 * In a big graph one layer can hold hundreds of nodes (every source-aligned product, say),
 * making a picture many times taller than wide. Such layers become several side-by-side columns
 * of at most about 1.6·√n nodes; each column then counts as a layer of its own.
 */
export function wrapTallLayers(rows: string[][], nodeCount: number): string[][] {
  if (nodeCount <= WRAP_FROM) return rows
  const tallest = Math.max(12, Math.ceil(Math.sqrt(nodeCount) * 1.6))
  return rows.flatMap((row) => {
    if (row.length <= tallest) return [row]
    const columns = Math.ceil(row.length / tallest)
    const size = Math.ceil(row.length / columns)
    return Array.from({ length: columns }, (_, i) => row.slice(i * size, (i + 1) * size))
  })
}

function layoutGrouped(graph: LayoutGraph): Layout {
  const members = new Map<string, LayoutNode[]>()
  const standalone: LayoutNode[] = []
  for (const node of graph.nodes) {
    if (node.group === undefined) standalone.push(node)
    else push(members, node.group, node)
  }
  const groupOf = new Map(graph.nodes.map((n) => [n.id, n.group ?? n.id]))
  const inner = new Map<string, { positions: Record<string, Point>; bounds: Box }>()
  const metaNodes: LayoutNode[] = [...standalone]
  for (const [group, nodes] of members) {
    const ids = new Set(nodes.map((n) => n.id))
    const sub: LayoutGraph = {
      nodes: nodes.map(({ group: _group, ...rest }) => rest),
      edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    }
    const positions = layoutLanes(sub).positions
    const bounds = boundsOf(sub.nodes, positions)
    inner.set(group, { positions, bounds })
    metaNodes.push({
      id: group,
      lane: Math.round(mean(nodes.map((n) => n.lane))),
      width: bounds.width + 2 * GROUP_PADDING,
      height: bounds.height + GROUP_PADDING + GROUP_HEADER,
      sortKey: group,
    })
  }
  const metaEdges = new Map<string, { source: string; target: string }>()
  for (const e of graph.edges) {
    const source = groupOf.get(e.source)
    const target = groupOf.get(e.target)
    if (source === undefined || target === undefined || source === target) continue
    metaEdges.set(`${source}\u0000${target}`, { source, target })
  }
  const meta: LayoutGraph = { nodes: metaNodes, edges: [...metaEdges.values()] }
  const metaLayers = assignLayers(meta)
  const metaRows = orderLayers(meta, metaLayers)
  const metaPositions = placeVariableWidth(meta, metaRows)

  const positions: Record<string, Point> = {}
  const layers: Record<string, number> = {}
  const groups: Record<string, Box> = {}
  for (const node of standalone) {
    positions[node.id] = metaPositions[node.id] ?? { x: 0, y: 0 }
    layers[node.id] = metaLayers.get(node.id) ?? 0
  }
  for (const [group, nodes] of members) {
    const at = metaPositions[group] ?? { x: 0, y: 0 }
    const box = inner.get(group)!
    const metaNode = metaNodes.find((n) => n.id === group)!
    groups[group] = { x: at.x, y: at.y, width: metaNode.width, height: metaNode.height }
    for (const node of nodes) {
      const p = box.positions[node.id] ?? { x: 0, y: 0 }
      positions[node.id] = {
        x: at.x + GROUP_PADDING + p.x - box.bounds.x,
        y: at.y + GROUP_HEADER + p.y - box.bounds.y,
      }
      layers[node.id] = metaLayers.get(group) ?? 0
    }
  }
  return { positions, layers, groups, lanes: [] }
}

/** Like placeLayers, but each layer is as wide as its widest box (group boxes differ in width). */
function placeVariableWidth(graph: LayoutGraph, rows: string[][]): Record<string, Point> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const uniform = placeLayers({ nodes: graph.nodes.map((n) => ({ ...n, width: 0 })), edges: graph.edges }, rows)
  let x = 0
  const positions: Record<string, Point> = {}
  for (const row of rows) {
    let widest = 0
    for (const id of row) {
      positions[id] = { x, y: uniform[id]?.y ?? 0 }
      widest = Math.max(widest, byId.get(id)?.width ?? 0)
    }
    x += widest + LAYER_GAP
  }
  return positions
}

/** Horizontal extent of each lane, from where its nodes ended up. */
export function laneBands(graph: LayoutGraph, positions: Record<string, Point>): Layout['lanes'] {
  const extent = new Map<number, [number, number]>()
  for (const node of graph.nodes) {
    const p = positions[node.id]
    if (!p) continue
    const e = extent.get(node.lane)
    extent.set(node.lane, e ? [Math.min(e[0], p.x), Math.max(e[1], p.x + node.width)] : [p.x, p.x + node.width])
  }
  return [...extent.entries()].sort((a, b) => a[0] - b[0]).map(([lane, [a, b]]) => ({ lane, x: a, width: b - a }))
}

export function boundsOf(nodes: readonly LayoutNode[], positions: Record<string, Point>): Box {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const n of nodes) {
    const p = positions[n.id]
    if (!p) continue
    x0 = Math.min(x0, p.x)
    y0 = Math.min(y0, p.y)
    x1 = Math.max(x1, p.x + n.width)
    y1 = Math.max(y1, p.y + n.height)
  }
  if (x0 === Infinity) return { x: 0, y: 0, width: 0, height: 0 }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

