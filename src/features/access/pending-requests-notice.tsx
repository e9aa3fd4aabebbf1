import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { canEdit } from '../../model/product-queries'
import type { DataProduct } from '../../model/types'
import { accessRequestsQuery } from '../../queries/access-requests'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { useCatalog } from '../../queries/use-catalog'

/** On a product its owner or steward opens: how many access requests wait for them, leading to the Access tab. */
export function PendingRequestsNotice({ product }: { product: DataProduct }) {
  const backend = useBackend()
  const catalog = useCatalog()
  const { data: identity } = useQuery(identityQuery(backend))
  const personId = identity?.personId ?? null
  const capabilities = backend.capabilitiesFor?.(product.urn) ?? backend.capabilities
  const decides = capabilities.accessRequests?.kind === 'api' && canEdit(product, personId, catalog.catalog.people)
  const { data = [] } = useQuery({ ...accessRequestsQuery(backend, personId, product.urn), enabled: decides })
  const waiting = decides ? data.filter((r) => r.status === 'pending' && r.requesterId !== personId) : []
  if (waiting.length === 0) return null
  return (
    <p className="notice notice-warning" role="status">
      {waiting.length === 1 ? 'One access request waits' : `${waiting.length} access requests wait`} for your decision.{' '}
      <Link to="?tab=access" preventScrollReset>
        Decide on the Access tab
      </Link>
    </p>
  )
}
