import type { ColumnLineage, InputPort } from '../../model/types'
import { refKey, splitFqn } from './map-openmetadata'
import { productUrn } from './map-products'
import type { WireLineage } from './openmetadata-wire'

export interface LineageContext {
  /** FQNs of the assets that make up the product itself: lineage among them is not an input. */
  ownAssets: ReadonlySet<string>
  /** The Tessera product an upstream asset belongs to; `undefined` makes it an external input. */
  productOf: (fqn: string, type: string) => string | undefined
}

/** In "table" mode every upstream table is a product of its own. */
export const tableProductOf = (fqn: string, type: string) => (type === 'table' ? productUrn('table', fqn) : undefined)

/** The direct upstream neighbours of a lineage answer, as input ports. */
export function upstreamInputs(lineage: WireLineage, { ownAssets, productOf }: LineageContext): InputPort[] {
  const nodes = new Map([lineage.entity, ...(lineage.nodes ?? [])].map((n) => [n.id, n]))
  const ports: InputPort[] = []
  for (const edge of lineage.upstreamEdges ?? []) {
    if (edge.toEntity !== lineage.entity.id) continue
    const node = nodes.get(edge.fromEntity)
    if (!node || node.deleted) continue
    const fqn = refKey(node)
    if (ownAssets.has(fqn)) continue
    const product = productOf(fqn, node.type)
    ports.push(product ? { kind: 'product', productUrn: product, outputPortId: fqn } : { kind: 'external', name: fqn, system: `OpenMetadata ${node.type}` })
  }
  return ports
}

/** A column's path within its table (`shipping.city`), or `undefined` when the column is not the table's. */
export function localColumn(tableFqn: string, columnFqn: string): string | undefined {
  const table = splitFqn(tableFqn)
  const column = splitFqn(columnFqn)
  if (column.length <= table.length || table.some((part, i) => column[i] !== part)) return undefined
  return column.slice(table.length).join('.')
}

/**
 * Column-to-column lineage into the lineage answer's table from upstream tables that belong to a
 * product (`lineageDetails.columnsLineage`). Edges from sources outside the catalogue, from the
 * product's own assets, or naming columns of other tables are left out.
 */
export function upstreamColumnLineage(lineage: WireLineage, { ownAssets, productOf }: LineageContext): ColumnLineage[] {
  const nodes = new Map([lineage.entity, ...(lineage.nodes ?? [])].map((n) => [n.id, n]))
  const target = refKey(lineage.entity)
  const byColumn = new Map<string, ColumnLineage>()
  for (const edge of lineage.upstreamEdges ?? []) {
    if (edge.toEntity !== lineage.entity.id) continue
    const node = nodes.get(edge.fromEntity)
    if (!node || node.deleted) continue
    const source = refKey(node)
    const product = ownAssets.has(source) ? undefined : productOf(source, node.type)
    if (!product) continue
    for (const entry of edge.lineageDetails?.columnsLineage ?? []) {
      const column = entry.toColumn ? localColumn(target, entry.toColumn) : undefined
      if (!column) continue
      const from = (entry.fromColumns ?? []).flatMap((fqn) => {
        const name = localColumn(source, fqn)
        return name ? [{ productUrn: product, outputPortId: source, column: name }] : []
      })
      if (!from.length) continue
      const existing = byColumn.get(column)
      if (existing) existing.from.push(...from)
      else byColumn.set(column, { outputPortId: target, column, from })
    }
  }
  return [...byColumn.values()]
}
