import { useState } from 'react'
import { readField, sameValue, summariseFields, type FieldEdit, type FieldRef } from '../../../model/product-edits'
import { saveFailureMessage } from './save-status'
import { useEditSession } from './edit-session-context'

/** Where the latest restore from history stands, in words. */
export interface RestoreNote {
  tone: 'ok' | 'error' | 'info'
  text: string
}

type Attempt = { refused: RestoreNote } | { refs: FieldRef[]; what: string }

/**
 * Bringing values back from history. A restore is an ordinary save of those values: it meets
 * someone else's newer change as a conflict, and it is recorded in history like any save. It
 * never overwrites a draft the owner has not saved.
 */
export function useRestore() {
  const session = useEditSession()
  const [attempt, setAttempt] = useState<Attempt>()

  const restore = (edits: readonly FieldEdit[], what: string) => {
    const cannot = edits.map((e) => e.ref).filter((ref) => !session.canEditField(ref))
    if (cannot.length > 0) return setAttempt({ refused: { tone: 'error', text: `This catalogue cannot write ${summariseFields(cannot).toLowerCase()}, so it cannot be restored here.` } })
    const drafted = edits.filter((e) => session.draftOf(e.ref) !== undefined)
    if (drafted.length > 0) {
      return setAttempt({ refused: { tone: 'error', text: `You have unsaved changes to ${summariseFields(drafted.map((e) => e.ref)).toLowerCase()}: save or discard them before restoring.` } })
    }
    const needed = edits.filter((e) => !sameValue(readField(session.product, e.ref), e.value))
    if (needed.length === 0) return setAttempt({ refused: { tone: 'info', text: `${what} is already as it was.` } })
    for (const edit of needed) session.edit(edit.ref, edit.value)
    setAttempt({ refs: needed.map((e) => e.ref), what })
    void session.save(needed.map((e) => e.ref))
  }

  let note: RestoreNote | undefined
  if (attempt && 'refused' in attempt) note = attempt.refused
  else if (attempt) {
    const statuses = attempt.refs.map((ref) => session.statusOf(ref))
    const failed = statuses.find((s) => s?.state === 'failed')
    if (statuses.some((s) => s?.state === 'saving')) note = { tone: 'info', text: `Restoring ${attempt.what.toLowerCase()}…` }
    else if (statuses.some((s) => s?.state === 'conflict')) note = { tone: 'error', text: 'Not restored yet: someone else changed it first. Compare the versions above.' }
    else if (failed?.state === 'failed') note = { tone: 'error', text: `Not restored. ${saveFailureMessage(failed.error)}` }
    else if (statuses.every((s) => s?.state === 'saved')) note = { tone: 'ok', text: `Restored ${attempt.what.toLowerCase()}: saved as a new revision.` }
  }

  return { restore, note, canRestore: session.canEdit, canWrite: session.canEditField }
}
