import { ReactFlowProvider } from '@xyflow/react'
import { Link } from 'react-router'
import { isCatalogError, NotFoundError } from '../../backends/errors'
import { useBackend } from '../../queries/backend-context'
import { useCatalog } from '../../queries/use-catalog'
import { useLineageNeighbourhood, type NeighbourhoodRequest } from '../../queries/use-lineage-neighbourhood'
import { LoadingState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import { LineageSourceNotice } from './lineage-source-notice'
import { LineageStart } from './lineage-start'
import { LineageWorkspace } from './lineage-workspace'
import type { LineageViewState } from './model/view-state'
import { useViewState } from './use-view-state'
import './lineage.css'

/**
 * What to ask a backend that traverses lineage on its server: one hop more than shown each way,
 * so the nodes at the edge can say how much lies beyond them.
 */
function neighbourhoodRequest(state: LineageViewState): NeighbourhoodRequest | undefined {
  if (state.mode !== 'focus' || !state.focus) return undefined
  return { focus: state.focus, upstream: state.up + 1, downstream: state.down + 1, expansions: state.expansions }
}

/** `/lineage`: the interactive lineage graph, one product's neighbourhood or the whole mesh. */
export function LineagePage() {
  const backend = useBackend()
  const catalogue = useCatalog()
  const [state, update] = useViewState()
  const lineage = useLineageNeighbourhood(catalogue, neighbourhoodRequest(state))
  const catalog = lineage.catalog
  const focus = state.focus ? catalog.product(state.focus) : undefined
  const title = state.mode === 'mesh' ? 'Lineage of the whole mesh' : focus ? `Lineage of ${focus.title}` : 'Lineage'
  useDocumentTitle(title)
  const missing = state.mode === 'focus' && state.focus && !focus
  const notFound = isCatalogError(lineage.error) && lineage.error.kind === 'not-found'
  if (missing && (lineage.status === 'catalogue' || lineage.status === 'ready' || notFound)) throw new NotFoundError(`Product “${state.focus}”`)

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
      {state.mode === 'focus' && lineage.status !== 'catalogue' && !(missing && lineage.status === 'loading') && (
        <LineageSourceNotice lineage={lineage} backendLabel={backend.label} />
      )}
      {missing && lineage.status === 'loading' ? (
        <LoadingState label={`Tracing the lineage of this product on ${backend.label}…`} />
      ) : state.mode === 'focus' && !focus ? (
        <LineageStart catalog={catalog} />
      ) : (
        <ReactFlowProvider>
          <LineageWorkspace catalog={catalog} state={state} update={update} refitOn={lineage.answer} />
        </ReactFlowProvider>
      )}
    </article>
  )
}
