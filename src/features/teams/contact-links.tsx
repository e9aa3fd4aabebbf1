import type { ContactLink } from '../../model/types'
import { SafeLink } from '../../ui/safe-link'

export function ContactLinks({ contacts }: { contacts: ContactLink[] }) {
  if (contacts.length === 0) return null
  return (
    <p className="row">
      {contacts.map((contact, i) => (
        <SafeLink key={`${contact.href}-${i}`} href={contact.href}>
          {contact.label ?? contact.href}
        </SafeLink>
      ))}
    </p>
  )
}
