/**
 * What the home page shows, computed from one catalogue snapshot with the model's own
 * definitions (completeness, domain counts), so each figure matches the page it links to.
 */
import type { CatalogIndex } from '../../../model/catalog-index'
import { assessCompleteness, type Completeness } from '../../../model/completeness'
import { countProduct, domainProductCount, emptyCounts, rollUpDomains, type DomainCounts, type DomainProductCount } from '../../../model/domain-rollup'
import { productsOwnedByPerson, type PersonProduct } from '../../../model/product-queries'
import type { DataProduct, Domain, Person } from '../../../model/types'

/** The whole mesh counted the way the coverage map counts a domain (retired products left out). */
export function meshCounts(products: readonly DataProduct[]): DomainCounts {
  const counts = emptyCounts()
  for (const product of products) countProduct(counts, product)
  return counts
}

const time = (iso: string) => {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? -Infinity : t
}

/** The products changed most recently, newest first; retired ones and unreadable dates last. */
export function recentlyChanged(products: readonly DataProduct[], limit: number): DataProduct[] {
  return products
    .filter((p) => p.lifecycle !== 'retired' && time(p.updatedAt) > -Infinity)
    .sort((a, b) => time(b.updatedAt) - time(a.updatedAt) || a.title.localeCompare(b.title))
    .slice(0, limit)
}

export interface TagCount {
  tag: string
  count: number
}

/** Tags by how many products carry them, most first, then by name. */
export function popularTags(products: readonly DataProduct[], limit: number): TagCount[] {
  const counts = new Map<string, number>()
  for (const product of products) {
    for (const tag of new Set(product.tags)) {
      const name = tag.trim()
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  return [...counts.entries()]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .slice(0, limit)
}

export interface DependedOn {
  product: DataProduct
  /** Products reading it directly. */
  consumers: number
}

/** The products most other products read from (direct consumers in the lineage), at least one each. */
export function mostDependedOn(index: CatalogIndex, limit: number): DependedOn[] {
  const lineage = index.lineage()
  return index.catalog.products
    .filter((p) => p.lifecycle !== 'retired')
    .map((product) => ({ product, consumers: lineage.downstream(product.urn).length }))
    .filter((entry) => entry.consumers > 0)
    .sort((a, b) => b.consumers - a.consumers || a.product.title.localeCompare(b.product.title))
    .slice(0, limit)
}

export interface OwnedProduct extends PersonProduct {
  completeness: Completeness
}

/** What a person answers for, the least complete documentation first (ties by title). */
export function ownedByWorstGaps(index: CatalogIndex, personId: string): OwnedProduct[] {
  return productsOwnedByPerson(index.catalog.products, personId, index.catalog.teams)
    .filter(({ product }) => product.lifecycle !== 'retired')
    .map((entry) => ({ ...entry, completeness: assessCompleteness(entry.product) }))
    .sort((a, b) => a.completeness.score - b.completeness.score || a.product.title.localeCompare(b.product.title))
}

export interface OwnedDomain {
  domain: Domain
  /** The domain and its sub-domains, as on the coverage map. */
  counts: DomainCounts
  /** Its product count as the domain pages say it. */
  productCount: DomainProductCount
}

/** Domains owned by a team the person is in, each with its roll-up, in catalogue order. */
export function domainsOwnedBy(index: CatalogIndex, person: Person): OwnedDomain[] {
  const teams = new Set(person.teamIds)
  const owned = index.catalog.domains.filter((d) => d.ownerTeamId !== undefined && teams.has(d.ownerTeamId))
  if (owned.length === 0) return []
  const rollups = rollUpDomains(index.catalog.domains, index.catalog.products)
  return owned.map((domain) => {
    const rollup = rollups.get(domain.id)
    return { domain, counts: rollup?.total ?? emptyCounts(), productCount: domainProductCount(rollup) }
  })
}
