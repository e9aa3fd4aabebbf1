import { Link, useParams } from 'react-router'
import { NotFoundError } from '../../backends/errors'
import { productsOwnedByTeam } from '../../model/product-queries'
import { useCatalog } from '../../queries/use-catalog'
import { LinkList } from '../../ui/link-list'
import { ProductRow } from '../../ui/product-row'
import { useDocumentTitle } from '../../ui/use-document-title'
import { ContactLinks } from './contact-links'

export function TeamPage() {
  const { id = '' } = useParams()
  const catalog = useCatalog()
  const team = catalog.team(id)
  useDocumentTitle(team?.name ?? 'Team not found')
  if (!team) throw new NotFoundError(`Team “${id}”`)
  const products = productsOwnedByTeam(catalog.catalog.products, team.id)
  const domains = catalog.catalog.domains.filter((d) => d.ownerTeamId === team.id)

  return (
    <article className="stack">
      <header className="page-header card">
        <p className="eyebrow">
          <Link to="/teams">Teams</Link>
        </p>
        <h1>{team.name}</h1>
        {team.description && <p>{team.description}</p>}
        <ContactLinks contacts={team.contacts} />
        {domains.length > 0 && (
          <p>
            Owns the domain{domains.length > 1 && 's'}{' '}
            <LinkList items={domains.map((d) => ({ key: d.id, to: `/domains/${encodeURIComponent(d.id)}`, label: d.name }))} />
          </p>
        )}
      </header>
      <div className="grid-2">
        <section className="card" aria-labelledby="team-products">
          <h2 id="team-products" className="section-title">
            Products ({products.length})
          </h2>
          {products.length === 0 ? (
            <p className="muted">This team owns no data product.</p>
          ) : (
            <ul className="plain-list result-list">
              {products.map((product) => (
                <ProductRow key={product.urn} product={product} domainName={catalog.domain(product.domainId)?.name} />
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="team-members">
          <h2 id="team-members" className="section-title">
            Members ({team.members.length})
          </h2>
          <ul className="plain-list stack" style={{ gap: 8 }}>
            {team.members.map((member) => {
              const person = catalog.person(member.personId)
              return (
                <li key={member.personId}>
                  {person ? <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link> : member.personId}
                  <div className="muted" style={{ fontSize: '0.85rem' }}>{member.role}</div>
                </li>
              )
            })}
          </ul>
        </section>
      </div>
    </article>
  )
}
