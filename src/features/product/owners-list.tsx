import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { productOwners, roleLabel, type OwnerEntry } from '../../model/product-queries'
import type { ContactLink, DataProduct } from '../../model/types'
import { SafeLink } from '../../ui/safe-link'

/** How to reach an owner: the person's contacts when a person is named, otherwise the team's; each address once. */
function ownerContacts(owner: OwnerEntry): ContactLink[] {
  const contacts = owner.person ? [...(owner.person.email ? [{ kind: 'email' as const, href: `mailto:${owner.person.email}`, label: owner.person.email }] : []), ...owner.person.contacts] : (owner.team?.contacts ?? [])
  const seen = new Set<string>()
  return contacts.filter((c) => {
    const key = c.href.trim().toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const KIND_LABEL: Record<ContactLink['kind'], string> = { email: 'E-mail', chat: 'Chat', phone: 'Phone', web: 'Web' }

export function OwnersList({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const owners = productOwners(product, catalog.catalog.teams, catalog.catalog.people)
  if (owners.length === 0) {
    return <p className="notice notice-warning" style={{ margin: 0 }}>No owner is recorded for this product: nobody answers for it.</p>
  }
  return (
    <dl className="owners">
      {owners.map((owner, i) => {
        const contacts = ownerContacts(owner)
        return (
          <div key={`${owner.role}-${owner.teamId ?? ''}-${owner.personId ?? ''}-${i}`} className="owner">
            <dt>{roleLabel(owner.role)}</dt>
            <dd>
              {owner.person ? <Link to={`/people/${encodeURIComponent(owner.person.id)}`}>{owner.person.name}</Link> : owner.personId}
              {(owner.person || owner.personId) && (owner.team || owner.teamId) && ' · '}
              {owner.team ? <Link to={`/teams/${encodeURIComponent(owner.team.id)}`}>{owner.team.name}</Link> : owner.teamId}
              {owner.unresolved && <span className="muted"> (not in the catalogue)</span>}
              {contacts.length > 0 && (
                <span className="owner-contacts">
                  {contacts.map((contact, j) => (
                    <span key={`${contact.href}-${j}`}>
                      <span className="visually-hidden">{KIND_LABEL[contact.kind] ?? 'Contact'}: </span>
                      <SafeLink href={contact.href}>{contact.label ?? contact.href}</SafeLink>
                    </span>
                  ))}
                </span>
              )}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
