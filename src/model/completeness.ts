/**
 * How well a product documents itself: what is missing, and a score for sorting and badges.
 */
import { allChecks } from './trust-summary'
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
  /** Under contract, but nothing checks the data: no quality check, promised or monitored. */
  | { kind: 'quality-checks' }
  | { kind: 'slos' }
  /** No output port: nothing a consumer could read. */
  | { kind: 'output-ports' }

/** The parts a completeness score is made of, in the order the panel lists them. */
export const COMPLETENESS_PARTS = ['description', 'ownership', 'columns', 'contract', 'slos', 'outputPorts'] as const
export type CompletenessPartId = (typeof COMPLETENESS_PARTS)[number]

/** One part of the score: what it is worth, what the product earns, and its gap if any. */
export interface CompletenessPart {
  id: CompletenessPartId
  /** Points out of 100, from {@link COMPLETENESS_WEIGHTS}. */
  weight: number
  earned: number
  missing?: MissingItem
  /** The columns were not read (the backend's listing leaves them out): the part is left out of the score. */
  unread?: true
}

export interface Completeness {
  /**
   * 0..1, weighted as in {@link COMPLETENESS_WEIGHTS}; exactly 1 when nothing is missing. When
   * `partial`, the share of the parts that could be judged (the columns part left out).
   */
  score: number
  /** Gaps in a fixed order: description, owner, columns, contract (or its checks), SLOs, output ports. */
  missing: MissingItem[]
  /** Nothing is missing and every part could be judged: the product counts as documented. */
  complete: boolean
  parts: CompletenessPart[]
  /** Set when the columns of some output port were not read, so the score leaves them out. */
  partial?: { unreadPorts: string[] }
}

/**
 * Points (out of 100) each part is worth. The description and owners are what a reader
 * needs first; column documentation counts in proportion to the columns documented;
 * having owners but no product owner earns half the ownership points, and a contract no
 * quality check holds the data to earns half the contract points. A product without
 * output ports earns neither the output-port nor the column points: it has no schema to document.
 */
export const COMPLETENESS_WEIGHTS: Record<CompletenessPartId, number> = {
  description: 25,
  ownership: 20,
  columns: 20,
  contract: 15,
  slos: 10,
  outputPorts: 10,
}

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

const assessed = new WeakMap<DataProduct, Completeness>()

/**
 * The one measure of how well a product documents itself, used by every view that shows a
 * documentation figure or a "documented" badge; see {@link COMPLETENESS_WEIGHTS}. Products are
 * not mutated once read, so the answer is kept per product object.
 */
export function assessCompleteness(product: DataProduct): Completeness {
  let result = assessed.get(product)
  if (!result) {
    result = assess(product)
    assessed.set(product, result)
  }
  return result
}

function assess(product: DataProduct): Completeness {
  const w = COMPLETENESS_WEIGHTS
  const parts: CompletenessPart[] = []
  const part = (id: CompletenessPartId, earned: number, missing?: MissingItem) =>
    parts.push({ id, weight: w[id], earned, ...(missing ? { missing } : {}) })

  if (hasText(product.description)) part('description', w.description)
  else part('description', 0, { kind: 'description' })

  if (product.owners.length === 0) part('ownership', 0, { kind: 'owner' })
  else if (!product.owners.some((o) => o.role === 'product-owner')) part('ownership', w.ownership / 2, { kind: 'product-owner' })
  else part('ownership', w.ownership)

  const unreadPorts = product.outputPorts.filter((p) => p.columnsUnread).map((p) => p.id)
  const columns = allColumns(product)
  const undocumented = columns.filter(({ column }) => !hasText(column.description))
  const columnGap: MissingItem | undefined =
    undocumented.length > 0
      ? { kind: 'undocumented-columns', columns: undocumented.map(({ outputPortId, path }) => ({ outputPortId, path })) }
      : undefined
  const columnPoints =
    product.outputPorts.length === 0 ? 0 : columns.length === 0 ? w.columns : (w.columns * (columns.length - undocumented.length)) / columns.length
  if (unreadPorts.length > 0 && !columnGap) parts.push({ id: 'columns', weight: w.columns, earned: 0, unread: true })
  else part('columns', columnPoints, columnGap)

  // A contract no check holds the data to is half a promise.
  if (!hasContract(product)) part('contract', 0, { kind: 'contract' })
  else if (allChecks(product).length === 0) part('contract', w.contract / 2, { kind: 'quality-checks' })
  else part('contract', w.contract)

  if (product.slos.length > 0) part('slos', w.slos)
  else part('slos', 0, { kind: 'slos' })

  if (product.outputPorts.length > 0) part('outputPorts', w.outputPorts)
  else part('outputPorts', 0, { kind: 'output-ports' })

  const missing = parts.flatMap((p) => (p.missing ? [p.missing] : []))
  const judged = parts.filter((p) => !p.unread)
  const points = judged.reduce((sum, p) => sum + p.earned, 0)
  const possible = judged.reduce((sum, p) => sum + p.weight, 0)
  const partial = unreadPorts.length > 0
  const score = missing.length === 0 ? 1 : points / possible
  return { score, missing, complete: missing.length === 0 && !partial, parts, ...(partial ? { partial: { unreadPorts } } : {}) }
}

/** The score as a whole percentage, as every view shows it. */
export function completenessPercent(completeness: Completeness): number {
  return Math.round(completeness.score * 100)
}

/** Documented: the completeness of {@link assessCompleteness} is whole and nothing was left unread. */
export function isDocumented(product: DataProduct): boolean {
  return assessCompleteness(product).complete
}

/**
 * The points a gap costs, out of 100: the part it belongs to, less what the part earns. Missing
 * output ports cost their own points and the column points (no schema to document); a subset
 * of a product's undocumented columns costs its share of the column points.
 */
export function gapPoints(completeness: Completeness, item: MissingItem): number {
  const lost = (id: CompletenessPartId) => {
    const part = completeness.parts.find((p) => p.id === id)
    return part && !part.unread ? part.weight - part.earned : 0
  }
  switch (item.kind) {
    case 'description':
      return lost('description')
    case 'owner':
    case 'product-owner':
      return lost('ownership')
    case 'undocumented-columns': {
      const all = completeness.missing.find((m) => m.kind === 'undocumented-columns')
      const total = all?.kind === 'undocumented-columns' ? all.columns.length : 0
      return total === 0 ? 0 : (lost('columns') * Math.min(item.columns.length, total)) / total
    }
    case 'contract':
    case 'quality-checks':
      return lost('contract')
    case 'slos':
      return lost('slos')
    case 'output-ports':
      return lost('outputPorts') + lost('columns')
  }
}

/** Why a figure is partial, in words, or undefined when it is not. */
export function partialReason(completeness: Completeness): string | undefined {
  const n = completeness.partial?.unreadPorts.length
  if (!n) return undefined
  return `the catalogue listing does not include the columns of ${n === 1 ? '1 output port' : `${n} output ports`}, so they are not counted; the product page reads them`
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
    case 'quality-checks':
      return 'No quality checks'
    case 'slos':
      return 'No service-level objectives'
    case 'output-ports':
      return 'No output port'
  }
}
