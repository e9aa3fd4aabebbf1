import { plural } from '../../model/plural'
import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { countProduct, emptyCounts, type DomainCounts } from '../../model/domain-rollup'
import type { Catalog, Team } from '../../model/types'
import { useCatalog } from '../../queries/use-catalog'
import { DocumentedShare } from '../../ui/health-shares'
import { EmptyState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import './teams.css'

interface TeamRow {
  team: Team
  owned: number
  counts: DomainCounts
  domains: number
  /** Lower-cased name, description and member names, for the filter. */
  text: string
}

function teamRows(catalog: Catalog): TeamRow[] {
  const byTeam = new Map<string, TeamRow>()
  const people = new Map(catalog.people.map((p) => [p.id, p.name]))
  for (const team of catalog.teams) {
    const text = [team.name, team.description ?? '', ...team.members.map((m) => people.get(m.personId) ?? m.personId)].join(' ').toLowerCase()
    byTeam.set(team.id, { team, owned: 0, counts: emptyCounts(), domains: 0, text })
  }
  for (const product of catalog.products) {
    for (const teamId of new Set(product.owners.flatMap((o) => (o.teamId ? [o.teamId] : [])))) {
      const row = byTeam.get(teamId)
      if (!row) continue
      row.owned += 1
      countProduct(row.counts, product)
    }
  }
  for (const domain of catalog.domains) {
    const row = domain.ownerTeamId ? byTeam.get(domain.ownerTeamId) : undefined
    if (row) row.domains += 1
  }
  return [...byTeam.values()].sort((a, b) => a.team.name.localeCompare(b.team.name))
}

export function TeamsPage() {
  useDocumentTitle('Teams')
  const { catalog } = useCatalog()
  const [params, setParams] = useSearchParams()
  const filter = params.get('filter') ?? ''
  const rows = useMemo(() => teamRows(catalog), [catalog])
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
  const shown = rows.filter((row) => words.every((word) => row.text.includes(word)))

  return (
    <section>
      <header className="page-header">
        <h1>Teams</h1>
        <p className="muted">{plural(catalog.teams.length, 'team')}, the people in them and the products they own.</p>
        <label className="row">
          <span>Filter teams</span>
          <input
            type="search"
            className="filter-input"
            value={filter}
            placeholder="Team, member or what it does"
            onChange={(event) => setParams(event.target.value ? { filter: event.target.value } : {}, { replace: true })}
          />
        </label>
        {filter && (
          <p className="muted" role="status">
            {shown.length} of {plural(rows.length, 'team')}
          </p>
        )}
      </header>
      {shown.length === 0 ? (
        <EmptyState title={filter ? `No team matches “${filter}”` : 'No teams yet'}>
          {filter && <p>The filter looks at team names, what teams do and who is in them.</p>}
        </EmptyState>
      ) : (
        <div className="card table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col" className="num">Members</th>
                <th scope="col" className="num">Domains</th>
                <th scope="col" className="num">Products owned</th>
                <th scope="col" className="num">Documented</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ team, owned, counts, domains }) => (
                <tr key={team.id}>
                  <th scope="row">
                    <Link to={`/teams/${encodeURIComponent(team.id)}`}>{team.name}</Link>
                    {team.description && <div className="muted team-summary">{team.description}</div>}
                  </th>
                  <td className="num">{team.members.length}</td>
                  <td className="num">{domains}</td>
                  <td className="num">{owned || <span className="meter-low">0</span>}</td>
                  <td className="num">
                    <DocumentedShare counts={counts} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
