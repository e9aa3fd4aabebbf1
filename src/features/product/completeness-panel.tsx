import { Link } from 'react-router'
import {
  assessCompleteness,
  COMPLETENESS_WEIGHTS,
  completenessPercent,
  describeMissing,
  gapPoints,
  partialReason,
  type Completeness,
  type MissingItem,
} from '../../model/completeness'
import { isWritable, type FieldRef } from '../../model/product-edits'
import type { DataProduct } from '../../model/types'
import { useBackend } from '../../queries/backend-context'
import { planGaps, whereToFix } from './model/gap-steps'
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
    case 'quality-checks':
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

const points = (n: number) => {
  const rounded = Math.round(n * 10) / 10
  return `${rounded.toLocaleString()} ${rounded === 1 ? 'point' : 'points'}`
}

function GapList({ label, items, completeness, elsewhere }: { label: string; items: MissingItem[]; completeness: Completeness; elsewhere?: boolean }) {
  return (
    <ul className="gap-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.kind}>
          <Gap item={item} /> <span className="muted gap-points">({points(gapPoints(completeness, item))})</span>
          {elsewhere && <div className="muted gap-detail">{whereToFix(item)}</div>}
        </li>
      ))}
    </ul>
  )
}

const WEIGHTS_TEXT =
  `Weighted out of 100: description ${COMPLETENESS_WEIGHTS.description}, owners ${COMPLETENESS_WEIGHTS.ownership} (half without a product owner), ` +
  `column descriptions ${COMPLETENESS_WEIGHTS.columns} (in proportion to the columns described), data contract ${COMPLETENESS_WEIGHTS.contract} (half without quality checks), ` +
  `SLOs ${COMPLETENESS_WEIGHTS.slos}, output ports ${COMPLETENESS_WEIGHTS.outputPorts}.`

/**
 * How complete the documentation is, split into what an owner can fix here (what the backend
 * lets Tessera write) and what has to be fixed where the product is defined, each gap with its
 * weight; the same figure every badge and roll-up shows.
 */
export function CompletenessPanel({ product, onDocumentGaps }: { product: DataProduct; onDocumentGaps?: () => void }) {
  const backend = useBackend()
  const capabilities = backend.capabilitiesFor?.(product.urn) ?? backend.capabilities
  const backendCanWrite = (ref: FieldRef) => capabilities.edit && isWritable(ref, capabilities.editableFields)
  const completeness = assessCompleteness(product)
  const percent = completenessPercent(completeness)
  const { steps, elsewhere } = planGaps(product, backendCanWrite)
  const here = completeness.missing.flatMap((item): MissingItem[] => {
    const outside = elsewhere.find((e) => e.kind === item.kind)
    if (!outside) return [item]
    if (item.kind === 'undocumented-columns' && outside.kind === 'undocumented-columns' && outside.columns.length < item.columns.length) {
      return [{ ...item, columns: item.columns.filter((c) => !outside.columns.includes(c)) }]
    }
    return []
  })
  const reason = partialReason(completeness)
  return (
    <section className="card" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="section-title">
        Documentation {percent}% complete
      </h2>
      <progress max={100} value={percent} aria-label="Documentation completeness" className="completeness-meter" />
      {reason && <p className="notice notice-warning">Partial figure: {reason}.</p>}
      {completeness.missing.length === 0 ? (
        <p className="muted">Nothing is missing: description, owners, columns, contract and SLOs are all there.</p>
      ) : (
        <>
          {here.length > 0 ? (
            <>
              <h3 className="gap-heading">Can be fixed here in Tessera</h3>
              <GapList label="Gaps to fix in Tessera" items={here} completeness={completeness} />
              {onDocumentGaps && steps.length > 0 && (
                <button type="button" className="button button-primary" onClick={onDocumentGaps}>
                  Document the gaps
                </button>
              )}
            </>
          ) : (
            <p className="notice notice-ok" role="status">
              Everything that can be fixed in Tessera is done. The remaining {100 - percent}% has to be fixed where the product is defined, as listed
              below.
            </p>
          )}
          {elsewhere.length > 0 && (
            <>
              <h3 className="gap-heading">Has to be fixed outside Tessera</h3>
              <GapList label="Gaps to fix outside Tessera" items={elsewhere} completeness={completeness} elsewhere />
            </>
          )}
        </>
      )}
      <p className="muted gap-detail completeness-weights">{WEIGHTS_TEXT}</p>
    </section>
  )
}
