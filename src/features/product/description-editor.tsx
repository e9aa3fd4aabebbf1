import { useState } from 'react'
import { ConflictError, isCatalogError } from '../../backends/errors'
import { Markdown } from '../../ui/markdown'
import type { DataProduct } from '../../model/types'
import { useUpdateProduct } from '../../queries/product-mutations'

function saveErrorMessage(error: unknown): string {
  if (!isCatalogError(error)) return 'The description could not be saved.'
  switch (error.kind) {
    case 'forbidden':
      return `${error.message} Your text is still here.`
    case 'conflict':
      return 'Someone else saved this product since you started editing. Their version is shown below; your text is still in the editor.'
    case 'unavailable':
      return `${error.message} Your text is still here; try saving again.`
    default:
      return `${error.message} Your text is still here.`
  }
}

/** Edits the product description in Markdown; a refused or failed save keeps the text. */
export function DescriptionEditor({ product, onDone }: { product: DataProduct; onDone: () => void }) {
  const [text, setText] = useState(product.description)
  const [baseRevision, setBaseRevision] = useState(product.revision)
  const update = useUpdateProduct(product.urn)
  const theirs = update.error instanceof ConflictError ? update.error.current : undefined

  return (
    <form
      className="editor stack"
      onSubmit={(event) => {
        event.preventDefault()
        update.mutate({ baseRevision, changes: { description: text } }, { onSuccess: onDone })
      }}
    >
      <label htmlFor="description-input">Description (Markdown)</label>
      <textarea id="description-input" autoFocus value={text} onChange={(event) => setText(event.target.value)} />
      {update.isError && (
        <p className="notice notice-error" role="alert">
          {saveErrorMessage(update.error)}
        </p>
      )}
      {theirs && (
        <section className="card" aria-label="Their version">
          <p className="muted">
            Saved by {theirs.updatedBy ?? 'someone'} (revision {theirs.revision}):
          </p>
          <Markdown>{theirs.description}</Markdown>
          <div className="row">
            <button type="button" className="button" onClick={() => (setBaseRevision(theirs.revision), update.reset())}>
              Keep my text, replacing theirs
            </button>
            <button type="button" className="button" onClick={() => (setText(theirs.description), setBaseRevision(theirs.revision), update.reset())}>
              Take their text
            </button>
          </div>
        </section>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={update.isPending}>
          Cancel
        </button>
      </div>
    </form>
  )
}
