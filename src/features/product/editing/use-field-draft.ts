import { useState } from 'react'
import { readField, sameValue, type FieldRef, type FieldValue } from '../../../model/product-edits'
import { useEditSession } from './edit-session-context'

/**
 * Local state for one field's editor, kept as a draft as it changes. `save` hands the value to
 * the session (optimistic, so the editor can close at once); an unchanged value is not sent.
 */
export function useFieldDraft<T extends FieldValue>(ref: FieldRef) {
  const session = useEditSession()
  const [value, setValue] = useState<T>(() => session.valueOf(ref) as T)
  const unchanged = sameValue(value, readField(session.product, ref))
  return {
    value,
    unchanged,
    change(next: T) {
      setValue(next)
      session.edit(ref, next)
    },
    /** Resolves once the save settles; true when saved. */
    save(): Promise<boolean> {
      // The session holds the latest value (a chip added on blur may not have re-rendered yet).
      if (sameValue(session.valueOf(ref), readField(session.product, ref))) {
        session.discard([ref])
        return Promise.resolve(true)
      }
      return session.save([ref])
    },
    discard() {
      session.discard([ref])
    },
  }
}
