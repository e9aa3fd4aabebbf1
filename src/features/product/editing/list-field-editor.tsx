import { useState } from 'react'
import type { FieldRef } from '../../../model/product-edits'
import type { TermUsage } from '../../../model/term-usage'
import { addTyped, ChipInput } from './chip-input'
import { useFieldDraft } from './use-field-draft'
import { EditorActions } from './editor-actions'

/** Edits tags or glossary terms as chips, with Save and Cancel; Escape cancels. */
export function ListFieldEditor({
  field,
  label,
  noun,
  usage,
  onClose,
}: {
  field: FieldRef
  label: string
  noun: string
  /** Values in use on other products, offered with their counts. */
  usage: readonly TermUsage[]
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
        if (typed.trim()) draft.change(addTyped(usage, typed, draft.value))
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
      <ChipInput label={label} noun={noun} values={draft.value} onChange={draft.change} typed={typed} onTypedChange={setTyped} usage={usage} />
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
