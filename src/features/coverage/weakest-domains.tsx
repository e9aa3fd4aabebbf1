import { Link } from 'react-router'
import { MEASURES, measureFigure, rankDomains, type CoverageMeasure } from '../../model/coverage'
import type { DomainRollup } from '../../model/domain-rollup'
import type { Domain } from '../../model/types'

const SHOWN = 3
const EMPTY_SHOWN = 5

/** A sentence naming the weakest domains on the measure, and the domains with no products at all. */
export function WeakestDomains({
  measure,
  rollups,
  domainOf,
  filtered,
}: {
  measure: CoverageMeasure
  rollups: ReadonlyMap<string, DomainRollup>
  domainOf: (id: string) => Domain | undefined
  filtered: boolean
}) {
  const ranked = rankDomains(rollups.values(), measure)
  const weak = ranked.filter((r) => r.value < 1).slice(0, SHOWN)
  const empty = [...rollups.values()].filter((r) => r.total.productCount === 0).map((r) => r.domainId)
  const label = MEASURES[measure].label.toLowerCase()
  return (
    <div className="coverage-summary" aria-live="polite">
      {ranked.length === 0 ? (
        <p>No domain has products to measure{filtered ? ' under these filters' : ''}.</p>
      ) : weak.length === 0 ? (
        <p>Every domain with products scores fully on “{label}”.</p>
      ) : (
        <>
          <span>Weakest on “{label}”: </span>
          <ol className="inline-list" aria-label="Weakest domains">
            {weak.map((r) => (
              <li key={r.domainId}>
                <Link to={`/domains/${encodeURIComponent(r.domainId)}`}>{domainOf(r.domainId)?.name ?? r.domainId}</Link>
                <span className="muted">: {measureFigure(measure, r.counts)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {empty.length > 0 && (
        <p>
          <span>{empty.length === 1 ? 'No products at all: ' : `${empty.length} domains with no products at all: `}</span>
          <span className="inline-list">
            {empty.slice(0, EMPTY_SHOWN).map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link to={`/domains/${encodeURIComponent(id)}`}>{domainOf(id)?.name ?? id}</Link>
              </span>
            ))}
            {empty.length > EMPTY_SHOWN && <span className="muted">, and {empty.length - EMPTY_SHOWN} more</span>}
          </span>
        </p>
      )}
    </div>
  )
}
