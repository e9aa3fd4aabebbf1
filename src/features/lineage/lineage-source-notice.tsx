import type { LineageNeighbourhood } from '../../queries/use-lineage-neighbourhood'
import { LineageFallbackNotice } from '../../ui/lineage-fallback-notice'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Where the graph's lineage comes from, when the backend traverses it on its server: a note while
 * another depth is read, and a warning with a retry when the traversal failed and the graph falls
 * back to the lineage the catalogue holds.
 */
export function LineageSourceNotice({ lineage, backendLabel }: { lineage: LineageNeighbourhood; backendLabel: string }) {
  if (lineage.status === 'failed') {
    return <LineageFallbackNotice backend={backendLabel} subject="this lineage" shown="the graph shows" error={lineage.error} onRetry={lineage.retry} className="ln-source-notice" />
  }
  return (
    <p className="ln-status ln-trace" aria-live="polite">
      {lineage.status === 'loading' || lineage.refreshing ? `Tracing lineage on ${backendLabel}…` : ''}
      {lineage.status === 'ready' && lineage.issues.length > 0
        ? `${plural(lineage.issues.length, 'entity', 'entities')} reached by ${backendLabel}’s lineage could not be read: ${lineage.issues
            .slice(0, 3)
            .map((i) => i.ref)
            .join(', ')}${lineage.issues.length > 3 ? '…' : ''}.`
        : ''}
    </p>
  )
}
