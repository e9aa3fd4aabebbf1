import { createContext, useContext } from 'react'
import type { Draft } from '../../../model/drafts'
import type { FieldConflict } from '../../../model/edit-conflict'
import type { FieldRef, FieldValue } from '../../../model/product-edits'
import type { DataProduct, OwnerRole } from '../../../model/types'

/** Where a field's latest save stands. */
export type FieldStatus =
  | { state: 'saving' }
  | { state: 'saved'; rebasedOverBy?: string }
  | { state: 'failed'; error: unknown }
  | { state: 'conflict' }

/** A save that met someone else's changes to the same fields. */
export interface ConflictState {
  theirs: DataProduct
  conflicts: FieldConflict[]
  /** Other fields of the same save, which nobody else touched: saved with the resolution. */
  others: FieldRef[]
}

/** How the owner settled one conflicting field. */
export type Resolution = { choice: 'theirs' } | { choice: 'mine' } | { choice: 'merged'; value: FieldValue }

export interface EditSession {
  /** The product as shown: the server's version with saves under way already applied. */
  product: DataProduct
  /** The visitor may edit (owner or steward) and the backend can save. */
  canEdit: boolean
  /** `canEdit`, and the backend can save this field (some write only a few). */
  canEditField(ref: FieldRef): boolean
  /** The owner roles the backend can record. */
  ownerRoles: readonly OwnerRole[]
  /** The value an editor starts from: the owner's draft, else the product's. */
  valueOf(ref: FieldRef): FieldValue | undefined
  draftOf(ref: FieldRef): Draft | undefined
  /** Keeps a new value as a draft (on this device, as the owner types). */
  edit(ref: FieldRef, value: FieldValue): void
  /** An editor opens: a draft left from an earlier visit for this field is taken up. */
  open(ref: FieldRef): void
  /** Forgets drafts, here and on the device. */
  discard(refs: readonly FieldRef[]): void
  /** Saves the drafts of `refs` (all unsaved drafts without). Resolves false when nothing was saved. */
  save(refs?: readonly FieldRef[]): Promise<boolean>
  statusOf(ref: FieldRef): FieldStatus | undefined
  /** Every field's save state, by field key. */
  statuses: ReadonlyMap<string, FieldStatus>
  /** Drafts of this visit not yet on the server (saves under way included). */
  unsaved: Draft[]
  /** Drafts an earlier visit left, waiting for the owner to restore or discard them. */
  stored: Draft[]
  restore(): void
  discardStored(): void
  conflict: ConflictState | undefined
  resolveConflict(resolutions: ReadonlyMap<string, Resolution>): void
  /** Closes the conflict view; the drafts stay, and the next save meets the conflict again. */
  postponeConflict(): void
  /** Set when the device refuses to keep drafts (storage full or blocked). */
  storageProblem: boolean
}

export const EditSessionContext = createContext<EditSession | null>(null)

/** The product page's editing state: drafts, saves, conflicts. */
export function useEditSession(): EditSession {
  const session = useContext(EditSessionContext)
  if (!session) throw new Error('useEditSession must be used inside <EditSessionProvider>')
  return session
}
