import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { AccessRequestCapability } from '../../backends/catalog-backend'
import { canEdit } from '../../model/product-queries'
import type { DataProduct, OutputPort } from '../../model/types'
import { accessRequestsQuery, useWithdrawAccessRequest } from '../../queries/access-requests'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { useCatalog } from '../../queries/use-catalog'
import { AccessLinkForm } from './access-link-form'
import { DecisionForm } from './decision-form'
import { RequestForm } from './request-form'
import { RequestHistory, personName } from './request-history'
import { RequestStatusLine, StatusBadge } from './request-status'
import './access.css'

/** Asking for access to one output port, as the backend offers it; nothing where it offers no way. */
export function PortAccess({ product, port }: { product: DataProduct; port: OutputPort }) {
  const backend = useBackend()
  const capability: AccessRequestCapability | undefined = (backend.capabilitiesFor?.(product.urn) ?? backend.capabilities).accessRequests
  if (!capability) return null
  if (capability.kind === 'link') return <AccessLinkForm product={product} port={port} link={capability} />
  return <PortRequests product={product} port={port} />
}

function PortRequests({ product, port }: { product: DataProduct; port: OutputPort }) {
  const backend = useBackend()
  const catalog = useCatalog()
  const [asking, setAsking] = useState(false)
  const { data: identity } = useQuery(identityQuery(backend))
  const personId = identity?.personId ?? null
  const requests = useQuery({ ...accessRequestsQuery(backend, personId, product.urn), enabled: personId !== null })
  const withdraw = useWithdrawAccessRequest()

  if (!personId) {
    return (
      <div className="port-access">
        <p className="muted">
          {backend.capabilities.switchIdentity ? 'Choose who you act as (top right) to request access here.' : 'Sign in to request access here.'}
        </p>
      </div>
    )
  }
  if (requests.isPending) return <p className="muted port-access">Loading your access requests…</p>
  if (requests.isError) {
    return (
      <p className="notice notice-error port-access" role="alert">
        Your access requests could not be read: {requests.error.message}{' '}
        <button type="button" className="button button-small" onClick={() => void requests.refetch()}>
          Try again
        </button>
      </p>
    )
  }

  const forPort = requests.data.filter((r) => r.outputPortId === port.id)
  const mine = forPort.filter((r) => r.requesterId === personId)
  const latest = mine[0]
  const decides = canEdit(product, personId, catalog.catalog.people)
  const waiting = decides ? forPort.filter((r) => r.status === 'pending' && r.requesterId !== personId) : []

  return (
    <div className="port-access stack">
      {latest && (
        <section className={`request-card request-${latest.status}`} aria-label="Your access request">
          <div className="row">
            <strong>Your request</strong>
            <StatusBadge request={latest} />
          </div>
          <RequestStatusLine request={latest} catalog={catalog} />
          {latest.status === 'approved' && <p className="request-line">Connect with the steps below.</p>}
          <p className="request-line muted">Purpose: {latest.purpose}</p>
          <div className="row">
            {latest.status === 'pending' && (
              <button type="button" className="button button-small" disabled={withdraw.isPending} onClick={() => withdraw.mutate(latest.id)}>
                Withdraw request
              </button>
            )}
            <RequestHistory request={latest} catalog={catalog} />
          </div>
          {withdraw.error && (
            <p className="notice notice-error" role="alert">
              {withdraw.error.message}
            </p>
          )}
        </section>
      )}
      {asking ? (
        <RequestForm product={product} port={port} onDone={() => setAsking(false)} />
      ) : (
        latest?.status !== 'pending' &&
        latest?.status !== 'approved' && (
          <p>
            <button type="button" className="button button-primary" onClick={() => setAsking(true)}>
              {latest ? 'Request access again' : 'Request access'}
              <span className="visually-hidden"> to {port.name}</span>
            </button>
          </p>
        )
      )}
      {waiting.length > 0 && (
        <section aria-label={`Requests for ${port.name} to decide`} className="stack">
          <h4 className="subsection-title">Waiting for your decision ({waiting.length})</h4>
          {waiting.map((request) => (
            <article key={request.id} className="request-card">
              <p className="request-line">
                <strong>{personName(catalog, request.requesterId)}</strong> asks {request.durationDays ? `for ${request.durationDays} days` : 'until revoked'}:
              </p>
              <p className="request-purpose">{request.purpose}</p>
              <DecisionForm request={request} requester={personName(catalog, request.requesterId)} />
            </article>
          ))}
        </section>
      )}
    </div>
  )
}
