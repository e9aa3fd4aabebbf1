import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'
import { UnsupportedError } from '../backends/errors'
import type { AccessDecision, AccessRequest, NewAccessRequest } from '../model/access-requests'
import type { Urn } from '../model/types'
import { useBackend } from './backend-context'

/** Requests depend on who asks: the person is part of every key, so switching identity never shows another's. */
export const accessRequestKeys = {
  all: (b: string) => ['access-requests', b] as const,
  list: (b: string, personId: string | null, productUrn?: Urn) => [...accessRequestKeys.all(b), personId ?? 'visitor', productUrn ?? 'all'] as const,
}

/** Requests the person may see (theirs, and those they decide), optionally for one product; empty where the backend takes none. */
export const accessRequestsQuery = (backend: CatalogBackend, personId: string | null, productUrn?: Urn) =>
  queryOptions({
    queryKey: accessRequestKeys.list(backend.id, personId, productUrn),
    queryFn: ({ signal }): Promise<AccessRequest[]> =>
      backend.listAccessRequests && personId ? backend.listAccessRequests(productUrn ? { productUrn } : {}, { signal }) : Promise.resolve([]),
    staleTime: 15_000,
  })

function useAccessMutation<V>(run: (backend: CatalogBackend, variables: V) => Promise<AccessRequest>) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: V) => run(backend, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessRequestKeys.all(backend.id) }),
  })
}

export const useRequestAccess = () =>
  useAccessMutation((backend, input: NewAccessRequest) => {
    if (!backend.requestAccess) throw new UnsupportedError('access requests')
    return backend.requestAccess(input)
  })

export const useDecideAccessRequest = () =>
  useAccessMutation((backend, { id, decision }: { id: string; decision: AccessDecision }) => {
    if (!backend.decideAccessRequest) throw new UnsupportedError('access requests')
    return backend.decideAccessRequest(id, decision)
  })

export const useWithdrawAccessRequest = () =>
  useAccessMutation((backend, id: string) => {
    if (!backend.withdrawAccessRequest) throw new UnsupportedError('withdrawing access requests')
    return backend.withdrawAccessRequest(id)
  })
