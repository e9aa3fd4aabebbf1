import type { CoverageFilters } from '../../model/coverage'

/** A link to the search page prefiltered as given; repeated keys stay repeated. */
export function searchHref(filters: CoverageFilters, extra: readonly (readonly [string, string])[]): string {
  const query = new URLSearchParams()
  for (const [key, value] of extra) query.append(key, value)
  for (const lifecycle of filters.lifecycles) query.append('lifecycle', lifecycle)
  for (const team of filters.teamIds) query.append('team', team)
  for (const tag of filters.tags) query.append('tag', tag)
  return `/search?${query.toString()}`
}
