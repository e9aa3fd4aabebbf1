import { Link } from 'react-router'
import type { DomainNeighbour } from '../../model/domain-topology'

function NeighbourList({ label, items, nameOf }: { label: string; items: DomainNeighbour[]; nameOf: (id: string) => string }) {
  return (
    <div>
      <h3 className="flows-title">{label}</h3>
      {items.length === 0 ? (
        <p className="muted">No domain.</p>
      ) : (
        <ul className="plain-list" aria-label={label}>
          {items.map((n) => (
            <li key={n.domainId}>
              <Link to={`/domains/${encodeURIComponent(n.domainId)}`}>{nameOf(n.domainId)}</Link>
              <span className="muted" aria-hidden="true">
                {' '}
                · {n.weight}
              </span>
              <span className="visually-hidden">
                , {n.weight} product {n.weight === 1 ? 'dependency' : 'dependencies'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Which domains this one feeds and is fed by, from product lineage. */
export function DomainFlows({ feeds, fedBy, nameOf }: { feeds: DomainNeighbour[]; fedBy: DomainNeighbour[]; nameOf: (id: string) => string }) {
  return (
    <section className="card" aria-labelledby="domain-flows">
      <h2 id="domain-flows" className="section-title">
        Place in the mesh
      </h2>
      <div className="flows">
        <NeighbourList label="Fed by" items={fedBy} nameOf={nameOf} />
        <NeighbourList label="Feeds" items={feeds} nameOf={nameOf} />
      </div>
      <p className="muted">
        Numbers count product-to-product dependencies. <Link to="/coverage?view=topology">See the whole mesh topology</Link>
      </p>
    </section>
  )
}
