/**
 * A backend could not trace lineage on its server, so what is shown is the lineage read with the
 * catalogue: said once, the same way on the graph and on a product's Lineage tab, with a retry.
 */
export function LineageFallbackNotice({ backend, subject, shown, error, onRetry, className }: {
  backend: string
  /** What could not be traced: "this lineage", "this product’s lineage". */
  subject: string
  /** What shows the catalogue's lineage instead, with its verb: "the graph shows", "these lists show". */
  shown: string
  error: unknown
  onRetry(): void
  className?: string
}) {
  return (
    <aside className={`notice notice-warning ${className ?? ''}`} aria-label="Lineage from the catalogue">
      <p style={{ margin: 0 }}>
        <strong>
          {backend} could not trace {subject}
        </strong>
        , so {shown} the lineage Tessera read with the catalogue; products further away may be missing.{' '}
        {error instanceof Error ? error.message : ''}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </aside>
  )
}
