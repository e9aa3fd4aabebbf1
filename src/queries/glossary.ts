import { queryOptions } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'

export const glossaryKeys = {
  terms: (b: string) => ['glossary', b] as const,
}

/** The backend's glossary; an empty one where the backend keeps none (the catalogue's terms then stand undefined). */
export const glossaryQuery = (backend: CatalogBackend) =>
  queryOptions({
    queryKey: glossaryKeys.terms(backend.id),
    queryFn: ({ signal }) => backend.listGlossary?.({ signal }) ?? Promise.resolve([]),
    staleTime: 5 * 60_000,
  })
