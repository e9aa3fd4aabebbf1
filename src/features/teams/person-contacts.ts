import type { ContactLink, Person } from '../../model/types'

/** A person's ways to be reached, their e-mail first, each address once. */
export function personContacts(person: Person): ContactLink[] {
  const all: ContactLink[] = [...(person.email ? [{ kind: 'email' as const, href: `mailto:${person.email}`, label: person.email }] : []), ...person.contacts]
  const seen = new Set<string>()
  return all.filter((contact) => {
    const key = contact.href.trim().toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
