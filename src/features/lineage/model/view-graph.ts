/**
 * The graph the lineage view draws: product nodes, collapsed-domain nodes, and edges between
 * them. Built from the catalogue's lineage index; pure, so it is tested without React.
 */
import type { LineageEdge, LineageIndex } from '../../../model/lineage'
import { traverseLineage } from '../../../model/lineage'
import { PRODUCT_KINDS, type DataProduct, type ProductKind, type Urn } from '../../../model/types'
import type { Expansion, ExpandDirection } from './view-state'

export interface ProductViewNode {
  type: 'product'
  id: Urn
  domainId: string
  lane: number
}

export interface DomainViewNode {
  type: 'domain'
  /** `domain:ID`. */
  id: string
  domainId: string
  lane: number
  productCount: number
  byKind: Record<ProductKind, number>
}

export type ViewNode = ProductViewNode | DomainViewNode

export interface ViewEdge {
  /** `source->target`. */
  id: string
  source: string
  target: string
  /** Producer output ports read along this edge, when known (product edges only). */
  outputPortIds: string[]
  /** How many product-to-product edges this edge stands for (more than one between domains). */
  count: number
}

export interface ViewGraph {
  nodes: ViewNode[]
  edges: ViewEdge[]
  /** Links between collapsed domains left out because they stand for fewer product links than the ones kept. */
  weakLinksHidden?: { count: number; below: number }
}

export interface LineageSource {
  index: LineageIndex
  product(urn: Urn): DataProduct | undefined
  products: readonly DataProduct[]
}

export interface Filters {
  domains: readonly string[]
  kinds: readonly ProductKind[]
}

export const laneOf = (kind: ProductKind) => PRODUCT_KINDS.indexOf(kind)
export const domainNodeId = (domainId: string) => `domain:${domainId}`
export const edgeId = (source: string, target: string) => `${source}->${target}`

function passes(product: DataProduct, filters: Filters): boolean {
  return (
    (filters.domains.length === 0 || filters.domains.includes(product.domainId)) &&
    (filters.kinds.length === 0 || filters.kinds.includes(product.kind))
  )
}

const productNode = (p: DataProduct): ProductViewNode => ({ type: 'product', id: p.urn, domainId: p.domainId, lane: laneOf(p.kind) })

export interface FocusGraph {
  graph: ViewGraph
  /** The graph as it grew, one entry per expansion that added nodes; the last is `graph`. */
  steps: ViewGraph[]
  /** Expansions that applied (their node was on screen when their turn came). */
  applied: Expansion[]
  /** Products of the neighbourhood the filters hide. */
  hidden: number
}

/**
 * The focus product, its neighbourhood `up` hops upstream and `down` hops downstream, then each
 * expansion in order (an expansion adds all direct neighbours of its node in its direction, and
 * is skipped when its node is not shown). Filters hide products but never the focus.
 */
export function buildFocusGraph(
  source: LineageSource,
  focus: Urn,
  options: { up: number; down: number; expansions: readonly Expansion[]; filters: Filters },
): FocusGraph {
  const shown: Urn[] = [focus]
  const inView = new Set<Urn>(shown)
  const add = (urn: Urn) => {
    if (inView.has(urn) || !source.product(urn)) return false
    inView.add(urn)
    shown.push(urn)
    return true
  }
  for (const hop of traverseLineage(source.index, focus, { direction: 'upstream', depth: options.up })) add(hop.urn)
  for (const hop of traverseLineage(source.index, focus, { direction: 'downstream', depth: options.down })) add(hop.urn)

  const cuts = [shown.length]
  const applied: Expansion[] = []
  for (const expansion of options.expansions) {
    if (!inView.has(expansion.urn)) continue
    applied.push(expansion)
    let grew = false
    for (const next of neighbours(source.index, expansion.urn, expansion.direction)) grew = add(next) || grew
    if (grew) cuts.push(shown.length)
  }

  const visible = (urn: Urn) => {
    const p = source.product(urn)
    return !!p && (urn === focus || passes(p, options.filters))
  }
  const hidden = shown.filter((urn) => !visible(urn)).length
  const ports = portsByPair(source.index)
  const steps = cuts.map((cut) => {
    const urns = shown.slice(0, cut).filter(visible)
    return productGraph(source, urns, ports)
  })
  return { graph: steps[steps.length - 1]!, steps, applied, hidden }
}

export function neighbours(index: LineageIndex, urn: Urn, direction: ExpandDirection): readonly Urn[] {
  return direction === 'up' ? index.upstream(urn) : index.downstream(urn)
}

function productGraph(source: LineageSource, urns: readonly Urn[], ports: Map<string, string[]>): ViewGraph {
  const set = new Set(urns)
  const nodes = urns.map((urn) => productNode(source.product(urn)!))
  const edges: ViewEdge[] = []
  for (const to of urns) {
    for (const from of source.index.upstream(to)) {
      if (!set.has(from)) continue
      edges.push({ id: edgeId(from, to), source: from, target: to, outputPortIds: ports.get(pairKey(from, to)) ?? [], count: 1 })
    }
  }
  return { nodes, edges }
}

const portCache = new WeakMap<LineageIndex, Map<string, string[]>>()

function portsByPair(index: LineageIndex): Map<string, string[]> {
  const cached = portCache.get(index)
  if (cached) return cached
  const map = new Map<string, string[]>()
  for (const e of index.edges) {
    if (!e.outputPortId) continue
    const key = pairKey(e.from, e.to)
    const list = map.get(key)
    if (list) list.push(e.outputPortId)
    else map.set(key, [e.outputPortId])
  }
  portCache.set(index, map)
  return map
}

const pairKey = (from: string, to: string) => `${from}\u0000${to}`

/**
 * Every product passing the filters. Products of domains in `open` (or all, with `'all'`) are
 * nodes of their own; the rest of each domain collapses into one node counting its products,
 * and edges between collapsed domains merge into one counted edge per direction.
 */
export function buildMeshGraph(source: LineageSource, options: { open: readonly string[] | 'all'; filters: Filters }): ViewGraph {
  const open = options.open === 'all' ? undefined : new Set(options.open)
  const nodeOf = new Map<Urn, string>()
  const nodes: ViewNode[] = []
  const domains = new Map<string, DomainViewNode & { laneSum: number }>()
  for (const p of source.products) {
    if (!passes(p, options.filters)) continue
    if (!open || open.has(p.domainId)) {
      nodes.push(productNode(p))
      nodeOf.set(p.urn, p.urn)
      continue
    }
    let domain = domains.get(p.domainId)
    if (!domain) {
      domain = {
        type: 'domain',
        id: domainNodeId(p.domainId),
        domainId: p.domainId,
        lane: 0,
        productCount: 0,
        byKind: { 'source-aligned': 0, aggregate: 0, 'consumer-aligned': 0 },
        laneSum: 0,
      }
      domains.set(p.domainId, domain)
    }
    domain.productCount++
    domain.byKind[p.kind]++
    domain.laneSum += laneOf(p.kind)
    nodeOf.set(p.urn, domain.id)
  }
  // With products on screen a domain sits in the lane of its typical kind; with none, domains
  // share one lane and are layered by which feeds which.
  const mixed = nodes.length > 0
  for (const { laneSum, ...domain } of domains.values()) {
    nodes.push({ ...domain, lane: mixed ? Math.round(laneSum / domain.productCount) : 0 })
  }
  const merged = mergeEdges(source.index.edges, nodeOf)
  return { nodes, ...keepStrongDomainLinks(merged, domains.size) }
}

/**
 * Collapsed domains of a big mesh can be linked every which way (thousands of links between a
 * few hundred domains), which reads as a hairball and pans slowly. Keep the links standing for
 * the most product links, about four per domain node, and say how many were left out.
 */
export function keepStrongDomainLinks(edges: ViewEdge[], domainNodes: number): Pick<ViewGraph, 'edges' | 'weakLinksHidden'> {
  const budget = Math.max(60, 4 * domainNodes)
  const domainLinks = edges.filter((e) => e.source.startsWith('domain:') || e.target.startsWith('domain:'))
  if (domainLinks.length <= budget) return { edges }
  const ranked = [...domainLinks].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
  const floor = ranked[budget - 1]!.count
  // Keep whole strength levels: every link as strong as the weakest one kept stays, unless
  // that level alone is over the budget, in which case only stronger ones stay.
  const keepFrom = ranked.filter((e) => e.count >= floor).length <= budget * 1.5 ? floor : floor + 1
  const weak = new Set(domainLinks.filter((e) => e.count < keepFrom).map((e) => e.id))
  if (weak.size === 0) return { edges }
  return { edges: edges.filter((e) => !weak.has(e.id)), weakLinksHidden: { count: weak.size, below: keepFrom } }
}

function mergeEdges(edges: readonly LineageEdge[], nodeOf: ReadonlyMap<Urn, string>): ViewEdge[] {
  const merged = new Map<string, ViewEdge & { pairs: Set<string> }>()
  for (const e of edges) {
    const source = nodeOf.get(e.from)
    const target = nodeOf.get(e.to)
    if (source === undefined || target === undefined || source === target) continue
    const id = edgeId(source, target)
    let edge = merged.get(id)
    if (!edge) {
      edge = { id, source, target, outputPortIds: [], count: 0, pairs: new Set() }
      merged.set(id, edge)
    }
    const pair = pairKey(e.from, e.to)
    if (!edge.pairs.has(pair)) {
      edge.pairs.add(pair)
      edge.count++
    }
    if (e.outputPortId && source === e.from && target === e.to) edge.outputPortIds.push(e.outputPortId)
  }
  return [...merged.values()].map(({ pairs: _pairs, ...edge }) => edge)
}

/** How many direct neighbours of `urn` in `direction` are not on screen (but would pass the filters). */
export function hiddenNeighbourCount(
  source: LineageSource,
  urn: Urn,
  direction: ExpandDirection,
  shown: ReadonlySet<string>,
  filters: Filters,
): number {
  let count = 0
  for (const n of neighbours(source.index, urn, direction)) {
    const p = source.product(n)
    if (p && !shown.has(n) && passes(p, filters)) count++
  }
  return count
}

const MAX_MESH_STEPS = 24

/**
 * The whole-mesh graph as it grew: all domains collapsed, then opened one at a time in the
 * order the user opened them, so opening a domain places its products without moving the rest.
 */
export function buildMeshSteps(source: LineageSource, options: { open: readonly string[] | 'all'; filters: Filters }): ViewGraph[] {
  const final = buildMeshGraph(source, options)
  if (options.open === 'all' || options.open.length === 0 || options.open.length > MAX_MESH_STEPS) return [final]
  const steps: ViewGraph[] = []
  for (let i = 0; i < options.open.length; i++) steps.push(buildMeshGraph(source, { ...options, open: options.open.slice(0, i) }))
  steps.push(final)
  return steps
}
