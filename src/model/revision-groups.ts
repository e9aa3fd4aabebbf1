/**
 * History as an owner reads it: the saves one person made in one sitting are one revision,
 * and any version in it can be brought back field by field.
 */
import { fieldLabel, parseFieldKey, type FieldEdit, type FieldRef } from './product-edits'
import { CLASSIFICATIONS, type Classification, type ProductChange } from './types'

/** Saves by the same person less than this apart are one editing session. */
export const SESSION_GAP_MS = 5 * 60_000

/** One field's change over a session: its value before the first save and after the last. */
export interface FieldChange {
  field: string
  before: string
  after: string
}

/** The saves of one editing session, newest first, and what they changed together. */
export interface RevisionGroup {
  by: string
  /** Revisions `first`..`last`. */
  first: number
  last: number
  /** When the session started and ended. */
  startedAt: string
  at: string
  changes: ProductChange[]
  /** Each field changed, once, in the order first changed; fields changed and changed back are left out. */
  fields: FieldChange[]
}

const time = (iso: string) => {
  const t = new Date(iso).getTime()
  return Number.isNaN(t) ? undefined : t
}

function sameSession(newer: ProductChange, older: ProductChange, gapMs: number): boolean {
  const a = time(newer.at)
  const b = time(older.at)
  return newer.by === older.by && a !== undefined && b !== undefined && a - b >= 0 && a - b <= gapMs
}

function combine(changes: readonly ProductChange[]): FieldChange[] {
  const byField = new Map<string, FieldChange>()
  // Oldest first: the first save gives the value before, the last the value after.
  for (const change of [...changes].reverse()) {
    for (const d of change.diff) {
      const seen = byField.get(d.field)
      byField.set(d.field, seen ? { ...seen, after: d.after } : { ...d })
    }
  }
  return [...byField.values()].filter((f) => f.before !== f.after)
}

/** `changes` (any order) grouped into editing sessions, newest first. */
export function groupRevisions(changes: readonly ProductChange[], gapMs = SESSION_GAP_MS): RevisionGroup[] {
  const sorted = [...changes].sort((a, b) => b.revision - a.revision)
  const runs: ProductChange[][] = []
  for (const change of sorted) {
    const run = runs.at(-1)
    if (run && sameSession(run.at(-1)!, change, gapMs)) run.push(change)
    else runs.push([change])
  }
  return runs.map((run) => ({
    by: run[0]!.by,
    first: run.at(-1)!.revision,
    last: run[0]!.revision,
    startedAt: run.at(-1)!.at,
    at: run[0]!.at,
    changes: run,
    fields: combine(run),
  }))
}

/**
 * The edit that sets `field` back to `text` as history shows it, when the text says all of the
 * value: descriptions, tags, terms and classifications. Owners and links are shown by name in
 * history, which is not enough to write them back (`undefined`).
 */
export function restoreEdit(field: string, text: string): FieldEdit | undefined {
  const ref = parseFieldKey(field)
  if (!ref) return undefined
  const lines = () => text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  if (ref.kind === 'product') {
    if (ref.field === 'description') return { ref, value: text }
    if (ref.field === 'tags' || ref.field === 'glossaryTerms') return { ref, value: lines() }
    return undefined
  }
  if (ref.field === 'description') return { ref, value: text }
  if (ref.field === 'tags') return { ref, value: lines() }
  const value = text.trim()
  if (value === '') return { ref, value: null }
  return CLASSIFICATIONS.includes(value as Classification) ? { ref, value: value as Classification } : undefined
}

/** What bringing a product back to how it was after revision `revision` writes, and what it cannot. */
export interface RevisionRestore {
  edits: FieldEdit[]
  /** Fields changed since, which cannot be written back from history. */
  cannot: FieldRef[]
}

/**
 * The product's fields as they were just after `revision`: every field changed since is set to
 * the value it had before its first later change.
 */
export function restoreRevision(changes: readonly ProductChange[], revision: number): RevisionRestore {
  const later = changes.filter((c) => c.revision > revision).sort((a, b) => a.revision - b.revision)
  const seen = new Set<string>()
  const edits: FieldEdit[] = []
  const cannot: FieldRef[] = []
  for (const change of later) {
    for (const d of change.diff) {
      if (seen.has(d.field)) continue
      seen.add(d.field)
      const edit = restoreEdit(d.field, d.before)
      const ref = parseFieldKey(d.field)
      if (edit) edits.push(edit)
      else if (ref) cannot.push(ref)
    }
  }
  return { edits, cannot }
}

/** "Owners and links" — the fields named for people. */
export const fieldNames = (refs: readonly FieldRef[]): string => {
  const names = refs.map(fieldLabel)
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
