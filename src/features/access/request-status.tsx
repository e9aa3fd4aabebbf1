import { accessEndsAt, decisionOf, STATUS_LABELS, type AccessRequest } from '../../model/access-requests'
import type { CatalogIndex } from '../../model/catalog-index'
import { formatDay } from './format-time'
import { personName } from './request-history'

const TONE: Record<AccessRequest['status'], string> = {
  pending: 'badge-slo-unknown',
  approved: 'badge-ok',
  rejected: 'badge-slo-breached',
  withdrawn: '',
}

export function StatusBadge({ request }: { request: AccessRequest }) {
  return <span className={`badge ${TONE[request.status]}`}>{STATUS_LABELS[request.status]}</span>
}

const durationText = (request: AccessRequest) => (request.durationDays === undefined ? 'until revoked' : `for ${request.durationDays} days`)

/** Where a request stands, in a sentence, with the decider's message. */
export function RequestStatusLine({ request, catalog }: { request: AccessRequest; catalog: CatalogIndex }) {
  const decision = decisionOf(request)
  const ends = accessEndsAt(request)
  switch (request.status) {
    case 'pending':
      return (
        <p className="request-line">
          Asked on {formatDay(request.createdAt)} {durationText(request)}; waiting for the owners to decide.
        </p>
      )
    case 'approved':
      return (
        <p className="request-line">
          Granted by {decision ? personName(catalog, decision.by) : 'the owners'}
          {decision && ` on ${formatDay(decision.at)}`}
          {ends ? `, until ${formatDay(ends)}` : ', until revoked'}.
          {decision?.message && <q className="request-message">{decision.message}</q>}
        </p>
      )
    case 'rejected':
      return (
        <p className="request-line">
          Rejected by {decision ? personName(catalog, decision.by) : 'the owners'}
          {decision && ` on ${formatDay(decision.at)}`}.{decision?.message && <q className="request-message">{decision.message}</q>}
        </p>
      )
    case 'withdrawn':
      return <p className="request-line">Withdrawn by {personName(catalog, request.requesterId)}.</p>
  }
}
