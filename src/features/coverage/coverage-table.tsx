import { Link } from 'react-router'
import { COVERAGE_MEASURES, MEASURES, measureFigure, type CoverageMeasure } from '../../model/coverage'
import { emptyCounts, type DomainRollup } from '../../model/domain-rollup'
import type { DomainNode } from '../../model/domain-tree'

/** The map's figures as a table, for screen readers and for reading exact numbers. */
export function CoverageTable({
  rows,
  rollups,
  measure,
  teamName,
}: {
  rows: readonly DomainNode[]
  rollups: ReadonlyMap<string, DomainRollup>
  measure: CoverageMeasure
  teamName: (id: string | undefined) => string | undefined
}) {
  const measures = [measure, ...COVERAGE_MEASURES.filter((m) => m !== measure)]
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">
          Coverage figures per domain, own products only; sub-domains follow their parent, indented
        </caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Owner team</th>
            <th scope="col" className="num" title="Not retired, without sub-domains">
              Own products
            </th>
            {measures.map((m) => (
              <th key={m} scope="col">
                {MEASURES[m].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ domain, depth }) => {
            const own = rollups.get(domain.id)?.own ?? emptyCounts()
            return (
              <tr key={domain.id}>
                <th scope="row" style={{ paddingLeft: 10 + depth * 18 }}>
                  <Link to={`/domains/${encodeURIComponent(domain.id)}`}>{domain.name}</Link>
                </th>
                <td>{teamName(domain.ownerTeamId) ?? <span className="muted">None</span>}</td>
                <td className="num">{own.productCount}</td>
                {measures.map((m) => (
                  <td key={m}>{measureFigure(m, own)}</td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
