import type { ColumnLineage, InputPort, Urn } from '../../model/types'
import { refKey, splitFqn } from './map-openmetadata'
import { productUrn } from './map-products'
import type { WireLineage, WireLineageEdge, WireRef } from './openmetadata-wire'

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

/** An edge's column mappings between two tables, as local column paths; mappings naming other tables' columns are dropped. */
function columnEdges(edge: WireLineageEdge, target: string, source: string, producer: Urn): ColumnLineage[] {
  return (edge.lineageDetails?.columnsLineage ?? []).flatMap((mapping) => {
    const column = mapping.toColumn ? localColumn(target, mapping.toColumn) : undefined
    const from = (mapping.fromColumns ?? []).flatMap((fqn) => {
      const name = localColumn(source, fqn)
      return name ? [{ productUrn: producer, outputPortId: source, column: name }] : []
    })
    return column && from.length ? [{ outputPortId: target, column, from }] : []
  })
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
    for (const { column, from } of columnEdges(edge, target, source, product)) {
      const existing = byColumn.get(column)
      if (existing) existing.from.push(...from)
      else byColumn.set(column, { outputPortId: target, column, from })
    }
  }
  return [...byColumn.values()]
}

/** Several lineage answers as one graph: nodes by id, each edge once (its column lineage joined). */
export interface LineageGraph {
  nodes: ReadonlyMap<string, WireRef>
  edges: readonly WireLineageEdge[]
}

export function joinLineage(answers: readonly WireLineage[]): LineageGraph {
  const nodes = new Map<string, WireRef>()
  const edges = new Map<string, WireLineageEdge>()
  for (const answer of answers) {
    for (const node of [answer.entity, ...(answer.nodes ?? [])]) if (!nodes.has(node.id)) nodes.set(node.id, node)
    for (const edge of [...(answer.upstreamEdges ?? []), ...(answer.downstreamEdges ?? [])]) {
      const key = `${edge.fromEntity}>${edge.toEntity}`
      const seen = edges.get(key)
      const columns = [...(seen?.lineageDetails?.columnsLineage ?? []), ...(edge.lineageDetails?.columnsLineage ?? [])]
      edges.set(key, { ...edge, ...(columns.length ? { lineageDetails: { columnsLineage: columns } } : {}) })
    }
  }
  return { nodes, edges: [...edges.values()] }
}

export interface ProductLinks {
  inputs: InputPort[]
  columns: ColumnLineage[]
}

/**
 * Every edge of a lineage graph that ends in a product's asset, as that product's inputs and column
 * lineage: from another product (by the asset it reads, its output port) or from a source outside the
 * catalogue. Edges inside one product, touching deleted entities, or ending in an asset no product
 * holds are left out; each input is listed once, and column edges only between products.
 */
export function productLinks(graph: LineageGraph, productOf: (fqn: string, type: string) => Urn | undefined): Map<Urn, ProductLinks> {
  const links = new Map<Urn, ProductLinks & { seen: Set<string>; byColumn: Map<string, ColumnLineage> }>()
  for (const edge of graph.edges) {
    const from = graph.nodes.get(edge.fromEntity)
    const to = graph.nodes.get(edge.toEntity)
    if (!from || !to || from.deleted || to.deleted) continue
    const target = refKey(to)
    const reader = productOf(target, to.type)
    if (!reader) continue
    const source = refKey(from)
    const producer = productOf(source, from.type)
    if (producer === reader) continue
    let entry = links.get(reader)
    if (!entry) links.set(reader, (entry = { inputs: [], columns: [], seen: new Set(), byColumn: new Map() }))
    const key = producer ? `p:${producer}:${source}` : `e:${source}`
    if (!entry.seen.has(key)) {
      entry.seen.add(key)
      entry.inputs.push(producer ? { kind: 'product', productUrn: producer, outputPortId: source } : { kind: 'external', name: source, system: `OpenMetadata ${from.type}` })
    }
    if (!producer) continue
    for (const { column, from: sources } of columnEdges(edge, target, source, producer)) {
      const columnKey = `${target}\u0000${column}`
      const existing = entry.byColumn.get(columnKey)
      if (existing) existing.from.push(...sources.filter((s) => !existing.from.some((f) => f.outputPortId === s.outputPortId && f.column === s.column)))
      else {
        const lineage = { outputPortId: target, column, from: sources }
        entry.byColumn.set(columnKey, lineage)
        entry.columns.push(lineage)
      }
    }
  }
  return new Map([...links].map(([urn, { inputs, columns }]) => [urn, { inputs, columns }]))
}
