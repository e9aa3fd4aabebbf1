import { descendantIds } from './domain-tree'
import type { Catalog, Urn } from './types'

export const FOLLOW_KINDS = ['product', 'domain'] as const

/** A product (by URN) or a domain (by id, sub-domains included) someone follows. */
export interface FollowTarget {
  kind: (typeof FOLLOW_KINDS)[number]
  id: string
}

export interface Follow extends FollowTarget {
  /** When the follow began: changes before it are not listed. */
  since: string
}

export const sameTarget = (a: FollowTarget, b: FollowTarget) => a.kind === b.kind && a.id === b.id

/** Adds or removes a follow; following what is already followed keeps the first `since`. */
export function setFollow(follows: readonly Follow[], target: FollowTarget, following: boolean, at: string): Follow[] {
  const rest = follows.filter((f) => !sameTarget(f, target))
  if (!following) return rest
  const existing = follows.find((f) => sameTarget(f, target))
  return [...rest, existing ?? { kind: target.kind, id: target.id, since: at }]
}

/**
 * The products the follows cover, each with the earliest time it has been followed since:
 * followed directly, or in a followed domain or one of its sub-domains.
 */
export function followedProducts(follows: readonly Follow[], catalog: Pick<Catalog, 'domains' | 'products'>): Map<Urn, string> {
  const since = new Map<Urn, string>()
  const note = (urn: Urn, at: string) => {
    const was = since.get(urn)
    if (was === undefined || at < was) since.set(urn, at)
  }
  for (const follow of follows) {
    if (follow.kind === 'product') {
      note(follow.id, follow.since)
      continue
    }
    const domains = new Set([follow.id, ...descendantIds(catalog.domains, follow.id)])
    for (const product of catalog.products) if (domains.has(product.domainId)) note(product.urn, follow.since)
  }
  return since
}
