import type { ContactLink } from '../../model/types'
import { SafeLink } from '../../ui/safe-link'

const KIND_LABEL: Record<ContactLink['kind'], string> = { email: 'E-mail', chat: 'Chat', phone: 'Phone', web: 'Web' }

/** Contact addresses as links (unsafe ones as text), each named by its kind for screen readers. */
export function ContactLinks({ contacts, className }: { contacts: ContactLink[]; className?: string }) {
  if (contacts.length === 0) return null
  return (
    <p className={['row contact-links', className].filter(Boolean).join(' ')}>
      {contacts.map((contact, i) => (
        <span key={`${contact.href}-${i}`}>
          <span className="visually-hidden">{KIND_LABEL[contact.kind] ?? 'Contact'}: </span>
          <SafeLink href={contact.href}>{contact.label ?? contact.href}</SafeLink>
        </span>
      ))}
    </p>
  )
}
