/**
 * What to do when a save meets a newer revision on the server: per field, was it changed by
 * someone else since the owner started, and if so, how do the two versions compare.
 */
import type { Draft } from './drafts'
import { readField, sameValue, type FieldRef, type FieldValue } from './product-edits'
import { mergeLists, mergeText } from './text-merge'
import type { DataProduct, Link, Owner } from './types'

/** A field both sides changed, differently. */
export interface FieldConflict {
  draft: Draft
  /** The value on the server now. */
  theirs: FieldValue
}

export interface ConflictReview {
  /** Nobody else touched these fields: they can be saved on top of the new revision. */
  clean: Draft[]
  /** The server already holds exactly the owner's value: nothing left to save. */
  settled: Draft[]
  /** Someone else changed these fields too, to something else: a person must choose. */
  conflicts: FieldConflict[]
  /** The column these drafts were for is gone from the product. */
  gone: Draft[]
}

/** Sorts an owner's edits against the product as it is now on the server. */
export function reviewConflict(drafts: readonly Draft[], current: DataProduct): ConflictReview {
  const review: ConflictReview = { clean: [], settled: [], conflicts: [], gone: [] }
  for (const draft of drafts) {
    const theirs = readField(current, draft.ref)
    if (theirs === undefined) review.gone.push(draft)
    else if (sameValue(theirs, draft.value)) review.settled.push(draft)
    else if (sameValue(theirs, draft.base)) review.clean.push(draft)
    else review.conflicts.push({ draft, theirs })
  }
  return review
}

/** A draft moved onto `current`: same value, new starting point. */
export function rebaseDraft(draft: Draft, current: DataProduct): Draft {
  return { ...draft, base: readField(current, draft.ref) ?? draft.base, baseRevision: current.revision }
}

const ownerKey = (o: Owner) => `${o.role}|${o.teamId ?? ''}|${o.personId ?? ''}`
const linkKey = (l: Link) => l.url.trim()

/** Whether both versions of this field can be combined (text and lists), rather than only chosen between. */
export function canMerge(ref: FieldRef): boolean {
  return ref.field !== 'classification'
}

/**
 * Both versions combined, as a starting point a person edits: text merged line by line with
 * conflict markers where both changed the same lines; lists with both sides' additions and
 * removals. A classification cannot be combined: the owner's value is returned.
 */
export function mergeValues(ref: FieldRef, base: FieldValue, mine: FieldValue, theirs: FieldValue): FieldValue {
  if (typeof mine === 'string' && typeof theirs === 'string' && ref.field === 'description') {
    return mergeText(typeof base === 'string' ? base : '', mine, theirs).text
  }
  if (!Array.isArray(mine) || !Array.isArray(theirs)) return mine
  const baseList = Array.isArray(base) ? base : []
  if (ref.kind === 'product' && ref.field === 'owners') return mergeLists(baseList as Owner[], mine as Owner[], theirs as Owner[], ownerKey)
  if (ref.kind === 'product' && ref.field === 'links') return mergeLists(baseList as Link[], mine as Link[], theirs as Link[], linkKey)
  return mergeLists(baseList as string[], mine as string[], theirs as string[])
}
