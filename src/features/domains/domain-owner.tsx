import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import type { Domain } from '../../model/types'

/** Who answers for the domain: its owner team and the team's people. */
export function DomainOwner({ domain, catalog }: { domain: Domain; catalog: CatalogIndex }) {
  const team = domain.ownerTeamId ? catalog.team(domain.ownerTeamId) : undefined
  return (
    <section className="card" aria-labelledby="domain-owner">
      <h2 id="domain-owner" className="section-title">
        Owner
      </h2>
      {!domain.ownerTeamId ? (
        <p className="muted">No owner team is recorded for this domain.</p>
      ) : !team ? (
        <p className="muted">
          Owned by team <code>{domain.ownerTeamId}</code>, which the catalogue does not know.
        </p>
      ) : (
        <>
          <p>
            <Link className="result-title" to={`/teams/${encodeURIComponent(team.id)}`}>
              {team.name}
            </Link>
          </p>
          {team.members.length === 0 ? (
            <p className="muted">The team lists no members.</p>
          ) : (
            <ul className="plain-list domain-people" aria-label={`People of ${team.name}`}>
              {team.members.map((member, i) => {
                const person = catalog.person(member.personId)
                return (
                  <li key={`${member.personId}-${i}`}>
                    {person ? <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link> : <code>{member.personId}</code>}
                    <span className="muted"> · {member.role}</span>
                  </li>
                )
              })}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
