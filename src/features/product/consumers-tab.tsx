import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { productConsumers } from '../../model/consumers'
import type { DataProduct } from '../../model/types'
import { KindBadge } from '../../ui/badges'
import { productPath } from '../../ui/product-row'
import { EmptyState } from '../../ui/states'

const teamPath = (id: string) => `/teams/${encodeURIComponent(id)}`

/** Who depends on this product: the products reading it, which ports they read, and the teams behind them. */
export function ConsumersTab({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const consumers = productConsumers(catalog, product.urn)
  if (consumers.products.length === 0) {
    return (
      <EmptyState title="No known consumers">
        <p>No product in the catalogue reads this one. Dashboards, notebooks and models outside the mesh are not tracked here.</p>
      </EmptyState>
    )
  }
  const portName = (id: string) => product.outputPorts.find((p) => p.id === id)?.name ?? id
  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="consumer-products-title">
        <h2 id="consumer-products-title" className="section-title">
          Products reading this one ({consumers.products.length})
        </h2>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Domain</th>
                <th scope="col">Reads</th>
                <th scope="col">Owned by</th>
              </tr>
            </thead>
            <tbody>
              {consumers.products.map(({ product: consumer, outputPortIds, teamIds }) => (
                <tr key={consumer.urn}>
                  <th scope="row">
                    <Link to={productPath(consumer.urn)}>{consumer.title}</Link> <KindBadge kind={consumer.kind} />
                  </th>
                  <td>{catalog.domain(consumer.domainId)?.name ?? consumer.domainId}</td>
                  <td>{outputPortIds.length === 0 ? <span className="muted">not stated</span> : outputPortIds.map(portName).join(', ')}</td>
                  <td>
                    {teamIds.length === 0 ? (
                      <span className="muted">no team</span>
                    ) : (
                      teamIds.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          {catalog.team(id) ? <Link to={teamPath(id)}>{catalog.team(id)?.name}</Link> : id}
                        </span>
                      ))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="consumer-teams-title">
        <h2 id="consumer-teams-title" className="section-title">
          Teams depending on it ({consumers.teams.length})
        </h2>
        <p className="muted" style={{ marginTop: 0 }}>
          Tell them before a breaking change.
        </p>
        <ul className="plain-list stack" style={{ gap: 6 }}>
          {consumers.teams.map(({ teamId, team, products }) => (
            <li key={teamId}>
              {team ? <Link to={teamPath(teamId)}>{team.name}</Link> : <span>{teamId} (not in the catalogue)</span>}
              <span className="muted"> · {products.length === 1 ? '1 product' : `${products.length} products`}</span>
            </li>
          ))}
        </ul>
        {consumers.withoutTeam > 0 && (
          <p className="muted">
            {consumers.withoutTeam === 1 ? '1 consumer has' : `${consumers.withoutTeam} consumers have`} no owning team.
          </p>
        )}
      </section>
    </div>
  )
}
