import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { productOwners, roleLabel } from '../../model/product-queries'
import type { DataProduct } from '../../model/types'

export function OwnersList({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const owners = productOwners(product, catalog.catalog.teams, catalog.catalog.people)
  if (owners.length === 0) {
    return <p className="notice notice-warning" style={{ marginTop: 12 }}>No owner is recorded for this product.</p>
  }
  return (
    <dl className="owners">
      {owners.map((owner, i) => (
        <div key={`${owner.role}-${owner.teamId ?? ''}-${owner.personId ?? ''}-${i}`} className="owner">
          <dt>{roleLabel(owner.role)}</dt>
          <dd>
            {owner.person ? <Link to={`/people/${encodeURIComponent(owner.person.id)}`}>{owner.person.name}</Link> : owner.personId}
            {owner.person && owner.team && ' · '}
            {owner.team ? <Link to={`/teams/${encodeURIComponent(owner.team.id)}`}>{owner.team.name}</Link> : owner.teamId}
            {owner.unresolved && <span className="muted"> (not in the catalogue)</span>}
            {owner.person?.email && (
              <>
                {' · '}
                <a href={`mailto:${owner.person.email}`}>{owner.person.email}</a>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
