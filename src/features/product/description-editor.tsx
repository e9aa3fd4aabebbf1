import { useState } from 'react'
import { isCatalogError } from '../../backends/errors'
import type { DataProduct } from '../../model/types'
import { useUpdateProduct } from '../../queries/product-mutations'

function saveErrorMessage(error: unknown): string {
  if (!isCatalogError(error)) return 'The description could not be saved.'
  switch (error.kind) {
    case 'forbidden':
      return `${error.message} Your text is still here.`
    case 'conflict':
      return 'Someone else saved this product since you started editing. Your text is still here: copy it, reload the page, and apply it again.'
    case 'unavailable':
      return `${error.message} Your text is still here; try saving again.`
    default:
      return `${error.message} Your text is still here.`
  }
}

/** Edits the product description in Markdown; a refused or failed save keeps the text. */
export function DescriptionEditor({ product, onDone }: { product: DataProduct; onDone: () => void }) {
  const [text, setText] = useState(product.description)
  const [baseRevision] = useState(product.revision)
  const update = useUpdateProduct(product.urn)

  return (
    <form
      className="editor stack"
      onSubmit={(event) => {
        event.preventDefault()
        update.mutate({ baseRevision, changes: { description: text } }, { onSuccess: onDone })
      }}
    >
      <label htmlFor="description-input">Description (Markdown)</label>
      <textarea id="description-input" value={text} onChange={(event) => setText(event.target.value)} />
      {update.isError && (
        <p className="notice notice-error" role="alert">
          {saveErrorMessage(update.error)}
        </p>
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
