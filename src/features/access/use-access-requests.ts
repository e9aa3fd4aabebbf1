import { useQuery } from '@tanstack/react-query'
import type { AccessRequest } from '../../model/access-requests'
import { canEdit } from '../../model/product-queries'
import { accessRequestsQuery } from '../../queries/access-requests'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { useCatalog } from '../../queries/use-catalog'

export interface SortedRequests {
  /** Pending requests on products the person owns or stewards, from others. */
  toDecide: AccessRequest[]
  /** The person's own requests. */
  mine: AccessRequest[]
  /** Others' requests on the person's products that are no longer pending. */
  decided: AccessRequest[]
}

/** Every request the person may see, sorted into what they decide and what they asked; off where the backend takes none. */
export function useAccessRequests() {
  const backend = useBackend()
  const catalog = useCatalog()
  const { data: identity, isPending: identityPending } = useQuery(identityQuery(backend))
  const personId = identity?.personId ?? null
  const supported = backend.capabilities.accessRequests?.kind === 'api' && backend.listAccessRequests !== undefined
  const query = useQuery({ ...accessRequestsQuery(backend, personId), enabled: supported && personId !== null })
  const decides = (r: AccessRequest) => {
    const product = catalog.product(r.productUrn)
    return product !== undefined && canEdit(product, personId, catalog.catalog.people)
  }
  const all = query.data ?? []
  const sorted: SortedRequests = {
    toDecide: all.filter((r) => r.status === 'pending' && r.requesterId !== personId && decides(r)),
    mine: all.filter((r) => r.requesterId === personId),
    decided: all.filter((r) => r.status !== 'pending' && r.requesterId !== personId),
  }
  return { supported, identityPending, personId, identity, catalog, query, ...sorted }
}
