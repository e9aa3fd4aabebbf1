import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { CatalogIndex } from '../../model/catalog-index'
import { groupRevisions } from '../../model/revision-groups'
import type { DataProduct } from '../../model/types'
import { useBackend } from '../../queries/backend-context'
import { historyQuery } from '../../queries/product-history'
import { EmptyState, ErrorState, LoadingState } from '../../ui/states'
import { RevisionEntry } from './editing/revision-entry'

/** Who changed what in the product, newest first, one entry per editing session, each change marked and restorable. */
export function HistoryTab({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const backend = useBackend()
  const history = useQuery(historyQuery(backend, product.urn))
  const groups = useMemo(() => groupRevisions(history.data ?? []), [history.data])
  if (history.isPending) return <LoadingState label="Loading the history…" />
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} title="The history could not be loaded" />
  const changes = history.data
  if (changes.length === 0) {
    return (
      <EmptyState title="No changes recorded yet">
        <p>Documentation saved in Tessera appears here: who changed it, when, which fields, and what the text was before.</p>
        <p className="muted">Revision {product.revision} is the version from the catalogue’s source.</p>
      </EmptyState>
    )
  }
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        Change history
      </h2>
      <ol className="history plain-list" aria-label="Changes, newest first">
        {groups.map((group, i) => (
          <RevisionEntry key={`${group.first}-${i}`} group={group} history={changes} catalog={catalog} open={i < 3} newest={i === 0} />
        ))}
      </ol>
      {changes.at(-1)!.revision > 1 && <p className="muted">Revision {changes.at(-1)!.revision - 1} and earlier came from the catalogue’s source.</p>}
    </section>
  )
}
