import { Link, useParams } from 'react-router'
import { NotFoundError } from '../../backends/errors'
import type { CatalogIndex } from '../../model/catalog-index'
import { kindLabel } from '../../model/product-queries'
import { useCatalog } from '../../queries/use-catalog'
import { teamPortfolio, type TeamPortfolio } from '../../model/team-portfolio'
import type { Team } from '../../model/types'
import { LifecycleBadge } from '../../ui/badges'
import { HealthBadges } from '../../ui/health-badges'
import { DocumentedShare, SlosMetShare } from '../../ui/health-shares'
import { LinkList } from '../../ui/link-list'
import { productPath } from '../../ui/product-row'
import { Share } from '../../ui/share'
import { EmptyState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import { ContactLinks } from './contact-links'
import { personContacts } from './person-contacts'
import './teams.css'

function HealthSummary({ portfolio }: { portfolio: TeamPortfolio }) {
  const { counts } = portfolio
  if (counts.productCount === 0) return null
  return (
    <dl className="health-summary" aria-label="Health of the products this team owns">
      <div>
        <dt>Documented</dt>
        <dd>
          <DocumentedShare counts={counts} />
        </dd>
      </div>
      <div>
        <dt>Under contract</dt>
        <dd>
          <Share count={counts.underContract} total={counts.productCount} />
        </dd>
      </div>
      <div>
        <dt>SLOs met</dt>
        <dd>
          <SlosMetShare counts={counts} />
        </dd>
      </div>
    </dl>
  )
}

function Members({ team, catalog }: { team: Team; catalog: CatalogIndex }) {
  return (
    <section className="card" aria-labelledby="team-members">
      <h2 id="team-members" className="section-title">
        Members ({team.members.length})
      </h2>
      {team.members.length === 0 ? (
        <p className="muted">No members are recorded: ask in the team’s channel who answers for its products.</p>
      ) : (
        <ul className="plain-list stack member-list">
          {team.members.map((member, i) => {
            const person = catalog.person(member.personId)
            return (
              <li key={`${member.personId}-${i}`}>
                <div>
                  {person ? <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link> : member.personId}
                  {!person && <span className="muted"> (not in the catalogue)</span>}
                </div>
                <div className="muted member-role">{member.role || 'No role given'}</div>
                {person && <ContactLinks contacts={personContacts(person)} className="member-contacts" />}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function Products({ portfolio }: { portfolio: TeamPortfolio }) {
  if (portfolio.total === 0) {
    return (
      <EmptyState title="No data products">
        <p>This team owns no data product in the catalogue.</p>
      </EmptyState>
    )
  }
  return (
    <section className="card" aria-labelledby="team-products">
      <h2 id="team-products" className="section-title">
        Products ({portfolio.total})
      </h2>
      <HealthSummary portfolio={portfolio} />
      {portfolio.counts.productCount > 0 && portfolio.counts.documented === 0 && portfolio.counts.documentationPartial === 0 && (
        <p className="notice notice-warning">None of this team’s products is documented: each lacks part of its documentation (see each product’s figure below).</p>
      )}
      {portfolio.groups.map((group) => (
        <section key={group.domainId} className="portfolio-domain" aria-label={`Domain ${group.domain?.name ?? group.domainId}`}>
          <h3 className="portfolio-domain-title">
            {group.domain ? <Link to={`/domains/${encodeURIComponent(group.domainId)}`}>{group.domain.name}</Link> : `Unknown domain “${group.domainId}”`}
          </h3>
          {group.kinds.map(({ kind, products }) => (
            <div key={kind}>
              <h4 className="portfolio-kind-title">{kindLabel(kind)}</h4>
              <ul className="plain-list portfolio-products">
                {products.map((product) => (
                  <li key={product.urn}>
                    <span className="row">
                      <Link to={productPath(product.urn)}>{product.title}</Link>
                      <LifecycleBadge lifecycle={product.lifecycle} />
                    </span>
                    <HealthBadges product={product} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  )
}

export function TeamPage() {
  const { id = '' } = useParams()
  const catalog = useCatalog()
  const team = catalog.team(id)
  useDocumentTitle(team?.name ?? 'Team not found')
  if (!team) throw new NotFoundError(`Team “${id}”`)
  const portfolio = teamPortfolio(catalog, team.id)
  const domains = catalog.catalog.domains.filter((d) => d.ownerTeamId === team.id)

  return (
    <article className="stack">
      <header className="page-header card">
        <p className="eyebrow">
          <Link to="/teams">Teams</Link>
        </p>
        <h1>{team.name}</h1>
        {team.description?.trim() ? <p>{team.description}</p> : <p className="muted">This team has not described what it does.</p>}
        <ContactLinks contacts={team.contacts} />
        <p style={{ marginBottom: 0 }}>
          {domains.length === 0 ? (
            <span className="muted">Owns no domain.</span>
          ) : (
            <>
              Owns the domain{domains.length > 1 && 's'}{' '}
              <LinkList items={domains.map((d) => ({ key: d.id, to: `/domains/${encodeURIComponent(d.id)}`, label: d.name }))} />
            </>
          )}
        </p>
      </header>
      <div className="grid-2">
        <Products portfolio={portfolio} />
        <Members team={team} catalog={catalog} />
      </div>
    </article>
  )
}
