import { queryOptions } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'
import { UnsupportedError } from '../backends/errors'
import type { Urn } from '../model/types'
import { catalogKeys } from './catalog-queries'

/** Who changed what in a product, newest first; only for backends with `capabilities.history`. */
export const historyQuery = (backend: CatalogBackend, urn: Urn) =>
  queryOptions({
    queryKey: catalogKeys.history(backend.id, urn),
    queryFn: ({ signal }) => {
      if (!backend.getHistory) throw new UnsupportedError('change history')
      return backend.getHistory(urn, { signal })
    },
  })
