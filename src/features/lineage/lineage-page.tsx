import { ReactFlowProvider } from '@xyflow/react'
import { Link } from 'react-router'
import { NotFoundError } from '../../backends/errors'
import { useCatalog } from '../../queries/use-catalog'
import { useDocumentTitle } from '../../ui/use-document-title'
import { LineageStart } from './lineage-start'
import { LineageWorkspace } from './lineage-workspace'
import { useViewState } from './use-view-state'
import './lineage.css'

/** `/lineage`: the interactive lineage graph, one product's neighbourhood or the whole mesh. */
export function LineagePage() {
  const catalog = useCatalog()
  const [state, update] = useViewState()
  const focus = state.focus ? catalog.product(state.focus) : undefined
  const title = state.mode === 'mesh' ? 'Lineage of the whole mesh' : focus ? `Lineage of ${focus.title}` : 'Lineage'
  useDocumentTitle(title)
  if (state.mode === 'focus' && state.focus && !focus) throw new NotFoundError(`Product “${state.focus}”`)

  return (
    <article className="ln-page">
      <header className="ln-header">
        <div>
          <p className="eyebrow">Lineage</p>
          <h1>{title}</h1>
        </div>
        <nav aria-label="Lineage views" className="ln-modes">
          {focus ? (
            <Link to={`/lineage?focus=${encodeURIComponent(focus.urn)}`} aria-current={state.mode === 'focus' ? 'page' : undefined}>
              Around {focus.title}
            </Link>
          ) : (
            <Link to="/lineage" aria-current={state.mode === 'focus' ? 'page' : undefined}>
              Around one product
            </Link>
          )}
          <Link
            to={`/lineage?mode=mesh${state.focus ? `&focus=${encodeURIComponent(state.focus)}` : ''}`}
            aria-current={state.mode === 'mesh' ? 'page' : undefined}
          >
            Whole mesh
          </Link>
        </nav>
      </header>
      {state.mode === 'focus' && !focus ? (
        <LineageStart catalog={catalog} />
      ) : (
        <ReactFlowProvider>
          <LineageWorkspace catalog={catalog} state={state} update={update} />
        </ReactFlowProvider>
      )}
    </article>
  )
}
