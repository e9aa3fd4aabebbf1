import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { productsOwnedByTeam } from '../../model/product-queries'
import { useCatalog } from '../../queries/use-catalog'
import { EmptyState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'

export function TeamsPage() {
  useDocumentTitle('Teams')
  const { catalog } = useCatalog()
  const [params, setParams] = useSearchParams()
  const filter = params.get('filter') ?? ''
  const rows = useMemo(
    () =>
      catalog.teams
        .map((team) => ({ team, products: productsOwnedByTeam(catalog.products, team.id).length }))
        .sort((a, b) => a.team.name.localeCompare(b.team.name)),
    [catalog],
  )
  const shown = rows.filter(({ team }) => team.name.toLowerCase().includes(filter.toLowerCase()))

  return (
    <section>
      <header className="page-header">
        <h1>Teams</h1>
        <p className="muted">{catalog.teams.length} teams, the people in them and the products they own.</p>
        <label className="row">
          <span>Filter teams</span>
          <input
            type="text"
            className="filter-input"
            value={filter}
            onChange={(event) => setParams(event.target.value ? { filter: event.target.value } : {}, { replace: true })}
          />
        </label>
      </header>
      {shown.length === 0 ? (
        <EmptyState title={filter ? `No team matches “${filter}”` : 'No teams yet'} />
      ) : (
        <div className="card table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col" className="num">Members</th>
                <th scope="col" className="num">Products owned</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ team, products }) => (
                <tr key={team.id}>
                  <th scope="row">
                    <Link to={`/teams/${encodeURIComponent(team.id)}`}>{team.name}</Link>
                  </th>
                  <td className="num">{team.members.length}</td>
                  <td className="num">{products || <span className="meter-low">0</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
