/**
 * How well a product documents itself: what is missing, and a score for sorting and badges.
 */
import type { Column, DataProduct } from './types'

export interface UndocumentedColumn {
  outputPortId: string
  /** Dotted path through nested fields, e.g. `device.os`. */
  path: string
}

/** One gap in a product's documentation. */
export type MissingItem =
  | { kind: 'description' }
  /** Has owners, but none with the product-owner role. */
  | { kind: 'product-owner' }
  /** No owners at all (then `product-owner` is not reported too). */
  | { kind: 'owner' }
  | { kind: 'undocumented-columns'; columns: UndocumentedColumn[] }
  | { kind: 'contract' }
  | { kind: 'slos' }
  /** No output port: nothing a consumer could read. */
  | { kind: 'output-ports' }

export interface Completeness {
  /** 0..1, weighted as in {@link COMPLETENESS_WEIGHTS}; exactly 1 when nothing is missing. */
  score: number
  /** Gaps in a fixed order: description, owner, columns, contract, SLOs, output ports. */
  missing: MissingItem[]
  complete: boolean
}

/**
 * Points (out of 100) each check is worth. The description and owners are what a reader
 * needs first; column documentation counts in proportion to the columns documented;
 * having owners but no product owner earns half the ownership points. A product without
 * output ports earns neither the output-port nor the column points: it has no schema to document.
 */
export const COMPLETENESS_WEIGHTS = {
  description: 25,
  ownership: 20,
  columns: 20,
  contract: 15,
  slos: 10,
  outputPorts: 10,
} as const

/** True when `text` has something other than whitespace. */
export function hasText(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== ''
}

/** A product is under contract when it, or any of its output ports, names a contract. */
export function hasContract(product: DataProduct): boolean {
  return product.contract !== undefined || product.outputPorts.some((p) => p.contractId !== undefined)
}

/**
 * Every column of every output port, nested fields included, as `{ outputPortId, path,
 * column }`, depth-first in schema order.
 */
export function allColumns(product: DataProduct): (UndocumentedColumn & { column: Column })[] {
  const result: (UndocumentedColumn & { column: Column })[] = []
  for (const port of product.outputPorts) {
    // explicit stack: schemas from outside may nest deeply
    const stack: { column: Column; path: string }[] = port.columns
      .map((column) => ({ column, path: column.name }))
      .reverse()
    for (let next = stack.pop(); next; next = stack.pop()) {
      const { column, path } = next
      result.push({ outputPortId: port.id, path, column })
      const nested = (column.fields ?? []).map((field) => ({ column: field, path: `${path}.${field.name}` }))
      stack.push(...nested.reverse())
    }
  }
  return result
}

/** Columns (nested fields included) whose description is absent or only whitespace. */
export function undocumentedColumns(product: DataProduct): UndocumentedColumn[] {
  return allColumns(product)
    .filter(({ column }) => !hasText(column.description))
    .map(({ outputPortId, path }) => ({ outputPortId, path }))
}

/** What a product's documentation lacks, and a weighted score; see {@link COMPLETENESS_WEIGHTS}. */
export function assessCompleteness(product: DataProduct): Completeness {
  const w = COMPLETENESS_WEIGHTS
  const missing: MissingItem[] = []
  let points = 0

  if (hasText(product.description)) points += w.description
  else missing.push({ kind: 'description' })

  if (product.owners.length === 0) missing.push({ kind: 'owner' })
  else if (!product.owners.some((o) => o.role === 'product-owner')) {
    missing.push({ kind: 'product-owner' })
    points += w.ownership / 2
  } else points += w.ownership

  const columns = allColumns(product)
  const undocumented = columns.filter(({ column }) => !hasText(column.description))
  if (undocumented.length > 0) {
    missing.push({
      kind: 'undocumented-columns',
      columns: undocumented.map(({ outputPortId, path }) => ({ outputPortId, path })),
    })
  }
  if (product.outputPorts.length > 0) {
    points += columns.length === 0 ? w.columns : (w.columns * (columns.length - undocumented.length)) / columns.length
  }

  if (hasContract(product)) points += w.contract
  else missing.push({ kind: 'contract' })

  if (product.slos.length > 0) points += w.slos
  else missing.push({ kind: 'slos' })

  if (product.outputPorts.length > 0) points += w.outputPorts
  else missing.push({ kind: 'output-ports' })

  const complete = missing.length === 0
  return { score: complete ? 1 : points / 100, missing, complete }
}

/**
 * Described for a reader when the description is present (not blank) and every column,
 * nested fields included, has a description. Contract, owners and SLOs do not count here.
 */
export function isDocumented(product: DataProduct): boolean {
  if (!hasText(product.description)) return false
  // called for every product by the coverage roll-ups: walk without building paths, stop at the first gap
  for (const port of product.outputPorts) {
    const stack: Column[] = [...port.columns]
    for (let column = stack.pop(); column; column = stack.pop()) {
      if (!hasText(column.description)) return false
      if (column.fields) stack.push(...column.fields)
    }
  }
  return true
}

/** A short sentence for a gap, e.g. "3 columns have no description". */
export function describeMissing(item: MissingItem): string {
  switch (item.kind) {
    case 'description':
      return 'No description'
    case 'product-owner':
      return 'No product owner'
    case 'owner':
      return 'No owner'
    case 'undocumented-columns':
      return item.columns.length === 1
        ? '1 column has no description'
        : `${item.columns.length} columns have no description`
    case 'contract':
      return 'No data contract'
    case 'slos':
      return 'No service-level objectives'
    case 'output-ports':
      return 'No output port'
  }
}
