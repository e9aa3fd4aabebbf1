import { Link } from 'react-router'
import { assessCompleteness, describeMissing, type MissingItem } from '../../model/completeness'
import type { DataProduct } from '../../model/types'
import { tabSearch } from './product-tabs'

const SHOWN_PATHS = 5

function Gap({ item }: { item: MissingItem }) {
  switch (item.kind) {
    case 'undocumented-columns': {
      const paths = item.columns.slice(0, SHOWN_PATHS).map((c) => c.path)
      const more = item.columns.length - paths.length
      return (
        <>
          <Link to={tabSearch('schema', { undocumented: '1' })} preventScrollReset>
            {describeMissing(item)}
          </Link>
          <div className="muted gap-detail">
            {paths.map((path, i) => (
              <span key={`${path}-${i}`}>
                {i > 0 && ', '}
                <code>{path}</code>
              </span>
            ))}
            {more > 0 && ` and ${more.toLocaleString()} more`}
          </div>
        </>
      )
    }
    case 'contract':
    case 'slos':
      return (
        <Link to={tabSearch('contract')} preventScrollReset>
          {describeMissing(item)}
        </Link>
      )
    case 'output-ports':
      return (
        <Link to={tabSearch('access')} preventScrollReset>
          {describeMissing(item)}
        </Link>
      )
    default:
      return <>{describeMissing(item)}</>
  }
}

/** How complete the documentation is, and each gap with a way to see it. */
export function CompletenessPanel({ product, onDocumentGaps }: { product: DataProduct; onDocumentGaps?: () => void }) {
  const { score, missing } = assessCompleteness(product)
  const percent = Math.round(score * 100)
  return (
    <section className="card" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="section-title">
        Documentation {percent}% complete
      </h2>
      <progress max={100} value={percent} aria-label="Documentation completeness" className="completeness-meter" />
      {missing.length === 0 ? (
        <p className="muted">Nothing is missing: description, owners, columns, contract and SLOs are all there.</p>
      ) : (
        <>
          <p className="muted" style={{ marginBottom: 4 }}>
            Missing:
          </p>
          <ul className="gap-list" aria-label="Missing documentation">
            {missing.map((item) => (
              <li key={item.kind}>
                <Gap item={item} />
              </li>
            ))}
          </ul>
          {onDocumentGaps && (
            <button type="button" className="button button-primary" onClick={onDocumentGaps}>
              Document the gaps
            </button>
          )}
        </>
      )}
    </section>
  )
}
