import { useState } from 'react'
import { productField, sameValue } from '../../model/product-edits'
import { useEditSession } from './editing/edit-session-context'
import { MarkdownEditor } from './editing/markdown-editor'

export const DESCRIPTION = productField('description')

/**
 * Edits the product description in Markdown with a live preview. Every keystroke is kept as a
 * draft; Save hands the text to the session, which shows it at once and saves it.
 */
export function DescriptionEditor({ onClose, saveLabel = 'Save' }: { onClose: (how: 'saved' | 'kept' | 'discarded') => void; saveLabel?: string }) {
  const session = useEditSession()
  const [text, setText] = useState(() => String(session.valueOf(DESCRIPTION) ?? ''))
  const unchanged = sameValue(text, session.product.description)
  const change = (next: string) => {
    setText(next)
    session.edit(DESCRIPTION, next)
  }
  const save = () => {
    if (unchanged) {
      session.discard([DESCRIPTION])
      onClose('discarded')
      return
    }
    session.edit(DESCRIPTION, text)
    void session.save([DESCRIPTION])
    onClose('saved')
  }

  return (
    <form
      className="editor stack"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <MarkdownEditor id="description-input" label="Description (Markdown)" value={text} onChange={change} onSubmit={save} autoFocus />
      <div className="row">
        <button type="submit" className="button button-primary">
          {saveLabel}
        </button>
        {!unchanged && (
          <button type="button" className="button" onClick={() => onClose('kept')}>
            Close, keep draft
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            session.discard([DESCRIPTION])
            onClose('discarded')
          }}
        >
          {unchanged ? 'Cancel' : 'Discard changes'}
        </button>
      </div>
    </form>
  )
}
