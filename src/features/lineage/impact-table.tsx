import { Link } from 'react-router'
import { KindBadge, LifecycleBadge } from '../../ui/badges'
import { productPath } from '../../ui/product-row'
import { impactCsv, type ImpactRow } from './model/impact'
import { downloadText, fileSafe } from './export-view'

const ROWS_SHOWN = 200

/** "What breaks if this changes": every product downstream of one product, and who to tell. */
export function ImpactTable({ title, rows }: { title: string; rows: readonly ImpactRow[] }) {
  return (
    <section className="card ln-impact" aria-labelledby="impact-title">
      <div className="row ln-impact-head">
        <h2 id="impact-title" className="section-title">
          Impact of changing {title}
        </h2>
        <button
          type="button"
          className="button"
          disabled={rows.length === 0}
          onClick={() => downloadText(impactCsv(rows), `impact-${fileSafe(title)}.csv`, 'text/csv;charset=utf-8')}
        >
          Download CSV
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">Nothing in the mesh reads this product, so a change breaks no other product.</p>
      ) : (
        <>
          <p className="muted">
            {rows.length} {rows.length === 1 ? 'product reads' : 'products read'} from it, directly or through others.
            {rows.length > ROWS_SHOWN && ` The first ${ROWS_SHOWN} are listed; the CSV has all.`}
          </p>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Domain</th>
                  <th scope="col" className="num">
                    Hops
                  </th>
                  <th scope="col">Owners</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, ROWS_SHOWN).map((row) => (
                  <tr key={row.urn}>
                    <td>
                      <Link to={productPath(row.urn)}>{row.title}</Link> <LifecycleBadge lifecycle={row.lifecycle} />
                    </td>
                    <td>
                      <KindBadge kind={row.kind} />
                    </td>
                    <td>{row.domain}</td>
                    <td className="num">{row.distance}</td>
                    <td>{row.owners.join(', ') || <span className="muted">No owner recorded</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
