import { QueryClient } from '@tanstack/react-query'
import { isCatalogError } from '../backends/errors'

const RETRYABLE = new Set(['unavailable'])

/** Retries only what may succeed next time: an unavailable backend, not a 404 or a malformed answer. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && (!isCatalogError(error) || RETRYABLE.has(error.kind)),
        refetchOnWindowFocus: false,
      },
    },
  })
}
