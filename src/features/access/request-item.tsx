import { Link } from 'react-router'
import type { AccessRequest } from '../../model/access-requests'
import type { CatalogIndex } from '../../model/catalog-index'
import { DecisionForm } from './decision-form'
import { RequestHistory, personName } from './request-history'
import { RequestStatusLine, StatusBadge } from './request-status'

const accessTab = (urn: string) => `/products/${encodeURIComponent(urn)}?tab=access`

/** One request in a list: the product and port, who asked and why, where it stands, and (`decide`) the decision form. */
export function RequestItem({ request, catalog, decide = false, showRequester = true }: { request: AccessRequest; catalog: CatalogIndex; decide?: boolean; showRequester?: boolean }) {
  const product = catalog.product(request.productUrn)
  const port = product?.outputPorts.find((p) => p.id === request.outputPortId)
  const requester = personName(catalog, request.requesterId)
  return (
    <li className="request-card request-item">
      <div className="row">
        <Link to={accessTab(request.productUrn)} className="result-title">
          {product?.title ?? request.productUrn}
        </Link>
        <span className="muted">· {port?.name ?? request.outputPortId}</span>
        <StatusBadge request={request} />
      </div>
      {showRequester && (
        <p className="request-line">
          <strong>{requester}</strong> asks {request.durationDays ? `for ${request.durationDays} days` : 'until revoked'}:
        </p>
      )}
      <p className="request-purpose">{request.purpose}</p>
      {request.status !== 'pending' || !decide ? <RequestStatusLine request={request} catalog={catalog} /> : null}
      {decide && request.status === 'pending' && <DecisionForm request={request} requester={requester} />}
      <RequestHistory request={request} catalog={catalog} />
    </li>
  )
}

export function RequestList({ requests, catalog, decide, showRequester, label }: { requests: AccessRequest[]; catalog: CatalogIndex; decide?: boolean; showRequester?: boolean; label: string }) {
  return (
    <ul className="plain-list stack request-list" aria-label={label}>
      {requests.map((request) => (
        <RequestItem key={request.id} request={request} catalog={catalog} decide={decide} showRequester={showRequester} />
      ))}
    </ul>
  )
}
