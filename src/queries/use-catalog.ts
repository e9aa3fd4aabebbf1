import { useSuspenseQuery } from '@tanstack/react-query'
import { indexCatalog, type CatalogIndex } from '../model/catalog-index'
import { useBackend } from './backend-context'
import { catalogQuery } from './catalog-queries'

/** The catalogue snapshot with lookups; suspends while it loads, throws to the route's boundary on failure. */
export function useCatalog(): CatalogIndex {
  const backend = useBackend()
  const { data } = useSuspenseQuery(catalogQuery(backend))
  return indexCatalog(data)
}
