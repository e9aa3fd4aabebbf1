import { buildLineageIndex, type LineageIndex } from './lineage'
import type { Catalog, DataProduct, Domain, Person, Team, Urn } from './types'

/** Lookups by id over one catalogue snapshot. */
export interface CatalogIndex {
  catalog: Catalog
  product(urn: Urn): DataProduct | undefined
  domain(id: string): Domain | undefined
  team(id: string): Team | undefined
  person(id: string): Person | undefined
  /** Product lineage of the snapshot, built on first use and then shared by every page. */
  lineage(): LineageIndex
}

const cache = new WeakMap<Catalog, CatalogIndex>()

/** Builds (once per snapshot) the lookups every page needs. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = cache.get(catalog)
  if (cached) return cached
  const products = new Map(catalog.products.map((p) => [p.urn, p]))
  const domains = new Map(catalog.domains.map((d) => [d.id, d]))
  const teams = new Map(catalog.teams.map((t) => [t.id, t]))
  const people = new Map(catalog.people.map((p) => [p.id, p]))
  let lineage: LineageIndex | undefined
  const index: CatalogIndex = {
    catalog,
    product: (urn) => products.get(urn),
    domain: (id) => domains.get(id),
    team: (id) => teams.get(id),
    person: (id) => people.get(id),
    lineage: () => (lineage ??= buildLineageIndex(catalog.products)),
  }
  cache.set(catalog, index)
  return index
}
