import { FACET_KEYS, type FacetKey } from './search/search-types'
import type { SearchView } from './search/search-params'
import type { Urn } from './types'

/** A search view someone named and kept, with what it matched when they last opened it. */
export interface SavedSearch {
  id: string
  name: string
  view: SearchView
  createdAt: string
  /** When it was last opened (or saved): products matching since are its news. */
  openedAt: string
  /** The products that matched when it was last opened, at most `SEEN_LIMIT` of them, most recently updated first. */
  seen: Urn[]
}

/** How many matches a saved search remembers; beyond it, news are counted among the most recently updated matches. */
export const SEEN_LIMIT = 1000
export const NAME_LIMIT = 120

/** Two views are the same search when query, facet values (in any order) and sort agree. */
export function viewKey(view: SearchView): string {
  const filters = FACET_KEYS.flatMap((key) => [...new Set(view.filters[key] ?? [])].sort().map((value) => [key, value]))
  return JSON.stringify([view.q.trim().toLowerCase(), filters, view.sort])
}

export const findSaved = (saved: readonly SavedSearch[], view: SearchView) => saved.find((s) => viewKey(s.view) === viewKey(view))

/**
 * The products matching now that did not match when the search was last opened. `matches` are the
 * current matches, most recently updated first, as many as `SEEN_LIMIT`.
 */
export function newMatches(saved: Pick<SavedSearch, 'seen'>, matches: readonly Urn[]): Urn[] {
  const seen = new Set(saved.seen)
  return [...new Set(matches)].filter((urn) => !seen.has(urn))
}

/** The search as just opened: what matches now is no longer news. */
export const markOpened = (saved: SavedSearch, matches: readonly Urn[], at: string): SavedSearch => ({
  ...saved,
  openedAt: at,
  seen: [...new Set(matches)].slice(0, SEEN_LIMIT),
})

/**
 * Keeps `search` in the list: it replaces one with the same id, or else one saving the same view
 * (renaming it); otherwise it is added. Newest first.
 */
export function putSavedSearch(list: readonly SavedSearch[], search: SavedSearch): SavedSearch[] {
  const replaced = list.find((s) => s.id === search.id) ?? findSaved(list, search.view)
  const kept = replaced ? { ...search, id: replaced.id, createdAt: replaced.createdAt } : search
  return [kept, ...list.filter((s) => s !== replaced)].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

export const removeSavedSearch = (list: readonly SavedSearch[], id: string) => list.filter((s) => s.id !== id)

/** A name for a view nobody named yet: its query and what it filters by, in the facets' labels. */
export function suggestName(view: SearchView, valueLabel: (key: FacetKey, value: string) => string): string {
  const q = view.q.trim()
  const facets = FACET_KEYS.flatMap((key) => (view.filters[key] ?? []).map((value) => valueLabel(key, value)))
  const name = [q && `“${q}”`, ...facets].filter(Boolean).join(' · ')
  return (name || 'All data products').slice(0, NAME_LIMIT)
}
