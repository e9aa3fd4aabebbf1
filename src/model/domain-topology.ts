/**
 * The mesh topology between domains, built on {@link domainDependencies}: which domains feed
 * which, rolled up to top-level domains when asked, with each domain's role and weights.
 */
import { domainDependencies, type DomainEdge, type DomainRole } from './domain-rollup'
import { buildDomainTree, effectiveParents, flattenDomainTree } from './domain-tree'
import type { LineageIndex } from './lineage'
import type { DataProduct, Domain } from './types'

/** `all`: every domain on its own; `top-level`: sub-domains merged into their top-level domain. */
export type TopologyGrouping = 'all' | 'top-level'

export interface TopologyNode {
  domainId: string
  role: DomainRole
  /** Product-to-product dependencies leaving this domain for others. */
  outWeight: number
  /** Product-to-product dependencies arriving from other domains. */
  inWeight: number
}

export interface DomainTopology {
  /** Every domain shown (all domains, or top-level ones when grouped), in domain tree order. */
  nodes: TopologyNode[]
  /** Heaviest first, then by `from` and `to`; only between known domains shown as nodes. */
  edges: DomainEdge[]
}

export interface DomainNeighbour {
  domainId: string
  weight: number
}

/** Each domain id mapped to its top-level ancestor (itself for a root), over the cycle-safe tree. */
export function topLevelOf(domains: readonly Domain[]): Map<string, string> {
  const parents = effectiveParents(domains)
  const result = new Map<string, string>()
  for (const id of parents.keys()) {
    let root = id
    // effectiveParents has no cycles, so this ends
    for (let p = parents.get(root); p !== undefined; p = parents.get(root)) root = p
    result.set(id, root)
  }
  return result
}

/**
 * Edges with each end mapped through `groupOf`: edges whose ends map to the same group are
 * dropped, edges with an end that maps to nothing are dropped, and parallel edges are summed.
 * Sorted heaviest first, then by `from` and `to`.
 */
export function rollUpEdges(edges: readonly DomainEdge[], groupOf: (domainId: string) => string | undefined): DomainEdge[] {
  const merged = new Map<string, DomainEdge>()
  for (const edge of edges) {
    const from = groupOf(edge.from)
    const to = groupOf(edge.to)
    if (from === undefined || to === undefined || from === to) continue
    const key = `${from}\u0000${to}`
    const existing = merged.get(key)
    if (existing) existing.weight += edge.weight
    else merged.set(key, { from, to, weight: edge.weight })
  }
  return [...merged.values()].sort((a, b) => b.weight - a.weight || compare(a.from, b.from) || compare(a.to, b.to))
}

/** Role and weights of each id in `ids`, from the edges between them. */
export function topologyNodes(ids: readonly string[], edges: readonly DomainEdge[]): TopologyNode[] {
  const out = new Map<string, number>()
  const into = new Map<string, number>()
  for (const e of edges) {
    out.set(e.from, (out.get(e.from) ?? 0) + e.weight)
    into.set(e.to, (into.get(e.to) ?? 0) + e.weight)
  }
  return ids.map((domainId) => {
    const outWeight = out.get(domainId) ?? 0
    const inWeight = into.get(domainId) ?? 0
    const role: DomainRole =
      outWeight > 0 && inWeight > 0 ? 'both' : outWeight > 0 ? 'provider' : inWeight > 0 ? 'consumer' : 'standalone'
    return { domainId, role, outWeight, inWeight }
  })
}

/**
 * The domain graph of the mesh; products of unknown domains are left out. `lineage`, if given,
 * must be the lineage index of exactly `products` (it saves rebuilding it).
 */
export function domainTopology(
  domains: readonly Domain[],
  products: readonly DataProduct[],
  grouping: TopologyGrouping = 'all',
  lineage?: LineageIndex,
): DomainTopology {
  const order = flattenDomainTree(buildDomainTree(domains))
  const { edges } = domainDependencies(products, [], lineage)
  if (grouping === 'top-level') {
    const top = topLevelOf(domains)
    const ids = order.filter((n) => n.depth === 0).map((n) => n.domain.id)
    const grouped = rollUpEdges(edges, (id) => top.get(id))
    return { nodes: topologyNodes(ids, grouped), edges: grouped }
  }
  const ids = order.map((n) => n.domain.id)
  const known = new Set(ids)
  const kept = rollUpEdges(edges, (id) => (known.has(id) ? id : undefined))
  return { nodes: topologyNodes(ids, kept), edges: kept }
}

/** Domains a domain feeds and is fed by, heaviest first. */
export function domainNeighbours(
  edges: readonly DomainEdge[],
  domainId: string,
): { feeds: DomainNeighbour[]; fedBy: DomainNeighbour[] } {
  const feeds = edges.filter((e) => e.from === domainId).map((e) => ({ domainId: e.to, weight: e.weight }))
  const fedBy = edges.filter((e) => e.to === domainId).map((e) => ({ domainId: e.from, weight: e.weight }))
  return { feeds, fedBy }
}

export const ROLE_LABELS: Record<DomainRole, string> = {
  provider: 'Provider',
  consumer: 'Consumer',
  both: 'Provider and consumer',
  standalone: 'Standalone',
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
