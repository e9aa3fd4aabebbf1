import { useCallback, useMemo } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { parseSearchView, searchViewParams, type SearchView } from '../../model/search/search-params'
import { publishTypedQuery } from '../../ui/typed-query'

/** The search view is the URL: reading parses it, changing it navigates (facets push history, typing replaces). */
export function useSearchView(): [SearchView, (next: SearchView, options?: { replace?: boolean }) => void] {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const view = useMemo(() => parseSearchView(params), [params])
  const setView = useCallback(
    (next: SearchView, { replace = false } = {}) => {
      publishTypedQuery(null)
      const search = searchViewParams(next).toString()
      navigate({ pathname: '/search', search: search ? `?${search}` : '' }, { replace })
    },
    [navigate],
  )
  return [view, setView]
}
