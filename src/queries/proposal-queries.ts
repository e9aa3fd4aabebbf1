import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'
import { UnsupportedError } from '../backends/errors'
import type { Urn } from '../model/types'
import { catalogKeys } from './catalog-queries'
import { useBackend } from './backend-context'

const proposalKey = (b: string, urn: Urn) => [...catalogKeys.products(b), 'proposal', urn] as const

/** The pull request holding a product's saved changes, for backends whose saves are proposals. */
export const proposalQuery = (backend: CatalogBackend, urn: Urn) =>
  queryOptions({
    queryKey: proposalKey(backend.id, urn),
    queryFn: ({ signal }) => backend.getProposal?.(urn, { signal }) ?? Promise.resolve(null),
    enabled: backend.getProposal !== undefined,
  })

export function useWithdrawProposal(urn: Urn) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => {
      if (!backend.withdrawProposal) throw new UnsupportedError('withdrawing proposals')
      return backend.withdrawProposal(urn)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: proposalKey(backend.id, urn) }),
  })
}

/** Asks for the proposal again, after a save added to it. */
export function useRefreshProposal(urn: Urn) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: proposalKey(backend.id, urn) })
}
