import { useState } from 'react'
import { toChanges } from '../../../model/product-edits'
import type { DataProduct } from '../../../model/types'
import { useBackend } from '../../../queries/backend-context'
import { useEditSession } from '../editing/edit-session-context'

const fileName = (product: DataProduct) => `${product.name.replace(/[^A-Za-z0-9_.-]+/g, '-') || 'product'}-documentation.patch`

/** The unsaved drafts as a patch the owner can apply with `git apply`, without proposing them. */
export function PatchDownload({ product }: { product: DataProduct }) {
  const backend = useBackend()
  const session = useEditSession()
  const [state, setState] = useState<{ busy: boolean; problem?: string }>({ busy: false })
  if (!backend.diffFor || session.unsaved.length === 0) return null

  async function download() {
    setState({ busy: true })
    try {
      const patch = await backend.diffFor!(product.urn, toChanges(session.unsaved.map((d) => ({ ref: d.ref, value: d.value }))))
      if (!patch) return setState({ busy: false, problem: 'The drafts change nothing in the files.' })
      const url = URL.createObjectURL(new Blob([patch], { type: 'text/x-diff' }))
      const link = document.createElement('a')
      link.href = url
      link.download = fileName(product)
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
      setState({ busy: false })
    } catch (error) {
      setState({ busy: false, problem: error instanceof Error ? error.message : 'The patch could not be written.' })
    }
  }

  return (
    <div className="proposal-patch">
      <button type="button" className="button button-ghost" disabled={state.busy} onClick={() => void download()}>
        {state.busy ? 'Writing the patch…' : 'Download unsaved changes as a patch'}
      </button>
      <span className="muted"> for <code>git apply</code>, without proposing them.</span>
      {state.problem && (
        <p role="alert" className="proposal-problem">
          {state.problem}
        </p>
      )}
    </div>
  )
}
