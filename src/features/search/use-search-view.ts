import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { parseSearchView, searchViewParams, type SearchView } from '../../model/search/search-params'
import { getTypedQuery, publishTypedQuery } from '../../ui/typed-query'

/** The search view is the URL: reading parses it, changing it navigates (facets push history, typing replaces). */
export function useSearchView(): [SearchView, (next: SearchView, options?: { replace?: boolean }) => void] {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const view = useMemo(() => parseSearchView(params), [params])
  const current = useRef(view)
  useLayoutEffect(() => {
    current.current = view
  })
  const setView = useCallback(
    (requested: SearchView, { replace = false } = {}) => {
      // Text typed a moment ago may not be in the URL yet; a facet change keeps it.
      const typed = getTypedQuery()
      const next = typed !== null && requested.q === current.current.q ? { ...requested, q: typed } : requested
      publishTypedQuery(null)
      const search = searchViewParams(next).toString()
      navigate({ pathname: '/search', search: search ? `?${search}` : '' }, { replace })
    },
    [navigate],
  )
  return [view, setView]
}
