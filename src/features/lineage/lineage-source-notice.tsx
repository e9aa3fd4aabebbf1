import type { LineageNeighbourhood } from '../../queries/use-lineage-neighbourhood'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Where the graph's lineage comes from, when the backend traverses it on its server: a note while
 * another depth is read, and a warning with a retry when the traversal failed and the graph falls
 * back to the lineage the catalogue holds.
 */
export function LineageSourceNotice({ lineage, backendLabel }: { lineage: LineageNeighbourhood; backendLabel: string }) {
  if (lineage.status === 'failed') {
    const reason = lineage.error instanceof Error ? lineage.error.message : 'it did not answer.'
    return (
      <aside className="notice notice-warning ln-source-notice" aria-label="Lineage from the catalogue">
        <p>
          <strong>{backendLabel} could not trace this lineage</strong>, so the graph shows the lineage Tessera read with the catalogue; products
          further away may be missing. {reason}
        </p>
        <button type="button" className="button" onClick={lineage.retry}>
          Try again
        </button>
      </aside>
    )
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
