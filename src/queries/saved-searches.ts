import { useEffect, useRef } from 'react'
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'
import { savedSearchSchema } from '../backends/rest/wire-schemas'
import { findSaved, markOpened, newMatches, putSavedSearch, removeSavedSearch, SEEN_LIMIT, type SavedSearch } from '../model/saved-searches'
import type { SearchView } from '../model/search/search-params'
import type { Urn } from '../model/types'
import { useBackend } from './backend-context'
import { identityQuery } from './catalog-queries'
import { deviceKey, readDevice, writeDevice } from './device-store'
import type { SearchEngine } from './search-engine'
import { useSearchEngine } from './use-search'

const isSavedSearches = (value: unknown): value is SavedSearch[] => Array.isArray(value) && value.every((v) => savedSearchSchema.safeParse(v).success)

/** Saved searches live on the backend for a signed-in person where it keeps them, else on this device. */
export const savedSearchesOnBackend = (backend: CatalogBackend, personId: string | null) =>
  personId !== null && backend.listSavedSearches !== undefined && backend.putSavedSearch !== undefined && backend.deleteSavedSearch !== undefined

const savedSearchKeys = {
  list: (b: string, personId: string | null) => ['saved-searches', b, personId ?? 'visitor'] as const,
  matches: (b: string, stamp: number, view: SearchView) => ['saved-searches', b, 'matches', stamp, view] as const,
}

export const savedSearchesQuery = (backend: CatalogBackend, personId: string | null) =>
  queryOptions({
    queryKey: savedSearchKeys.list(backend.id, personId),
    queryFn: ({ signal }): Promise<SavedSearch[]> =>
      savedSearchesOnBackend(backend, personId)
        ? backend.listSavedSearches!({ signal })
        : Promise.resolve(readDevice(deviceKey('saved-searches', backend.id, personId), [], isSavedSearches)),
    staleTime: 30_000,
  })

/** The visitor's saved searches, once it is known who they are. */
export function useSavedSearches() {
  const backend = useBackend()
  const identity = useQuery(identityQuery(backend))
  const personId = identity.data?.personId ?? null
  const list = useQuery({ ...savedSearchesQuery(backend, personId), enabled: !identity.isPending })
  return { personId, list, onBackend: savedSearchesOnBackend(backend, personId) }
}

type Change = { put: SavedSearch } | { remove: string }

/** Saves, renames, marks opened or removes a saved search, where the visitor's searches are kept. */
export function useChangeSavedSearch(personId: string | null) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (change: Change): Promise<SavedSearch[]> => {
      if (savedSearchesOnBackend(backend, personId)) return 'put' in change ? backend.putSavedSearch!(change.put) : backend.deleteSavedSearch!(change.remove)
      const key = deviceKey('saved-searches', backend.id, personId)
      const current = readDevice(key, [], isSavedSearches)
      const next = 'put' in change ? putSavedSearch(current, change.put) : removeSavedSearch(current, change.remove)
      writeDevice(key, next)
      return next
    },
    onSuccess: (searches) => queryClient.setQueryData(savedSearchKeys.list(backend.id, personId), searches),
  })
}

/** The products a view matches now, most recently updated first, as many as a saved search remembers. */
export async function matchingProducts(engine: SearchEngine, view: SearchView, signal?: AbortSignal): Promise<Urn[]> {
  const answer = await engine.search({ q: view.q.trim(), filters: view.filters, sort: 'updated', offset: 0, limit: SEEN_LIMIT }, signal)
  return answer.hits.map((hit) => hit.urn)
}

/** How many products match a saved search now that did not when it was last opened; undefined while counting or when counting failed. */
export function useNewMatches(saved: SavedSearch): number | undefined {
  const backend = useBackend()
  const { engine, stamp } = useSearchEngine()
  const matches = useQuery({
    queryKey: savedSearchKeys.matches(backend.id, stamp, saved.view),
    queryFn: ({ signal }) => matchingProducts(engine!, saved.view, signal),
    enabled: engine !== undefined,
    staleTime: 60_000,
  })
  return matches.data ? newMatches(saved, matches.data).length : undefined
}

/**
 * Marks the saved search showing `view` as opened, once per visit: what matches now stops being
 * news. Nothing happens when the view is not saved or its matches cannot be counted.
 */
export function useMarkOpened(view: SearchView) {
  const { personId, list } = useSavedSearches()
  const { engine } = useSearchEngine()
  const change = useChangeSavedSearch(personId)
  const saved = list.data ? findSaved(list.data, view) : undefined
  const marked = useRef<string | undefined>(undefined)
  const { mutate } = change
  useEffect(() => {
    if (!saved || !engine || marked.current === saved.id) return
    const controller = new AbortController()
    matchingProducts(engine, saved.view, controller.signal).then(
      (matches) => {
        marked.current = saved.id
        mutate({ put: markOpened(saved, matches, new Date().toISOString()) })
      },
      () => undefined,
    )
    return () => controller.abort()
  }, [saved, engine, mutate])
}
