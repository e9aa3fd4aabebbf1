import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { describeAccessLink, fillAccessLink } from '../../model/access-link'
import type { DataProduct, OutputPort } from '../../model/types'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { parseDays, RequestFields } from './request-form'

/** The organisation's own way of asking (ticket, form, e-mail), opened with this request's fields filled in. */
export function AccessLinkForm({ product, port, link }: { product: DataProduct; port: OutputPort; link: { url: string; label?: string } }) {
  const backend = useBackend()
  const { data: identity } = useQuery(identityQuery(backend))
  const [open, setOpen] = useState(false)
  const [purpose, setPurpose] = useState('')
  const [days, setDays] = useState('90')
  const label = link.label ?? describeAccessLink(link.url)
  const href = fillAccessLink(link.url, {
    product: product.title,
    productUrn: product.urn,
    port: port.name,
    portId: port.id,
    location: port.location,
    purpose: purpose.trim(),
    requester: identity?.personId ? identity.name : '',
    days: parseDays(days)?.toString() ?? 'until revoked',
  })
  if (!href) return null
  const web = !/^mailto:/i.test(href)

  if (!open) {
    return (
      <p className="port-access">
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          Request access<span className="visually-hidden"> to {port.name}</span>
        </button>
      </p>
    )
  }
  return (
    <div className="port-access request-form stack">
      <RequestFields purpose={purpose} days={days} onPurpose={setPurpose} onDays={setDays} />
      <p className="muted request-line">Requests for this catalogue are handled outside Tessera; the link below carries what you wrote.</p>
      <div className="row">
        <a className="button button-primary" href={href} {...(web ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {label}
          {web && <span className="visually-hidden"> (opens in a new tab)</span>}
        </a>
        <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  )
}
