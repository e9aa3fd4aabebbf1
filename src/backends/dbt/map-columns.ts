import { CLASSIFICATIONS, type Classification, type Column } from '../../model/types'
import type { CatalogColumn, ManifestColumn } from './manifest-schema'

const isClassification = (value: unknown): value is Classification => CLASSIFICATIONS.includes(value as Classification)

function piiOf(meta: Record<string, unknown> | null | undefined): boolean | undefined {
  const flag = meta?.contains_pii ?? meta?.pii
  return typeof flag === 'boolean' ? flag : undefined
}

function fromManifest(column: ManifestColumn, required: boolean): Column {
  const classification = column.meta?.classification
  return {
    name: column.name,
    type: column.data_type?.trim() || 'unknown',
    ...(column.description?.trim() ? { description: column.description.trim() } : {}),
    ...(required || column.constraints?.some((c) => c.type === 'not_null') ? { required: true } : {}),
    ...(isClassification(classification) ? { classification } : {}),
    ...(piiOf(column.meta) !== undefined ? { pii: piiOf(column.meta) } : {}),
    ...(column.tags?.length ? { tags: column.tags } : {}),
  }
}

/**
 * Columns of one model: those documented in the manifest, and those the warehouse reported in
 * catalog.json. The catalog wins for types (it is what the warehouse holds) and sets the order;
 * the manifest gives descriptions, tags and constraints. Names match case-insensitively, since
 * some warehouses report them upper-case.
 */
export function mergeColumns(
  documented: readonly ManifestColumn[],
  warehouse: readonly CatalogColumn[] | undefined,
  requiredNames: ReadonlySet<string> = new Set(),
): Column[] {
  const isRequired = (name: string) => requiredNames.has(name.toLowerCase())
  if (!warehouse?.length) return documented.map((c) => fromManifest(c, isRequired(c.name)))
  const byName = new Map(documented.map((c) => [c.name.toLowerCase(), c]))
  const seen = new Set<string>()
  const ordered = [...warehouse].sort((a, b) => (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER))
  const columns: Column[] = ordered.map((actual) => {
    const key = actual.name.toLowerCase()
    seen.add(key)
    const doc = byName.get(key)
    const base = doc ? fromManifest(doc, isRequired(doc.name)) : fromManifest({ name: actual.name }, isRequired(actual.name))
    const description = base.description ?? (actual.comment?.trim() || undefined)
    return { ...base, type: actual.type?.trim() || base.type, ...(description ? { description } : {}) }
  })
  // Documented but absent from the warehouse (renamed, or not built yet): still shown.
  for (const doc of documented) if (!seen.has(doc.name.toLowerCase())) columns.push(fromManifest(doc, isRequired(doc.name)))
  return columns
}
