import { roleLabel } from '../../model/product-queries'
import type { OwnerRole, ProductChange } from '../../model/types'
import { splitFqn, toRevision } from './map-openmetadata'
import type { WireEntityVersion, WireFieldChange } from './openmetadata-wire'

/**
 * OpenMetadata's version history as Tessera's change history. Each version's `changeDescription`
 * names the fields it added, updated and deleted, with values serialised as JSON strings; they
 * become field names people read and before/after text. A version's revision is its version × 10,
 * the same number the product carries, so "revision 4" means version 0.4 everywhere.
 */

const PRODUCT_FIELDS: Record<string, string> = {
  description: 'description',
  owners: 'owners',
  owner: 'owners',
  experts: 'owners',
  displayName: 'Title',
  domain: 'Domain',
  domains: 'Domain',
  assets: 'Assets',
  lifecycleStage: 'Lifecycle stage',
  sla: 'Service levels',
  inputPorts: 'Input ports',
  outputPorts: 'Output ports',
  consumesFrom: 'Consumes from',
  columns: 'Columns',
  tableConstraints: 'Table constraints',
  tableType: 'Table type',
  extension: 'Custom properties',
  style: 'Colour and icon',
  deleted: 'Deleted',
  retentionPeriod: 'Retention period',
  reviewers: 'Reviewers',
}

const COLUMN_FIELDS: Record<string, string> = {
  description: 'description',
  displayName: 'display name',
  tags: 'tags',
  constraint: 'constraint',
  dataType: 'data type',
  dataTypeDisplay: 'data type',
  dataLength: 'length',
  arrayDataType: 'array item type',
  precision: 'precision',
  scale: 'scale',
  ordinalPosition: 'position',
  children: 'nested fields',
  jsonSchema: 'JSON schema',
  extension: 'custom properties',
}

/** Fields whose values are prose, shown as written rather than read as JSON. */
const PROSE = new Set(['description', 'displayName'])

const humanise = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

interface FieldName {
  /** What history calls the field: Tessera's own key where there is one (`description`, `tags`), else a label. */
  field: string
  prose: boolean
  labels: boolean
}

/** `columns.order_id.description` → "Column order_id", `columns.order_id.tags` → "Column order_id: tags"; nested columns keep their path. */
export function historyFieldName(name: string): FieldName {
  const [head, ...rest] = splitFqn(name)
  if (head === 'columns' && rest.length > 0) {
    const last = rest.at(-1)!
    const sub = rest.length > 1 && Object.hasOwn(COLUMN_FIELDS, last) ? last : undefined
    const column = (sub ? rest.slice(0, -1) : rest).join('.')
    // As Tessera names its own column edits: "Column order_id" for the description, "Column order_id: tags" for the rest.
    const label = sub && sub !== 'description' ? `Column ${column}: ${COLUMN_FIELDS[sub]}` : `Column ${column}`
    return { field: label, prose: sub !== undefined && PROSE.has(sub), labels: sub === 'tags' }
  }
  if (name === 'tags') return { field: 'tags', prose: false, labels: true }
  return { field: Object.hasOwn(PRODUCT_FIELDS, name) ? PRODUCT_FIELDS[name]! : humanise(name), prose: PROSE.has(name), labels: false }
}

/** OpenMetadata sends objects and lists as JSON strings; anything that does not parse is text. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return value
  }
}

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])

/** One value as people read it: references by name, tags by FQN, lists one item per line. */
export function displayText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(displayText).filter(Boolean).join('\n')
  if (typeof value !== 'object') return String(value)
  const record = value as Record<string, unknown>
  if (typeof record.tagFQN === 'string') return record.tagFQN
  const name = record.displayName ?? record.name ?? record.fullyQualifiedName
  if (typeof name === 'string') {
    const type = record.dataTypeDisplay ?? record.dataType
    return typeof type === 'string' ? `${name} (${type})` : name
  }
  return Object.entries(record)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([key, v]) => `${humanise(key)}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('\n')
}

/** Owners and experts are Tessera's product owners and stewards: history names them as the product page does. */
const OWNER_ROLE: Record<string, OwnerRole> = { owners: 'product-owner', owner: 'product-owner', experts: 'steward' }

function ownerText(role: OwnerRole, value: unknown): string {
  return asList(value)
    .map((ref) => {
      const name = displayText(ref)
      const team = typeof ref === 'object' && ref !== null && (ref as { type?: unknown }).type === 'team'
      return name ? `${roleLabel(role)}: ${name}${team ? ' (team)' : ''}` : ''
    })
    .filter(Boolean)
    .join('\n')
}

interface Sides {
  before: unknown[]
  after: unknown[]
}

const isGlossary = (label: unknown) => typeof label === 'object' && label !== null && (label as { source?: unknown }).source === 'Glossary'

/** Product tags hold classification tags and glossary terms in one list; Tessera shows them apart. */
function splitTags({ before, after }: Sides): [string, Sides][] {
  const labels = (values: unknown[]) => values.flatMap((v) => asList(parsed(v)))
  const [was, is] = [labels(before), labels(after)]
  return [
    ['tags', { before: was.filter((l) => !isGlossary(l)), after: is.filter((l) => !isGlossary(l)) }],
    ['glossaryTerms', { before: was.filter(isGlossary), after: is.filter(isGlossary) }],
  ]
}

function versionChanges(version: WireEntityVersion): Omit<ProductChange, 'revision' | 'at' | 'by'> {
  const change = version.changeDescription
  const byName = new Map<string, Sides>()
  const record = (changes: readonly WireFieldChange[] | null | undefined, side: 'before' | 'after' | 'both') => {
    for (const c of changes ?? []) {
      const sides = byName.get(c.name) ?? { before: [], after: [] }
      if (side !== 'after' && c.oldValue !== undefined) sides.before.push(c.oldValue)
      if (side !== 'before' && c.newValue !== undefined) sides.after.push(c.newValue)
      byName.set(c.name, sides)
    }
  }
  record(change?.fieldsUpdated, 'both')
  record(change?.fieldsAdded, 'after')
  record(change?.fieldsDeleted, 'before')

  // Several OpenMetadata fields can make one Tessera field (owners and experts): their lines are put together.
  const texts = new Map<string, { before: string[]; after: string[] }>()
  for (const [name, sides] of byName) {
    const { field, prose, labels } = historyFieldName(name)
    const role = OWNER_ROLE[name]
    const split = name === 'tags' ? splitTags(sides).filter(([, s]) => s.before.length + s.after.length > 0) : []
    const text = (values: unknown[]) =>
      values.map((v) => (role ? ownerText(role, parsed(v)) : prose && typeof v === 'string' ? v : displayText(labels ? asList(parsed(v)) : parsed(v)))).join('\n')
    for (const [key, { before, after }] of split.length ? split : [[field, sides] as const]) {
      const lines = texts.get(key) ?? { before: [], after: [] }
      lines.before.push(text(before))
      lines.after.push(text(after))
      texts.set(key, lines)
    }
  }
  const joined = (lines: string[]) => lines.filter(Boolean).join('\n')
  const diff = [...texts]
    .map(([field, lines]) => ({ field, before: joined(lines.before), after: joined(lines.after) }))
    .filter((d) => d.before !== d.after)
  return { fields: [...texts.keys()], diff }
}

/** OpenMetadata times are epoch milliseconds; one out of range is shown as unknown rather than failing. */
const isoTime = (millis: number) => {
  const date = new Date(millis)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString()
}

/**
 * Versions that changed something, newest first. The first version (0.1, the entity's creation)
 * carries no change description and is left out, as is any repeat of a version already seen.
 */
export function mapVersions(versions: readonly WireEntityVersion[]): ProductChange[] {
  const seen = new Set<number>()
  const changes: ProductChange[] = []
  for (const version of [...versions].sort((a, b) => b.version - a.version)) {
    const revision = toRevision(version.version)
    if (seen.has(revision)) continue
    seen.add(revision)
    const { fields, diff } = versionChanges(version)
    if (fields.length === 0) continue
    changes.push({ revision, at: isoTime(version.updatedAt), by: version.updatedBy ?? '', fields, diff })
  }
  return changes
}
