/**
 * Domain roll-ups for the coverage map: how many products each domain has, of which kinds,
 * and how healthy they are; and which domains feed which.
 */
import { assessCompleteness, hasContract } from './completeness'
import { buildDomainTree, flattenDomainTree } from './domain-tree'
import { buildLineageIndex, type LineageIndex } from './lineage'
import { overallSloStatus } from './slo'
import { LIFECYCLES, PRODUCT_KINDS } from './types'
import type { DataProduct, Domain, Lifecycle, ProductKind } from './types'

/**
 * Counts over a set of products. Retired products are counted in `byLifecycle.retired`
 * only: they no longer cover the business, so they are left out of `productCount`,
 * `byKind` and the health counts, and `productCount` is the denominator for every share.
 */
export interface DomainCounts {
  /** Products that are not retired. */
  productCount: number
  /** Not-retired products per kind; sums to `productCount`. */
  byKind: Record<ProductKind, number>
  /** All products per lifecycle, retired included. */
  byLifecycle: Record<Lifecycle, number>
  /** With at least one owner. */
  owned: number
  /** Whose documentation is complete ({@link assessCompleteness}). */
  documented: number
  /** Whose figure is partial: the columns of some output port were not read, so they cannot count as documented. */
  documentationPartial: number
  /** With a contract on the product or one of its ports ({@link hasContract}). */
  underContract: number
  /** With at least one SLO: the denominator of `slosMet`; the others have "No SLOs", which is neither met nor breached. */
  withSlos: number
  /** Whose SLOs are all met ({@link overallSloStatus} is `met`). */
  slosMet: number
  /** In the active lifecycle. */
  active: number
}

export interface DomainRollup {
  domainId: string
  /** Products whose `domainId` is this domain. */
  own: DomainCounts
  /** This domain and all its sub-domains, at any depth. */
  total: DomainCounts
}

export function emptyCounts(): DomainCounts {
  return {
    productCount: 0,
    byKind: Object.fromEntries(PRODUCT_KINDS.map((k) => [k, 0])) as Record<ProductKind, number>,
    byLifecycle: Object.fromEntries(LIFECYCLES.map((l) => [l, 0])) as Record<Lifecycle, number>,
    owned: 0,
    documented: 0,
    documentationPartial: 0,
    underContract: 0,
    withSlos: 0,
    slosMet: 0,
    active: 0,
  }
}

/** Add one product to `counts` (mutates); see {@link DomainCounts} for the retired rule. */
export function countProduct(counts: DomainCounts, product: DataProduct): void {
  counts.byLifecycle[product.lifecycle] += 1
  if (product.lifecycle === 'retired') return
  counts.productCount += 1
  counts.byKind[product.kind] += 1
  if (product.owners.length > 0) counts.owned += 1
  const completeness = assessCompleteness(product)
  if (completeness.complete) counts.documented += 1
  if (completeness.partial) counts.documentationPartial += 1
  if (hasContract(product)) counts.underContract += 1
  if (product.slos.length > 0) counts.withSlos += 1
  if (overallSloStatus(product.slos) === 'met') counts.slosMet += 1
  if (product.lifecycle === 'active') counts.active += 1
}

function addCounts(into: DomainCounts, from: DomainCounts): void {
  into.productCount += from.productCount
  for (const k of PRODUCT_KINDS) into.byKind[k] += from.byKind[k]
  for (const l of LIFECYCLES) into.byLifecycle[l] += from.byLifecycle[l]
  into.owned += from.owned
  into.documented += from.documented
  into.documentationPartial += from.documentationPartial
  into.underContract += from.underContract
  into.withSlos += from.withSlos
  into.slosMet += from.slosMet
  into.active += from.active
}

/**
 * A roll-up for every domain (empty domains included, with zero counts), keyed by domain id.
 * `total` sums the domain and its sub-domains over the cycle-safe tree of
 * {@link buildDomainTree}. Products whose domain is unknown are not counted anywhere.
 */
export function rollUpDomains(domains: readonly Domain[], products: readonly DataProduct[]): Map<string, DomainRollup> {
  const rollups = new Map<string, DomainRollup>()
  const nodes = flattenDomainTree(buildDomainTree(domains))
  for (const node of nodes) {
    rollups.set(node.domain.id, { domainId: node.domain.id, own: emptyCounts(), total: emptyCounts() })
  }
  for (const product of products) {
    const rollup = rollups.get(product.domainId)
    if (rollup) countProduct(rollup.own, product)
  }
  // pre-order lists parents before children, so walking it backwards finishes each
  // child's total before its parent needs it
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]
    const rollup = node && rollups.get(node.domain.id)
    if (!node || !rollup) continue
    addCounts(rollup.total, rollup.own)
    for (const child of node.children) {
      const childRollup = rollups.get(child.domain.id)
      if (childRollup) addCounts(rollup.total, childRollup.total)
    }
  }
  return rollups
}

/** `count / total` for display as a percentage, or null when there is nothing to divide by. */
export function share(count: number, total: number): number | null {
  return total === 0 ? null : count / total
}

/** Domain `from` provides data that products of domain `to` read. */
export interface DomainEdge {
  from: string
  to: string
  /** Number of distinct (producer, consumer) product pairs between the two domains. */
  weight: number
}

/** provider: only feeds other domains; consumer: only reads from them; standalone: neither. */
export type DomainRole = 'provider' | 'consumer' | 'both' | 'standalone'

export interface DomainDependencies {
  /** Heaviest first, then by `from` and `to`. */
  edges: DomainEdge[]
  /** Role of every domain that has products, plus every domain in `domains` if given. */
  roles: Map<string, DomainRole>
}

/**
 * The mesh topology between domains, from product lineage. A product pair counts once
 * however many ports connect it; pairs within one domain are not edges. All lifecycles count.
 * Pass `index` when the lineage of exactly these products is already built (e.g. per snapshot).
 */
export function domainDependencies(
  products: readonly DataProduct[],
  domains: readonly Domain[] = [],
  index: LineageIndex = buildLineageIndex(products),
): DomainDependencies {
  const domainOf = new Map<string, string>()
  for (const p of products) if (!domainOf.has(p.urn)) domainOf.set(p.urn, p.domainId)

  const weights = new Map<string, DomainEdge>()
  const provides = new Set<string>()
  const consumes = new Set<string>()
  for (const [consumerUrn, consumerDomain] of domainOf) {
    for (const producerUrn of index.upstream(consumerUrn)) {
      const producerDomain = domainOf.get(producerUrn)
      if (producerDomain === undefined || producerDomain === consumerDomain) continue
      const key = `${producerDomain}\u0000${consumerDomain}`
      const edge = weights.get(key)
      if (edge) edge.weight += 1
      else weights.set(key, { from: producerDomain, to: consumerDomain, weight: 1 })
      provides.add(producerDomain)
      consumes.add(consumerDomain)
    }
  }

  const roles = new Map<string, DomainRole>()
  const ids = [...domains.map((d) => d.id), ...domainOf.values()]
  for (const id of ids) {
    if (roles.has(id)) continue
    const p = provides.has(id)
    const c = consumes.has(id)
    roles.set(id, p && c ? 'both' : p ? 'provider' : c ? 'consumer' : 'standalone')
  }

  const edges = [...weights.values()].sort(
    (a, b) => b.weight - a.weight || compare(a.from, b.from) || compare(a.to, b.to),
  )
  return { edges, roles }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A domain's product count as every view shows it: products in use (not retired), sub-domains included. */
export interface DomainProductCount {
  /** Not retired, in the domain or any sub-domain: the number shown. */
  count: number
  /** Of `count`, those in sub-domains. */
  inSubDomains: number
  /** Retired products, domain and sub-domains, left out of `count`. */
  retired: number
}

export function domainProductCount(rollup: DomainRollup | undefined): DomainProductCount {
  if (!rollup) return { count: 0, inSubDomains: 0, retired: 0 }
  return {
    count: rollup.total.productCount,
    inSubDomains: rollup.total.productCount - rollup.own.productCount,
    retired: rollup.total.byLifecycle.retired,
  }
}

/** "12 products (3 in sub-domains; 2 retired not counted)": the count and what it includes, in words. */
export function productCountText({ count, inSubDomains, retired }: DomainProductCount): string {
  const notes = [
    ...(inSubDomains > 0 ? [`${inSubDomains} in sub-domains`] : []),
    ...(retired > 0 ? [`${retired} retired not counted`] : []),
  ]
  return `${count} ${count === 1 ? 'product' : 'products'}${notes.length ? ` (${notes.join('; ')})` : ''}`
}
