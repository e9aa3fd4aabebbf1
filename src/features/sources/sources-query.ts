import { queryOptions } from '@tanstack/react-query'
import type { CatalogBackend } from '../../backends/catalog-backend'
import { catalogKeys } from '../../queries/catalog-queries'

/** Per-file status of a file-based backend; `null` for backends that do not read files. */
export const sourcesQuery = (backend: CatalogBackend) =>
  queryOptions({
    queryKey: [...catalogKeys.all(backend.id), 'sources'] as const,
    queryFn: ({ signal }) => backend.getSources?.({ signal }) ?? Promise.resolve(null),
    staleTime: 30_000,
  })
