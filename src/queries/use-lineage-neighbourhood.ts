import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { CatalogBackend } from '../backends/catalog-backend'
import { isCatalogError } from '../backends/errors'
import { indexCatalog, type CatalogIndex } from '../model/catalog-index'
import { mergeNeighbourhoods } from '../model/merge-neighbourhood'
import type { Catalog, RecordIssue, Urn } from '../model/types'
import { useBackend } from './backend-context'
import { catalogKeys } from './catalog-queries'

/** Beyond this, "all" hops are asked as this many; backends cap lower where their server does. */
const MOST_HOPS = 10
const hops = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.min(MOST_HOPS, Math.floor(n))) : MOST_HOPS)

export const lineageKeys = {
  all: (b: string) => [...catalogKeys.all(b), 'lineage'] as const,
  neighbourhood: (b: string, urn: Urn, upstream: number, downstream: number) => [...lineageKeys.all(b), urn, hops(upstream), hops(downstream)] as const,
}

/** One product's lineage neighbourhood as the server traverses it; only for backends with `getLineage`. */
export const neighbourhoodQuery = (backend: CatalogBackend, urn: Urn, upstream: number, downstream: number) =>
  queryOptions({
    queryKey: lineageKeys.neighbourhood(backend.id, urn, upstream, downstream),
    queryFn: ({ signal }) => backend.getLineage!(urn, { upstream: hops(upstream), downstream: hops(downstream) }, { signal }),
    enabled: backend.getLineage !== undefined,
    staleTime: 60_000,
    // The catalogue's lineage is the fallback, so a failure is shown after one more try rather than three.
    retry: (failures, error) => failures < 1 && isCatalogError(error) && error.kind === 'unavailable',
  })

export interface NeighbourhoodRequest {
  focus: Urn
  /** Hops to ask for each way. */
  upstream: number
  downstream: number
  /** Products whose next level the user opened: each is asked for one level that way (and one more, to show what lies beyond). */
  expansions?: readonly { urn: Urn; direction: 'up' | 'down' }[]
}

export interface LineageNeighbourhood {
  /** The catalogue with what the server traversed laid over it; the catalogue itself until then, or without traversal. */
  catalog: CatalogIndex
  /**
   * `catalogue`: the backend does not traverse lineage; `loading`: its first answer is on its way;
   * `ready`; `failed`: a traversal failed, so (that part of) the lineage is the catalogue's.
   */
  status: 'catalogue' | 'loading' | 'ready' | 'failed'
  /** A new answer (another depth) is on its way while the last one is shown. */
  refreshing: boolean
  error?: unknown
  /** Entities the server reached but could not be read. */
  issues: RecordIssue[]
  /** Which focus answer is laid over the catalogue (changes when another depth arrives, not while it loads). */
  answer: string
  retry(): void
}

/** The same array as last time while its items are the same, so what is derived from it is not rebuilt. */
function useSameItems<T>(items: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(items)
  if (kept.length !== items.length || kept.some((item, i) => item !== items[i])) {
    setKept(items)
    return items
  }
  return kept
}

const hasProducts = (c: Catalog | undefined): c is Catalog => c !== undefined && c.products.length > 0

/**
 * The lineage around one product. For backends that traverse lineage on the server (`getLineage`),
 * the catalogue merged with the neighbourhood read from it, so the lineage views work unchanged on
 * a capped catalogue; while another depth loads, the previous answer stays. Without `getLineage`,
 * or with no request, the catalogue as it is.
 */
export function useLineageNeighbourhood(catalog: CatalogIndex, request: NeighbourhoodRequest | undefined): LineageNeighbourhood {
  const backend = useBackend()
  const traverses = backend.getLineage !== undefined && request !== undefined
  const focus = request?.focus ?? ''
  const main = useQuery({
    ...neighbourhoodQuery(backend, focus, request?.upstream ?? 0, request?.downstream ?? 0),
    enabled: traverses,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === focus ? previous : undefined),
  })
  const expansions = useQueries({
    queries: (traverses ? (request.expansions ?? []) : []).map((e) => ({
      ...neighbourhoodQuery(backend, e.urn, e.direction === 'up' ? 2 : 0, e.direction === 'down' ? 2 : 0),
    })),
  })

  const answers = useSameItems([main.data, ...expansions.map((q) => q.data)].filter(hasProducts))
  const merged = useMemo(() => indexCatalog(mergeNeighbourhoods(catalog.catalog, answers)), [catalog, answers])
  const failed = [main, ...expansions].find((q) => q.isError)

  if (!traverses) return { catalog, status: 'catalogue', refreshing: false, issues: [], answer: '', retry: () => undefined }
  const retry = () => {
    void main.refetch()
    for (const q of expansions) if (q.isError) void q.refetch()
  }
  return {
    catalog: merged,
    status: failed ? 'failed' : main.data === undefined ? 'loading' : 'ready',
    refreshing: main.isPlaceholderData || expansions.some((q) => q.isFetching),
    ...(failed ? { error: failed.error } : {}),
    issues: answers.flatMap((a) => a.issues),
    answer: main.data && !main.isPlaceholderData ? JSON.stringify(lineageKeys.neighbourhood(backend.id, focus, request.upstream, request.downstream)) : '',
    retry,
  }
}
