import { FACET_KEYS, SORTS, type FacetFilters, type FacetKey, type SearchSort } from './search-types'

/** The view of the search page that lives in the URL: query, selected facet values and sort. */
export interface SearchView {
  q: string
  filters: FacetFilters
  sort: SearchSort
}

const isSort = (value: string | null): value is SearchSort => (SORTS as readonly string[]).includes(value ?? '')

export function parseSearchView(params: URLSearchParams): SearchView {
  const filters: FacetFilters = {}
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))]
    if (values.length > 0) filters[key] = values
  }
  const sort = params.get('sort')
  return { q: params.get('q') ?? '', filters, sort: isSort(sort) ? sort : 'relevance' }
}

/** The query string for a view; default values are left out so links stay short. */
export function searchViewParams(view: SearchView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.q.trim()) params.set('q', view.q)
  for (const key of FACET_KEYS) for (const value of view.filters[key] ?? []) params.append(key, value)
  if (view.sort !== 'relevance') params.set('sort', view.sort)
  return params
}

/** The view with one facet value switched on or off. */
export function toggleFacet(view: SearchView, key: keyof FacetFilters, value: string): SearchView {
  const current = view.filters[key] ?? []
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  const filters = { ...view.filters, [key]: next }
  if (next.length === 0) delete filters[key]
  return { ...view, filters }
}

/** Selected facets a search server cannot filter by (`supported` absent: it filters by all); `source` is the federation's own. */
export const unsupportedFilters = (filters: FacetFilters, supported: readonly FacetKey[] | undefined): FacetKey[] =>
  supported ? FACET_KEYS.filter((key) => key !== 'source' && (filters[key]?.length ?? 0) > 0 && !supported.includes(key)) : []

/** The filters without any value of `keys`. */
export const withoutFacets = (filters: FacetFilters, keys: readonly FacetKey[]): FacetFilters =>
  Object.fromEntries(Object.entries(filters).filter(([key]) => !keys.includes(key as FacetKey)))

export const activeFilterCount = (view: SearchView) => FACET_KEYS.reduce((n, key) => n + (view.filters[key]?.length ?? 0), 0)

/** A link to the search page showing this view; anything left out takes its default. */
export function searchPath({ q = '', filters = {}, sort = 'relevance' }: Partial<SearchView> = {}): string {
  const params = searchViewParams({ q, filters, sort }).toString()
  return params ? `/search?${params}` : '/search'
}
