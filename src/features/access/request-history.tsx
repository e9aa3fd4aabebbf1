import type { AccessRequest, AccessRequestAction } from '../../model/access-requests'
import type { CatalogIndex } from '../../model/catalog-index'
import { formatMoment } from './format-time'

const VERBS: Record<AccessRequestAction, string> = {
  requested: 'asked',
  approved: 'approved',
  rejected: 'rejected',
  withdrawn: 'withdrew the request',
}

export const personName = (catalog: CatalogIndex, id: string) => catalog.person(id)?.name ?? id

/** Each step of a request: who did what, when, and what they said. */
export function RequestHistory({ request, catalog }: { request: AccessRequest; catalog: CatalogIndex }) {
  return (
    <details className="request-history">
      <summary>History ({request.history.length})</summary>
      <ol className="plain-list">
        {request.history.map((event, i) => (
          <li key={`${event.at}-${i}`}>
            <time dateTime={event.at}>{formatMoment(event.at)}</time> · {personName(catalog, event.by)} {VERBS[event.action]}
            {event.message && <q className="request-message">{event.message}</q>}
          </li>
        ))}
      </ol>
    </details>
  )
}
