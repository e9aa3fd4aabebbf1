import { assessCompleteness, describeMissing, type MissingItem } from '../../../model/completeness'
import { columnField, productField, type FieldRef } from '../../../model/product-edits'
import type { DataProduct } from '../../../model/types'

/** One stop of the "document the gaps" walk. */
export type GapStep =
  | { kind: 'description' }
  | { kind: 'owners'; reason: string }
  | { kind: 'column'; outputPortId: string; portName: string; path: string }

export interface GapPlan {
  /** What the owner can fill in here, in the completeness panel's order, one column at a time. */
  steps: GapStep[]
  /** Gaps Tessera cannot fill (contract, SLOs, output ports): said at the end, with where to fix them. */
  elsewhere: MissingItem[]
}

/** The walk through a product's documentation gaps, taken when the walk starts so it does not shift under the owner. */
export function planGaps(product: DataProduct, canWrite: (ref: FieldRef) => boolean = () => true): GapPlan {
  const steps: GapStep[] = []
  const elsewhere: MissingItem[] = []
  const portName = new Map(product.outputPorts.map((p) => [p.id, p.name]))
  for (const item of assessCompleteness(product).missing) {
    switch (item.kind) {
      case 'description':
        if (canWrite(productField('description'))) steps.push({ kind: 'description' })
        else elsewhere.push(item)
        break
      case 'owner':
      case 'product-owner':
        if (canWrite(productField('owners'))) steps.push({ kind: 'owners', reason: describeMissing(item) })
        else elsewhere.push(item)
        break
      case 'undocumented-columns': {
        const writable = item.columns.filter((column) => canWrite(columnField('description', column.outputPortId, column.path)))
        for (const column of writable) {
          steps.push({ kind: 'column', outputPortId: column.outputPortId, portName: portName.get(column.outputPortId) ?? column.outputPortId, path: column.path })
        }
        if (writable.length < item.columns.length) elsewhere.push({ ...item, columns: item.columns.filter((c) => !writable.includes(c)) })
        break
      }
      default:
        elsewhere.push(item)
    }
  }
  return { steps, elsewhere }
}

/** Where a gap Tessera cannot fill is fixed. */
export function whereToFix(item: MissingItem): string {
  switch (item.kind) {
    case 'contract':
      return 'Write a data contract (ODCS or the Data Contract Specification) beside the product’s code, and register it with the catalogue.'
    case 'quality-checks':
      return 'Add quality checks to the data contract (or dbt tests, or the catalogue’s assertions), so the data is held to what the contract promises.'
    case 'slos':
      return 'State service-level objectives (freshness, completeness, availability) in the product’s data contract.'
    case 'output-ports':
      return 'Publish an output port (a table, view, topic, API or file) in the catalogue the product comes from.'
    case 'owner':
    case 'product-owner':
    case 'description':
    case 'undocumented-columns':
      // Only when the backend cannot write them; otherwise they are steps of the walk.
      return `${describeMissing(item)}: fill this in the catalogue the product comes from; Tessera cannot write it there.`
    default:
      return describeMissing(item)
  }
}
