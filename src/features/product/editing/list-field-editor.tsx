import { useState } from 'react'
import type { FieldRef } from '../../../model/product-edits'
import { addWords, ChipInput } from './chip-input'
import { useFieldDraft } from './use-field-draft'
import { EditorActions } from './editor-actions'

/** Edits tags or glossary terms as chips, with Save and Cancel; Escape cancels. */
export function ListFieldEditor({
  field,
  label,
  noun,
  suggestions,
  onClose,
}: {
  field: FieldRef
  label: string
  noun: string
  suggestions: readonly string[]
  onClose: () => void
}) {
  const draft = useFieldDraft<string[]>(field)
  const [typed, setTyped] = useState('')
  return (
    <form
      className="inline-editor"
      aria-label={`Edit ${label.toLowerCase()}`}
      onSubmit={(event) => {
        event.preventDefault()
        if (typed.trim()) draft.change(addWords(draft.value, typed))
        void draft.save()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          draft.discard()
          onClose()
        }
      }}
    >
      <ChipInput label={label} noun={noun} values={draft.value} onChange={draft.change} typed={typed} onTypedChange={setTyped} suggestions={suggestions} />
      <EditorActions
        saveLabel={`Save ${label.toLowerCase()}`}
        onCancel={() => {
          draft.discard()
          onClose()
        }}
      />
    </form>
  )
}
