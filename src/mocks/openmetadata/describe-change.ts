/**
 * The `changeDescription` OpenMetadata records when an entity changes, for the emulation: prose
 * fields as they were and are, lists as what was added and deleted (JSON strings, as the server's
 * `JsonUtils.pojoToJson` writes them), column fields as `columns.{name}.{field}`.
 */
export interface FieldChange {
  name: string
  oldValue?: unknown
  newValue?: unknown
}

export interface ChangeDescription {
  fieldsAdded: FieldChange[]
  fieldsUpdated: FieldChange[]
  fieldsDeleted: FieldChange[]
  previousVersion: number
}

type Json = Record<string, unknown>

/** Fields the server maintains itself, never part of a change. */
const BOOKKEEPING = new Set(['id', 'version', 'updatedAt', 'updatedBy', 'changeDescription', 'incrementalChangeDescription', 'href', 'fullyQualifiedName'])
/** List fields whose items are compared by identity, recorded as added and deleted items. */
const KEYED_LISTS: Record<string, (item: Json) => string> = {
  tags: (t) => String(t.tagFQN),
  owners: (r) => String(r.id),
  experts: (r) => String(r.id),
  assets: (r) => String(r.id),
  domains: (r) => String(r.id),
  followers: (r) => String(r.id),
}

/** OpenMetadata quotes a name holding a dot when it builds a field path. */
const quoted = (name: string) => (name.includes('.') ? `"${name}"` : name)
const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function recordValue(change: ChangeDescription, name: string, before: unknown, after: unknown) {
  if (same(before, after) || (isEmpty(before) && isEmpty(after))) return
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))
  if (isEmpty(before)) change.fieldsAdded.push({ name, newValue: text(after) })
  else if (isEmpty(after)) change.fieldsDeleted.push({ name, oldValue: text(before) })
  else change.fieldsUpdated.push({ name, oldValue: text(before), newValue: text(after) })
}

function recordList(change: ChangeDescription, name: string, key: (item: Json) => string, before: Json[], after: Json[]) {
  const was = new Set(before.map(key))
  const is = new Set(after.map(key))
  const added = after.filter((item) => !was.has(key(item)))
  const deleted = before.filter((item) => !is.has(key(item)))
  if (added.length) change.fieldsAdded.push({ name, newValue: JSON.stringify(added) })
  if (deleted.length) change.fieldsDeleted.push({ name, oldValue: JSON.stringify(deleted) })
}

/** Columns matched by name, nested fields included; a column's path names only its own name, as OpenMetadata's does. */
function recordColumns(change: ChangeDescription, before: Json[], after: Json[]) {
  for (const column of after) {
    const old = before.find((c) => c.name === column.name)
    if (!old) continue
    const path = `columns.${quoted(String(column.name))}`
    recordValue(change, `${path}.description`, old.description, column.description)
    recordList(change, `${path}.tags`, KEYED_LISTS.tags!, (old.tags as Json[] | undefined) ?? [], (column.tags as Json[] | undefined) ?? [])
    recordColumns(change, (old.children as Json[] | undefined) ?? [], (column.children as Json[] | undefined) ?? [])
  }
  recordList(change, 'columns', (c) => String(c.name), before, after)
}

export function describeChange(before: Json, after: Json): ChangeDescription {
  const change: ChangeDescription = { fieldsAdded: [], fieldsUpdated: [], fieldsDeleted: [], previousVersion: before.version as number }
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (BOOKKEEPING.has(name)) continue
    if (name === 'columns') recordColumns(change, (before.columns as Json[] | undefined) ?? [], (after.columns as Json[] | undefined) ?? [])
    else if (KEYED_LISTS[name]) recordList(change, name, KEYED_LISTS[name], (before[name] as Json[] | undefined) ?? [], (after[name] as Json[] | undefined) ?? [])
    else recordValue(change, name, before[name], after[name])
  }
  return change
}

export const changesAnything = (change: ChangeDescription) => change.fieldsAdded.length + change.fieldsUpdated.length + change.fieldsDeleted.length > 0
