/**
 * "What breaks if this changes": every product downstream of one product, at any distance,
 * with who to tell. Computed on the whole catalogue, not only what the graph shows.
 */
import type { CatalogIndex } from '../../../model/catalog-index'
import { traverseLineage } from '../../../model/lineage'
import { productOwners } from '../../../model/product-queries'
import type { Lifecycle, ProductKind, Urn } from '../../../model/types'

export interface ImpactRow {
  urn: Urn
  title: string
  kind: ProductKind
  lifecycle: Lifecycle
  domain: string
  /** Hops from the changed product: 1 reads it directly. */
  distance: number
  /** Owning teams and people, product owner first, each once. */
  owners: string[]
}

export function impactList(catalog: CatalogIndex, urn: Urn): ImpactRow[] {
  const { teams, people } = catalog.catalog
  const rows: ImpactRow[] = []
  for (const hop of traverseLineage(catalog.lineage(), urn, { direction: 'downstream', depth: Infinity })) {
    const product = catalog.product(hop.urn)
    if (!product) continue
    const owners = productOwners(product, teams, people).flatMap((o) => [
      o.team?.name ?? o.teamId,
      o.person?.name ?? o.personId,
    ])
    rows.push({
      urn: product.urn,
      title: product.title,
      kind: product.kind,
      lifecycle: product.lifecycle,
      domain: catalog.domain(product.domainId)?.name ?? product.domainId,
      distance: hop.distance,
      owners: [...new Set(owners.filter((o): o is string => !!o))],
    })
  }
  return rows
}

const CSV_HEADER = ['Product', 'URN', 'Kind', 'Lifecycle', 'Domain', 'Distance', 'Owners']

/** RFC 4180 CSV; cells a spreadsheet would run as a formula are prefixed with `'`. */
export function impactCsv(rows: readonly ImpactRow[]): string {
  const lines = [CSV_HEADER, ...rows.map((r) => [r.title, r.urn, r.kind, r.lifecycle, r.domain, String(r.distance), r.owners.join('; ')])]
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
