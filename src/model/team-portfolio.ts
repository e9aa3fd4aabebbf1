/**
 * What a team owns, laid out for its page: products grouped by domain and kind, with the
 * health counts a reader scans first.
 */
import type { CatalogIndex } from './catalog-index'
import { countProduct, emptyCounts, type DomainCounts } from './domain-rollup'
import { productsOwnedByTeam } from './product-queries'
import { PRODUCT_KINDS } from './types'
import type { DataProduct, Domain, ProductKind } from './types'

export interface PortfolioKindGroup {
  kind: ProductKind
  products: DataProduct[]
}

export interface PortfolioDomainGroup {
  domainId: string
  /** Absent when the products name a domain the catalogue does not have. */
  domain?: Domain
  kinds: PortfolioKindGroup[]
}

export interface TeamPortfolio {
  /** Domains by name (unknown ones last, by id); kinds in the mesh's order; products by title. */
  groups: PortfolioDomainGroup[]
  /** Health over the products, with the retired rule of {@link DomainCounts}. */
  counts: DomainCounts
  /** Every product owned, retired included. */
  total: number
}

const byTitle = (a: DataProduct, b: DataProduct) => a.title.localeCompare(b.title)

/** The products `teamId` owns in any role, grouped and counted. */
export function teamPortfolio(index: CatalogIndex, teamId: string): TeamPortfolio {
  const products = productsOwnedByTeam(index.catalog.products, teamId)
  const counts = emptyCounts()
  const byDomain = new Map<string, DataProduct[]>()
  for (const product of products) {
    countProduct(counts, product)
    byDomain.set(product.domainId, [...(byDomain.get(product.domainId) ?? []), product])
  }
  const groups = [...byDomain.entries()]
    .map(([domainId, list]): PortfolioDomainGroup => {
      const kinds = PRODUCT_KINDS.map((kind) => ({ kind, products: list.filter((p) => p.kind === kind).sort(byTitle) })).filter(
        (group) => group.products.length > 0,
      )
      const domain = index.domain(domainId)
      return domain ? { domainId, domain, kinds } : { domainId, kinds }
    })
    .sort((a, b) => {
      if (!a.domain !== !b.domain) return a.domain ? -1 : 1
      return (a.domain?.name ?? a.domainId).localeCompare(b.domain?.name ?? b.domainId)
    })
  return { groups, counts, total: products.length }
}
