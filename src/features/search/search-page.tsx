import { useCallback, useDeferredValue, useLayoutEffect, useRef } from 'react'
import { useBackend } from '../../queries/backend-context'
import { useSearchEngine, useSearchResults } from '../../queries/use-search'
import { SORTS, type FacetKey, type SearchSort } from '../../model/search/search-types'
import { activeFilterCount, toggleFacet, withoutFacets } from '../../model/search/search-params'
import { BackendNotices } from '../../ui/backend-notices'
import { RecordIssuesNotice } from '../../ui/record-issues-notice'
import { ErrorState, LoadingState } from '../../ui/states'
import { useTypedQuery } from '../../ui/typed-query'
import { useDocumentTitle } from '../../ui/use-document-title'
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query'
import { FacetDrawer } from './facet-drawer'
import { FacetPanel } from './facet-panel'
import { IgnoredFiltersNotice, IgnoredSortNotice } from './ignored-filters-notice'
import { NoResults } from './no-results'
import { ResultList } from './result-list'
import { useSearchView } from './use-search-view'
import { SaveSearch } from './save-search'
import { SavedSearchList } from './saved-search-list'
import { matchingProducts, useMarkOpened } from '../../queries/saved-searches'
import './search.css'

const SORT_LABELS: Record<SearchSort, string> = { relevance: 'Relevance', name: 'Name', updated: 'Last updated' }

export function SearchPage() {
  const [view, setView] = useSearchView()
  const backend = useBackend()
  // The typed text leads while the URL catches up, so a keystroke's search starts at once.
  const query = useTypedQuery() ?? view.q.trim()
  const viewRef = useRef(view)
  useLayoutEffect(() => {
    viewRef.current = view
  })
  const onToggle = useCallback((key: FacetKey, value: string) => setView(toggleFacet(viewRef.current, key, value)), [setView])
  const onClearFilters = useCallback(() => setView({ ...viewRef.current, filters: {} }), [setView])
  const { issues, engine } = useSearchEngine()
  useMarkOpened(view)
  const matches = useCallback(() => (engine ? matchingProducts(engine, viewRef.current) : Promise.resolve([])), [engine])
  const results = useSearchResults({ q: query, filters: view.filters, sort: view.sort })
  const { fetchNextPage, hasNextPage, isFetchingNextPage } = results
  const loadMore = useCallback(() => {
    if (!isFetchingNextPage) void fetchNextPage()
  }, [fetchNextPage, isFetchingNextPage])
  useDocumentTitle(query ? `“${query}”` : 'Search')

  const pages = results.data?.pages ?? []
  const first = pages[0]
  const hits = pages.flatMap((page) => page.hits)
  const answered = results.data && !results.isPlaceholderData
  // Results paint first; the facet counts follow in the next, interruptible render.
  const facets = useDeferredValue(first?.facets)
  const narrow = useMediaQuery(NARROW_SCREEN)
  const facetPanel = first && (
    <FacetPanel facets={facets ?? first.facets} filters={view.filters} onToggle={onToggle} onClear={onClearFilters} />
  )

  return (
    <section className="search-page">
      <header className="page-header">
        <h1>{query ? <>Results for “{query}”</> : 'All data products'}</h1>
        <div className="row search-toolbar">
          <p className="muted" role="status" aria-live="polite">
            {first ? `${first.total.toLocaleString()} ${first.total === 1 ? 'product' : 'products'}` : results.error ? 'No results' : 'Searching…'}
            {results.isFetching && !results.isFetchingNextPage && first && <span className="visually-hidden"> (updating)</span>}
          </p>
          {narrow && first && (
            <FacetDrawer active={activeFilterCount(view)} total={first.total}>
              {facetPanel}
            </FacetDrawer>
          )}
          <label className="sort-control">
            <span className="sort-label">Sort by</span>{' '}
            <select value={view.sort} onChange={(event) => setView({ ...view, sort: event.target.value as SearchSort })}>
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="row saved-search-row">
          {first && <SaveSearch view={view} facets={first.facets} matches={matches} />}
          <SavedSearchList current={view} />
        </div>
      </header>
      <RecordIssuesNotice issues={first?.issues ? [...issues, ...first.issues] : issues} />
      <BackendNotices notices={first?.notices} />
      {results.error && !first ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} title={`Search failed on ${backend.label}`} />
      ) : !first ? (
        <LoadingState label="Building the search index…" />
      ) : (
        <div className="search-layout">
          {!narrow && facetPanel}
          <div className="search-results" aria-busy={!answered} data-results-for={answered ? query : undefined}>
            {first.ignoredFilters && first.ignoredFilters.length > 0 && (
              <IgnoredFiltersNotice
                backend={backend.label}
                facets={first.ignoredFilters}
                onRemove={() => setView({ ...view, filters: withoutFacets(view.filters, first.ignoredFilters!) })}
              />
            )}
            {first.ignoredSort && (
              <IgnoredSortNotice backend={backend.label} label={SORT_LABELS[first.ignoredSort]} onReset={() => setView({ ...view, sort: 'relevance' })} />
            )}
            {first.relaxed && (
              <p className="notice" role="note">
                No product matches every word; these match some of them.
              </p>
            )}
            {first.total === 0 ? (
              <NoResults
                view={view}
                facets={first.facets}
                onRemoveFilter={(key, value) => setView(toggleFacet(view, key, value))}
                onClearQuery={() => setView({ ...view, q: '' })}
                readsFiles={backend.getSources !== undefined}
              />
            ) : (
              <ResultList hits={hits} total={first.total} partialFrom={first.complete} hasMore={hasNextPage} loadMore={loadMore} />
            )}
          </div>
        </div>
      )}
    </section>
  )
}
