/**
 * The documentation an owner can change, addressed field by field: reading a field's value,
 * turning edits into the API's change set, and applying a change set to a product. The demo
 * server and the client's optimistic update apply changes with the same function.
 */
import { roleLabel } from './product-queries'
import { CLASSIFICATIONS, OWNER_ROLES, type Classification, type Column, type DataProduct, type EditableProductFields, type Link, type Owner, type ProductChange } from './types'

export type ProductFieldName = 'description' | 'tags' | 'glossaryTerms' | 'owners' | 'links'
export type ColumnFieldName = 'description' | 'tags' | 'classification'

/** One editable field: a product-level field, or one field of one column of one output port. */
export type FieldRef =
  | { kind: 'product'; field: ProductFieldName }
  | { kind: 'column'; field: ColumnFieldName; outputPortId: string; column: string }

/** A field's value: text, a list of words, owners, links, or a classification (`null` for none). */
export type FieldValue = string | string[] | Owner[] | Link[] | Classification | null

/** A new value for one field. */
export interface FieldEdit {
  ref: FieldRef
  value: FieldValue
}

export const productField = (field: ProductFieldName): FieldRef => ({ kind: 'product', field })
export const columnField = (field: ColumnFieldName, outputPortId: string, column: string): FieldRef => ({ kind: 'column', field, outputPortId, column })

/**
 * A stable key for a field, also the name history uses for it: `description`, `tags`, …,
 * `columns.{port}.{path}` for a column's description, `#tags` / `#classification` appended for its others.
 */
export function fieldKey(ref: FieldRef): string {
  if (ref.kind === 'product') return ref.field
  const base = `columns.${ref.outputPortId}.${ref.column}`
  return ref.field === 'description' ? base : `${base}#${ref.field}`
}

/** Reads a history field name back into a reference; `undefined` for a name Tessera does not know. */
export function parseFieldKey(key: string): FieldRef | undefined {
  if (key === 'description' || key === 'tags' || key === 'glossaryTerms' || key === 'owners' || key === 'links') return productField(key)
  const match = /^columns\.([^.]+)\.([^#]+)(?:#(tags|classification))?$/.exec(key)
  if (!match) return undefined
  const [, port, column, suffix] = match
  return columnField((suffix as ColumnFieldName | undefined) ?? 'description', port!, column!)
}

/** The column at a dotted path (`device.os`), nested fields included. */
export function findColumn(columns: readonly Column[], path: string): Column | undefined {
  let found: Column | undefined
  let level: readonly Column[] = columns
  for (const name of path.split('.')) {
    found = level.find((c) => c.name === name)
    if (!found) return undefined
    level = found.fields ?? []
  }
  return found
}

/** A field's value in `product`; `undefined` when the column (or its port) is not there. */
export function readField(product: DataProduct, ref: FieldRef): FieldValue | undefined {
  if (ref.kind === 'product') return product[ref.field] ?? (ref.field === 'description' ? '' : [])
  const port = product.outputPorts.find((p) => p.id === ref.outputPortId)
  const column = port ? findColumn(port.columns, ref.column) : undefined
  if (!column) return undefined
  switch (ref.field) {
    case 'description':
      return column.description ?? ''
    case 'tags':
      return column.tags ?? []
    case 'classification':
      return column.classification ?? null
  }
}

// Keys sorted, so `{ role, teamId }` and `{ teamId, role }` compare equal.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** Whether two field values are the same, whatever the key order of objects in them. */
export const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined): boolean => canonical(a) === canonical(b)

/** The key of the change set a field is written under. */
export function changeKeyOf(ref: FieldRef): keyof EditableProductFields {
  if (ref.kind === 'product') return ref.field
  return ref.field === 'description' ? 'columnDescriptions' : ref.field === 'tags' ? 'columnTags' : 'columnClassifications'
}

/** Whether a backend that writes only `editableFields` (all, when absent) can save `ref`. */
export const isWritable = (ref: FieldRef, editableFields: readonly (keyof EditableProductFields)[] | undefined): boolean =>
  editableFields === undefined || editableFields.includes(changeKeyOf(ref))

/** The change set the API takes for `edits`; a later edit of the same field wins. */
export function toChanges(edits: readonly FieldEdit[]): Partial<EditableProductFields> {
  const changes: Partial<EditableProductFields> = {}
  const columns = new Map<string, FieldEdit & { ref: Extract<FieldRef, { kind: 'column' }> }>()
  for (const edit of edits) {
    const { ref, value } = edit
    if (ref.kind === 'column') {
      columns.set(fieldKey(ref), { ref, value })
      continue
    }
    if (ref.field === 'description') changes.description = value as string
    else if (ref.field === 'owners') changes.owners = value as Owner[]
    else if (ref.field === 'links') changes.links = value as Link[]
    else changes[ref.field] = value as string[]
  }
  for (const { ref, value } of columns.values()) {
    const where = { outputPortId: ref.outputPortId, column: ref.column }
    if (ref.field === 'description') (changes.columnDescriptions ??= []).push({ ...where, description: value as string })
    else if (ref.field === 'tags') (changes.columnTags ??= []).push({ ...where, tags: value as string[] })
    else (changes.columnClassifications ??= []).push({ ...where, classification: value as Classification | null })
  }
  return changes
}

/** The edits a change set makes, field by field (the inverse of {@link toChanges}). */
export function fromChanges(changes: Partial<EditableProductFields>): FieldEdit[] {
  const edits: FieldEdit[] = []
  for (const field of ['description', 'tags', 'glossaryTerms', 'owners', 'links'] as const) {
    const value = changes[field]
    if (value !== undefined) edits.push({ ref: productField(field), value })
  }
  for (const c of changes.columnDescriptions ?? []) edits.push({ ref: columnField('description', c.outputPortId, c.column), value: c.description })
  for (const c of changes.columnTags ?? []) edits.push({ ref: columnField('tags', c.outputPortId, c.column), value: c.tags })
  for (const c of changes.columnClassifications ?? []) edits.push({ ref: columnField('classification', c.outputPortId, c.column), value: c.classification })
  return edits
}

/** Names for owners in history text; ids are shown when a name is unknown. */
export interface NameLookup {
  team?: (id: string) => string | undefined
  person?: (id: string) => string | undefined
}

const ownerText = (owner: Owner, names: NameLookup): string => {
  const who = [
    owner.personId !== undefined ? (names.person?.(owner.personId) ?? owner.personId) : undefined,
    owner.teamId !== undefined ? `${names.team?.(owner.teamId) ?? owner.teamId} (team)` : undefined,
  ].filter(Boolean)
  return `${OWNER_ROLES.includes(owner.role) ? roleLabel(owner.role) : owner.role}: ${who.join(', ')}`
}

/** A field's value as history shows it: text as is, lists one item per line. */
export function displayValue(ref: FieldRef, value: FieldValue | undefined, names: NameLookup = {}): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (ref.kind === 'product' && ref.field === 'owners') return (value as Owner[]).map((o) => ownerText(o, names)).join('\n')
  if (ref.kind === 'product' && ref.field === 'links') return (value as Link[]).map((l) => (l.label ? `${l.label} <${l.url}>` : l.url)).join('\n')
  return (value as string[]).join('\n')
}

function withColumn(columns: Column[], path: string[], change: (column: Column) => Column): Column[] | undefined {
  const [head, ...rest] = path
  const index = columns.findIndex((c) => c.name === head)
  const column = columns[index]
  if (!column) return undefined
  let next: Column
  if (rest.length === 0) next = change(column)
  else {
    const fields = withColumn(column.fields ?? [], rest, change)
    if (!fields) return undefined
    next = { ...column, fields }
  }
  return columns.map((c, i) => (i === index ? next : c))
}

function setColumnField(column: Column, field: ColumnFieldName, value: FieldValue): Column {
  const next = { ...column }
  if (field === 'description') next.description = value as string
  else if (field === 'tags') next.tags = value as string[]
  else if (value === null || !CLASSIFICATIONS.includes(value as Classification)) delete next.classification
  else next.classification = value as Classification
  return next
}

/** A product with one field set; unchanged when the field's column is not there. */
export function applyEdit(product: DataProduct, { ref, value }: FieldEdit): DataProduct {
  if (ref.kind === 'product') return { ...product, [ref.field]: value }
  return {
    ...product,
    outputPorts: product.outputPorts.map((port) => {
      if (port.id !== ref.outputPortId) return port
      const columns = withColumn(port.columns, ref.column.split('.'), (column) => setColumnField(column, ref.field, value))
      return columns ? { ...port, columns } : port
    }),
  }
}

/**
 * `product` with `changes` applied, and per field the value before and after as history shows
 * it. Fields whose value does not change, and columns that do not exist, are left out of the diff.
 */
export function applyChanges(product: DataProduct, changes: Partial<EditableProductFields>, names: NameLookup = {}): { product: DataProduct; diff: ProductChange['diff'] } {
  const diff: ProductChange['diff'] = []
  let next = product
  for (const edit of fromChanges(changes)) {
    const before = readField(next, edit.ref)
    if (before === undefined) continue
    next = applyEdit(next, edit)
    if (!sameValue(before, edit.value)) {
      diff.push({ field: fieldKey(edit.ref), before: displayValue(edit.ref, before, names), after: displayValue(edit.ref, edit.value, names) })
    }
  }
  return { product: next, diff }
}

const PRODUCT_FIELD_LABELS: Record<ProductFieldName, string> = {
  description: 'Description',
  tags: 'Tags',
  glossaryTerms: 'Glossary terms',
  owners: 'Owners',
  links: 'Links',
}

/** A field's name for people: "Description", "Column device.os: tags". */
export function fieldLabel(ref: FieldRef): string {
  if (ref.kind === 'product') return PRODUCT_FIELD_LABELS[ref.field]
  return ref.field === 'description' ? `Column ${ref.column}` : `Column ${ref.column}: ${ref.field}`
}

/** Fields as a short phrase: "Description, tags and 2 column descriptions". */
export function summariseFields(refs: readonly FieldRef[]): string {
  const parts: string[] = []
  for (const ref of refs) if (ref.kind === 'product') parts.push(PRODUCT_FIELD_LABELS[ref.field])
  const columns = refs.filter((r) => r.kind === 'column')
  const counts = (['description', 'tags', 'classification'] as const).map((field) => [field, columns.filter((c) => c.field === field).length] as const)
  const nouns = { description: ['column description', 'column descriptions'], tags: ['column’s tags', 'columns’ tags'], classification: ['column classification', 'column classifications'] }
  for (const [field, count] of counts) {
    if (count === 1) parts.push(`1 ${nouns[field][0]}`)
    else if (count > 1) parts.push(`${count.toLocaleString()} ${nouns[field][1]}`)
  }
  const words = parts.map((part, i) => (i === 0 ? part : part.charAt(0).toLowerCase() + part.slice(1)))
  if (words.length <= 1) return words[0] ?? 'Nothing'
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
