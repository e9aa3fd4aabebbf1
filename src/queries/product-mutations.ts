import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ProductPatch } from '../backends/catalog-backend'
import { ConflictError, UnsupportedError } from '../backends/errors'
import type { Urn } from '../model/types'
import { useBackend } from './backend-context'
import { catalogKeys } from './catalog-queries'

/** Saves documentation; on success the product and the snapshot are refreshed from the server's answer. */
export function useUpdateProduct(urn: Urn) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: ProductPatch) => {
      if (!backend.updateProduct) throw new UnsupportedError('editing')
      return backend.updateProduct(urn, patch)
    },
    onError: (error) => {
      // Someone saved first: show their version now, so the next save starts from it.
      if (error instanceof ConflictError && error.current) {
        queryClient.setQueryData(catalogKeys.product(backend.id, urn), error.current)
      }
    },
    onSuccess: async (product) => {
      queryClient.setQueryData(catalogKeys.product(backend.id, urn), product)
      await queryClient.invalidateQueries({ queryKey: catalogKeys.snapshot(backend.id) })
    },
  })
}
