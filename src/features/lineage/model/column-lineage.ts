/**
 * Column-level lineage: which column of which product is derived from which columns upstream.
 * Read from products' `columnLineage`; an upstream reference without a port resolves to the
 * first output port of that product having the column.
 */
import type { Column, DataProduct, OutputPort, Urn } from '../../../model/types'
import type { ColumnRef } from './view-state'

export interface ColumnLink {
  from: ColumnRef
  to: ColumnRef
}

export interface ColumnLineageIndex {
  links: readonly ColumnLink[]
  /** Links touching a product, as producer or consumer. */
  linksOf(urn: Urn): readonly ColumnLink[]
  upstream(ref: ColumnRef): readonly ColumnRef[]
  downstream(ref: ColumnRef): readonly ColumnRef[]
}

export const columnKey = (ref: ColumnRef) => `${ref.urn}\u0000${ref.port}\u0000${ref.column}`

export function buildColumnLineage(products: readonly DataProduct[], product: (urn: Urn) => DataProduct | undefined): ColumnLineageIndex {
  const links: ColumnLink[] = []
  const byProduct = new Map<Urn, ColumnLink[]>()
  const up = new Map<string, ColumnRef[]>()
  const down = new Map<string, ColumnRef[]>()
  const seen = new Set<string>()
  for (const p of products) {
    for (const entry of p.columnLineage ?? []) {
      const to: ColumnRef = { urn: p.urn, port: entry.outputPortId, column: entry.column }
      for (const f of entry.from) {
        const from: ColumnRef = { urn: f.productUrn, port: f.outputPortId ?? portHolding(product(f.productUrn), f.column), column: f.column }
        const key = `${columnKey(from)}\u0001${columnKey(to)}`
        if (seen.has(key) || from.urn === to.urn) continue
        seen.add(key)
        const link = { from, to }
        links.push(link)
        add(byProduct, from.urn, link)
        add(byProduct, to.urn, link)
        add(up, columnKey(to), from)
        add(down, columnKey(from), to)
      }
    }
  }
  return {
    links,
    linksOf: (urn) => byProduct.get(urn) ?? [],
    upstream: (ref) => up.get(columnKey(ref)) ?? [],
    downstream: (ref) => down.get(columnKey(ref)) ?? [],
  }
}

function portHolding(product: DataProduct | undefined, column: string): string {
  if (!product) return ''
  return (product.outputPorts.find((port) => port.columns.some((c) => c.name === column)) ?? product.outputPorts[0])?.id ?? ''
}

/** The columns `ref` is derived from and the columns derived from it, transitively, `ref` included. */
export function traceColumns(index: ColumnLineageIndex, ref: ColumnRef): Set<string> {
  const found = new Set<string>([columnKey(ref)])
  for (const next of [index.upstream, index.downstream]) {
    const queue = [ref]
    while (queue.length > 0) {
      for (const other of next(queue.pop()!)) {
        const key = columnKey(other)
        if (found.has(key)) continue
        found.add(key)
        queue.push(other)
      }
    }
  }
  return found
}

export interface PortColumns {
  port: OutputPort
  columns: Column[]
}

export const MAX_COLUMNS_SHOWN = 40

/**
 * The columns a node lists when expanded, port by port, top-level only: columns with lineage
 * first when there are more than fit, then the rest, up to `MAX_COLUMNS_SHOWN` in all.
 */
export function columnsToShow(product: DataProduct, index: ColumnLineageIndex): { ports: PortColumns[]; omitted: number } {
  const linked = new Set<string>()
  for (const l of index.linksOf(product.urn)) {
    const mine = l.to.urn === product.urn ? l.to : l.from
    linked.add(`${mine.port}\u0000${mine.column}`)
  }
  const total = product.outputPorts.reduce((n, p) => n + p.columns.length, 0)
  let budget = MAX_COLUMNS_SHOWN
  const keep = new Set<Column>()
  if (total > MAX_COLUMNS_SHOWN) {
    for (const port of product.outputPorts) {
      for (const c of port.columns) {
        if (budget > 0 && linked.has(`${port.id}\u0000${c.name}`)) {
          keep.add(c)
          budget--
        }
      }
    }
  }
  for (const port of product.outputPorts) {
    for (const c of port.columns) {
      if (budget > 0 && !keep.has(c)) {
        keep.add(c)
        budget--
      }
    }
  }
  const ports = product.outputPorts
    .map((port) => ({ port, columns: port.columns.filter((c) => keep.has(c)) }))
    .filter((p) => p.columns.length > 0)
  return { ports, omitted: total - keep.size }
}

function add<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
