import { observeSlo } from '../../model/observation'
import type { Slo } from '../../model/types'
import { useNow } from '../../ui/use-now'
import { ObservedBadge, ObservedTime, ObservedWhen } from './observed-status'
import { RunHistory } from './run-history'

function Value({ slo, now }: { slo: Slo; now: Date }) {
  const observation = observeSlo(slo, now)
  return (
    <>
      {slo.lastLandedAt && (
        <div>
          Data landed <ObservedTime iso={slo.lastLandedAt} now={now} />
        </div>
      )}
      {observation.value && <div>{observation.value}</div>}
      {!slo.lastLandedAt && !observation.value && <span className="muted">no value observed</span>}
    </>
  )
}

/** Service-level objectives as observed now; `compact` for a side panel, a table with recent runs otherwise. */
export function SloList({ slos, compact = false }: { slos: Slo[]; compact?: boolean }) {
  const now = useNow()
  if (slos.length === 0) return <p className="muted">No service-level objectives are declared: nothing says how fresh or complete the data should be.</p>
  if (compact) {
    return (
      <ul className="plain-list stack" style={{ gap: 8 }}>
        {slos.map((slo, i) => {
          const observation = observeSlo(slo, now)
          return (
            <li key={`${slo.name}-${i}`}>
              <div className="row">
                <strong>{slo.name}</strong>
                <ObservedBadge observation={observation} of="slo" />
              </div>
              <div className="muted" style={{ fontSize: '0.88rem' }}>
                {slo.objective}
                {slo.lastLandedAt ? (
                  <> · landed <ObservedTime iso={slo.lastLandedAt} now={now} /></>
                ) : observation.observedAt ? (
                  <> · observed <ObservedTime iso={observation.observedAt} now={now} /></>
                ) : (
                  <> · never observed</>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    )
  }
  return (
    <div className="table-wrap">
      <table className="data observed-table">
        <caption className="visually-hidden">Service-level objectives</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Promise</th>
            <th scope="col">Observed value</th>
            <th scope="col">Last observed</th>
            <th scope="col">Status</th>
            <th scope="col">Recent runs</th>
          </tr>
        </thead>
        <tbody>
          {slos.map((slo, i) => {
            const observation = observeSlo(slo, now)
            return (
              <tr key={`${slo.name}-${i}`}>
                <th scope="row">{slo.name}</th>
                <td>{slo.objective}</td>
                <td>
                  <Value slo={slo} now={now} />
                </td>
                <td>
                  <ObservedWhen observation={observation} now={now} />
                </td>
                <td>
                  <ObservedBadge observation={observation} of="slo" />
                </td>
                <td>
                  <RunHistory item={slo} label={slo.name} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
