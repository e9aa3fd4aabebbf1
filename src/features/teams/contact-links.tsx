import type { ContactLink } from '../../model/types'

const SAFE = /^(https?:|mailto:|tel:)/i

/** Contact links from the catalogue; anything but http(s), mailto and tel is shown as text. */
export function ContactLinks({ contacts }: { contacts: ContactLink[] }) {
  if (contacts.length === 0) return null
  return (
    <p className="row">
      {contacts.map((contact) =>
        SAFE.test(contact.href) ? (
          <a key={contact.href} href={contact.href} rel="noopener noreferrer" target={/^https?:/i.test(contact.href) ? '_blank' : undefined}>
            {contact.label ?? contact.href}
          </a>
        ) : (
          <span key={contact.href}>{contact.label ?? contact.href}</span>
        ),
      )}
    </p>
  )
}
