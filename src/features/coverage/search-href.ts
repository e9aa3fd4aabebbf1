import type { CoverageFilters } from '../../model/coverage'
import { searchPath } from '../../model/search/search-params'
import type { FacetFilters } from '../../model/search/search-types'

/** A link to the search page showing what a coverage figure counts, under the map's filters. */
export function searchHref(filters: CoverageFilters, facets: FacetFilters): string {
  return searchPath({ filters: { ...facets, lifecycle: filters.lifecycles, team: filters.teamIds, tag: filters.tags } })
}
