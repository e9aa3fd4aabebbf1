import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'
import type { SearchRequest, SearchResponse } from '../model/search/search-types'
import type { Catalog, RecordIssue } from '../model/types'
import { useBackend } from './backend-context'
import { catalogQuery } from './catalog-queries'
import { clientSearchEngine, serverSearchEngine, type SearchEngine } from './search-engine'

export const RESULTS_PAGE = 25

export const searchKeys = {
  all: (backendId: string) => ['search', backendId] as const,
  results: (backendId: string, stamp: number, request: Omit<SearchRequest, 'offset' | 'limit'>) =>
    [...searchKeys.all(backendId), stamp, request] as const,
}

// One engine per backend; a new catalogue snapshot (after an edit, say) replaces its index.
const engines = new Map<string, { catalog: Catalog | undefined; engine: SearchEngine }>()

function engineFor(backend: CatalogBackend, catalog: Catalog | undefined): SearchEngine {
  const cached = engines.get(backend.id)
  if (cached && cached.catalog === catalog) return cached.engine
  cached?.engine.dispose()
  const engine = catalog ? clientSearchEngine(catalog) : serverSearchEngine(backend)
  engines.set(backend.id, { catalog, engine })
  return engine
}

const searchesOnServer = (backend: CatalogBackend) => backend.capabilities.search === 'server' && backend.search !== undefined

/**
 * The search engine for the current backend — the server's, or an index of the whole catalogue
 * built in a worker — and a stamp that changes when the index does. The UI never knows which.
 */
export function useSearchEngine(): { engine: SearchEngine | undefined; stamp: number; issues: RecordIssue[] } {
  const backend = useBackend()
  const onServer = searchesOnServer(backend)
  const catalog = useQuery({ ...catalogQuery(backend), enabled: !onServer, throwOnError: true })
  if (onServer) return { engine: engineFor(backend, undefined), stamp: 0, issues: [] }
  return {
    engine: catalog.data ? engineFor(backend, catalog.data) : undefined,
    stamp: catalog.dataUpdatedAt,
    // Records the client-side index had to skip; a server search reports its own.
    issues: catalog.data?.issues ?? [],
  }
}

/** Ranked results, paged as the reader scrolls; a new query cancels the one in flight and keeps showing the last results until it answers. */
export function useSearchResults(request: Omit<SearchRequest, 'offset' | 'limit'>) {
  const backend = useBackend()
  const { engine, stamp } = useSearchEngine()
  return useInfiniteQuery({
    queryKey: searchKeys.results(backend.id, stamp, request),
    queryFn: ({ pageParam, signal }) => engine!.search({ ...request, offset: pageParam, limit: RESULTS_PAGE }, signal),
    initialPageParam: 0,
    getNextPageParam: (last: SearchResponse, pages: SearchResponse[]) => {
      const loaded = pages.reduce((n, page) => n + page.hits.length, 0)
      return loaded < last.total && last.hits.length > 0 ? loaded : undefined
    },
    enabled: engine !== undefined,
    placeholderData: keepPreviousData,
    staleTime: searchesOnServer(backend) ? 30_000 : Infinity,
  })
}
