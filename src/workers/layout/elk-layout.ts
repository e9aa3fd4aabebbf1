/**
 * ELK `layered` for small, detailed graphs: better crossing reduction and straighter edges
 * than the lane layout, but seconds at a few thousand nodes, so only used below a size limit.
 * Lanes become ELK partitions, so kinds still read left to right.
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import { layerStep, laneBands } from './lane-layout'
import { LAYER_GAP, NODE_GAP, type Layout, type LayoutGraph, type Point } from './layout-types'

let elk: InstanceType<typeof ELK> | undefined

export async function layoutWithElk(graph: LayoutGraph): Promise<Layout> {
  elk ??= new ELK()
  const ids = new Set(graph.nodes.map((n) => n.id))
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': String(NODE_GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: graph.nodes.map((n) => ({
      id: n.id,
      width: n.width,
      height: n.height,
      layoutOptions: { 'elk.partitioning.partition': String(n.lane) },
    })),
    edges: graph.edges
      .filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target))
      .map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
  })
  // ELK's layers become layer indices, so later incremental placement speaks the same units.
  const xs = [...new Set((result.children ?? []).map((c) => Math.round(c.x ?? 0)))].sort((a, b) => a - b)
  const layerOfX = new Map(xs.map((x, i) => [x, i]))
  const step = layerStep(graph)
  const positions: Record<string, Point> = {}
  const layers: Record<string, number> = {}
  for (const child of result.children ?? []) {
    const layer = layerOfX.get(Math.round(child.x ?? 0)) ?? 0
    layers[child.id] = layer
    positions[child.id] = { x: layer * step, y: child.y ?? 0 }
  }
  return { positions, layers, groups: {}, lanes: laneBands(graph, positions) }
}
