import type { Slo, SloStatus } from '../../model/types'

const STATUS_LABEL: Record<SloStatus, string> = { met: 'Met', breached: 'Breached', unknown: 'Unknown' }

function SloStatusBadge({ status }: { status: SloStatus }) {
  return <span className={`badge badge-slo-${status}`}>{STATUS_LABEL[status] ?? status}</span>
}

/** Service-level objectives with their status; `compact` for a side panel, a table otherwise. */
export function SloList({ slos, compact = false }: { slos: Slo[]; compact?: boolean }) {
  if (slos.length === 0) return <p className="muted">No service-level objectives are declared: nothing says how fresh or complete the data should be.</p>
  if (compact) {
    return (
      <ul className="plain-list stack" style={{ gap: 8 }}>
        {slos.map((slo, i) => (
          <li key={`${slo.name}-${i}`}>
            <div className="row">
              <strong>{slo.name}</strong>
              <SloStatusBadge status={slo.status} />
            </div>
            <div className="muted" style={{ fontSize: '0.88rem' }}>
              {slo.objective}
              {slo.current && <> · now {slo.current}</>}
            </div>
          </li>
        ))}
      </ul>
    )
  }
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Service-level objectives</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Promise</th>
            <th scope="col">Now</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {slos.map((slo, i) => (
            <tr key={`${slo.name}-${i}`}>
              <th scope="row">{slo.name}</th>
              <td>{slo.objective}</td>
              <td>{slo.current ?? <span className="muted">not observed</span>}</td>
              <td>
                <SloStatusBadge status={slo.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
