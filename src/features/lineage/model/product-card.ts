/** What a node shows of a product at a glance, resolved once per product and snapshot. */
import type { CatalogIndex } from '../../../model/catalog-index'
import { hasContract } from '../../../model/completeness'
import { kindLabel } from '../../../model/product-queries'
import { overallSloStatus, type OverallSloStatus } from '../../../model/slo'
import type { Catalog, Lifecycle, ProductKind, Urn } from '../../../model/types'

export interface ProductCard {
  urn: Urn
  title: string
  kind: ProductKind
  kindLabel: string
  domainId: string
  domainName: string
  /** The product owner's team or person, else the first owner listed. */
  owner?: string
  lifecycle: Lifecycle
  slo: OverallSloStatus
  contract: boolean
}

const cards = new WeakMap<Catalog, Map<Urn, ProductCard>>()

export function productCard(catalog: CatalogIndex, urn: Urn): ProductCard | undefined {
  let cache = cards.get(catalog.catalog)
  if (!cache) cards.set(catalog.catalog, (cache = new Map()))
  const hit = cache.get(urn)
  if (hit) return hit
  const product = catalog.product(urn)
  if (!product) return undefined
  const lead = product.owners.find((o) => o.role === 'product-owner') ?? product.owners[0]
  const owner = lead && ((lead.teamId && (catalog.team(lead.teamId)?.name ?? lead.teamId)) || (lead.personId && (catalog.person(lead.personId)?.name ?? lead.personId)))
  const card: ProductCard = {
    urn,
    title: product.title || product.name || urn,
    kind: product.kind,
    kindLabel: kindLabel(product.kind),
    domainId: product.domainId,
    domainName: catalog.domain(product.domainId)?.name ?? product.domainId,
    ...(owner ? { owner } : {}),
    lifecycle: product.lifecycle,
    slo: overallSloStatus(product.slos),
    contract: hasContract(product),
  }
  cache.set(urn, card)
  return card
}
