import { descendantIds, effectiveParents } from './domain-tree'
import type { FacetFilters, FacetValue } from './search/search-types'
import type { Domain } from './types'

/**
 * A domain filter as a search server must receive it: each domain selected with its sub-domains at
 * any depth, as the domain page counts "with sub-domains". Other filters are left as they are.
 */
export function withSubDomains(filters: FacetFilters, domains: readonly Domain[]): FacetFilters {
  const selected = filters.domain ?? []
  if (selected.length === 0) return filters
  return { ...filters, domain: [...new Set(selected.flatMap((id) => [id, ...descendantIds(domains, id)]))] }
}

/**
 * A domain facet a server counted per product's own domain, rolled up: each domain counts its own
 * products and those of its sub-domains (a product sits in one domain, so the sums are exact), and a
 * parent with none of its own still appears. Values the domain list does not know stay as counted.
 */
export function rollUpDomainFacet(values: readonly FacetValue[], domains: readonly Domain[]): FacetValue[] {
  const parents = effectiveParents(domains)
  const names = new Map(domains.map((d) => [d.id, d.name]))
  const counts = new Map<string, FacetValue>()
  for (const value of values) {
    counts.set(value.value, { ...value, count: (counts.get(value.value)?.count ?? 0) + value.count })
    for (let parent = parents.get(value.value); parent !== undefined; parent = parents.get(parent)) {
      const current = counts.get(parent)
      counts.set(parent, { value: parent, label: current?.label ?? names.get(parent) ?? parent, count: (current?.count ?? 0) + value.count })
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

/** Ancestors of a domain, nearest first: a product in a sub-domain is in each of them too. */
export function ancestorIds(parents: ReadonlyMap<string, string | undefined>, id: string): string[] {
  const ids: string[] = []
  for (let parent = parents.get(id); parent !== undefined && !ids.includes(parent); parent = parents.get(parent)) ids.push(parent)
  return ids
}
