import { Link, useParams } from 'react-router'
import { NotFoundError } from '../../backends/errors'
import { assessCompleteness } from '../../model/completeness'
import { productsOwnedByPerson, roleLabel } from '../../model/product-queries'
import { useCatalog } from '../../queries/use-catalog'
import { DocumentationBadge } from '../../ui/health-badges'
import { ProductRow } from '../../ui/product-row'
import { useDocumentTitle } from '../../ui/use-document-title'
import { ContactLinks } from './contact-links'
import { personContacts } from './person-contacts'
import './teams.css'

export function PersonPage() {
  const { id = '' } = useParams()
  const catalog = useCatalog()
  const person = catalog.person(id)
  useDocumentTitle(person?.name ?? 'Person not found')
  if (!person) throw new NotFoundError(`Person “${id}”`)
  const held = productsOwnedByPerson(catalog.catalog.products, person.id, catalog.catalog.teams).map((entry) => ({
    ...entry,
    completeness: assessCompleteness(entry.product),
  }))
  const withGaps = held.filter((h) => !h.completeness.complete).length

  return (
    <article className="stack">
      <header className="page-header card">
        <p className="eyebrow">Person</p>
        <h1>{person.name}</h1>
        {person.title && <p>{person.title}</p>}
        <ContactLinks contacts={personContacts(person)} />
      </header>
      <div className="grid-2">
        <section className="card" aria-labelledby="person-products">
          <h2 id="person-products" className="section-title">
            Products with a role ({held.length})
          </h2>
          {held.length === 0 ? (
            <p className="muted">{person.name} holds no role on any data product.</p>
          ) : (
            <>
              <p className="muted">
                {withGaps === 0 ? 'Every one is fully documented.' : `${withGaps} of ${held.length} have gaps in their documentation.`}
              </p>
              <ul className="plain-list result-list">
                {held.map(({ product, roles, direct, viaTeams }) => (
                  <ProductRow
                    key={product.urn}
                    product={product}
                    domainName={catalog.domain(product.domainId)?.name}
                    extra={
                      <>
                        <span>
                          · {roles.map(roleLabel).join(', ')}
                          {!direct && viaTeams.length > 0 && ` through ${viaTeams.map((t) => t.name).join(', ')}`}
                        </span>
                        <DocumentationBadge product={product} />
                      </>
                    }
                  />
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="person-teams">
          <h2 id="person-teams" className="section-title">
            Teams ({person.teamIds.length})
          </h2>
          {person.teamIds.length === 0 ? (
            <p className="muted">{person.name} is in no team.</p>
          ) : (
            <ul className="plain-list stack member-list">
              {person.teamIds.map((teamId) => {
                const team = catalog.team(teamId)
                const role = team?.members.find((m) => m.personId === person.id)?.role
                return (
                  <li key={teamId}>
                    {team ? <Link to={`/teams/${encodeURIComponent(teamId)}`}>{team.name}</Link> : <span>{teamId} (not in the catalogue)</span>}
                    {role && <div className="muted member-role">{role}</div>}
                  </li>
                )
              })}
            </ul>
          )}
        </section>
      </div>
    </article>
  )
}
