import { placeIncrementally, resizeInPlace } from './incremental-layout'
import { layoutLanes } from './lane-layout'
import type { Layout, LayoutEngine, LayoutGraph } from './layout-types'

/**
 * ELK is opt-in: in Chromium on a 2-core machine it took 0.3-0.8 s for 11 nodes, 3.5 s for the
 * 85-product demo mesh and about a minute at 500, where the lane layout takes 1-4 ms, 200 ms at
 * 2,000 nodes. Above this many nodes it is not offered at all.
 */
export const ELK_NODE_LIMIT = 300

export interface LayoutRequest {
  /**
   * The view as it grew: `steps[0]` is laid out from scratch, each later graph is placed
   * incrementally on the one before, so nodes already shown keep their place. Replaying the
   * same steps gives the same picture, which is what makes a reloaded URL look the same.
   */
  steps: LayoutGraph[]
  /** Heights that differ from the steps' (nodes showing their columns), applied last without moving nodes sideways. */
  heights?: Record<string, number>
  engine: LayoutEngine | 'auto'
}

export interface LayoutResult {
  layout: Layout
  engine: LayoutEngine
  /** Time spent laying out, in the worker. */
  ms: number
  cached: boolean
}

/** Remembers the last few from-scratch layouts, the expensive part, by graph content. */
export class LayoutCache {
  private readonly entries = new Map<string, Layout>()
  constructor(private readonly size = 12) {}
  get(key: string): Layout | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }
  set(key: string, layout: Layout): void {
    this.entries.set(key, layout)
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
  }
}

/** ELK only when asked for, without grouping (domain boxes use the lane layout) and below the size limit. */
export function chooseEngine(graph: LayoutGraph, requested: LayoutRequest['engine']): LayoutEngine {
  const grouped = graph.nodes.some((n) => n.group !== undefined)
  return requested === 'elk' && !grouped && graph.nodes.length <= ELK_NODE_LIMIT ? 'elk' : 'lanes'
}

export interface LayoutDeps {
  cache?: LayoutCache
  /** The ELK layout, present only in the worker that loads ELK. */
  elk?: (graph: LayoutGraph) => Promise<Layout>
  now?: () => number
}

export async function runLayout(request: LayoutRequest, { cache = new LayoutCache(), elk, now = () => performance.now() }: LayoutDeps = {}): Promise<LayoutResult> {
  const started = now()
  const [first, ...rest] = request.steps
  if (!first) return { layout: { positions: {}, layers: {}, groups: {}, lanes: [] }, engine: 'lanes', ms: 0, cached: false }
  const grouped = first.nodes.some((n) => n.group !== undefined)
  const engine = elk ? chooseEngine(first, request.engine) : 'lanes'

  if (grouped) {
    const last = withHeights(request.steps[request.steps.length - 1]!, request.heights)
    const key = `${engine}|${graphKey(last)}`
    const hit = cache.get(key)
    const layout = hit ?? layoutLanes(last)
    if (!hit) cache.set(key, layout)
    return { layout, engine, ms: now() - started, cached: !!hit }
  }

  const key = `${engine}|${graphKey(first)}`
  const hit = cache.get(key)
  let layout = hit ?? (engine === 'elk' && elk ? await elk(first) : layoutLanes(first))
  if (!hit) cache.set(key, layout)
  for (const step of rest) layout = placeIncrementally(step, layout)
  if (request.heights && Object.keys(request.heights).length > 0) {
    layout = resizeInPlace(layout, withHeights(request.steps[request.steps.length - 1]!, request.heights))
  }
  return { layout, engine, ms: now() - started, cached: !!hit && rest.length === 0 }
}

function withHeights(graph: LayoutGraph, heights: Record<string, number> | undefined): LayoutGraph {
  if (!heights) return graph
  return { nodes: graph.nodes.map((n) => (heights[n.id] === undefined ? n : { ...n, height: heights[n.id]! })), edges: graph.edges }
}

function graphKey(graph: LayoutGraph): string {
  const nodes = graph.nodes.map((n) => `${n.id}\u0001${n.lane}\u0001${n.width}\u0001${n.height}\u0001${n.group ?? ''}`).join('\u0002')
  const edges = graph.edges.map((e) => `${e.source}\u0001${e.target}`).join('\u0002')
  return `${nodes}\u0003${edges}`
}
