import { emptyFacetCounts } from '../../model/search/product-hit'
import type { FacetCounts, FacetKey, SearchRequest } from '../../model/search/search-types'
import type { WireSearchResults } from './datahub-wire'

/** Tessera's facets DataHub can filter and count on, by DataHub's search field. */
const FIELDS: Partial<Record<FacetKey, string>> = { domain: 'domains', team: 'owners', tag: 'tags' }

/** The facets a DataHub search can filter by. */
export const SEARCH_FILTERS = Object.keys(FIELDS) as FacetKey[]

const tagUrn = (name: string) => `urn:li:tag:${name}`
const tagName = (urn: string) => urn.replace(/^urn:li:tag:/, '')

/** The `searchAcrossEntities` input for a Tessera search over data products. */
export function searchInput(request: SearchRequest): Record<string, unknown> {
  const and = (Object.entries(FIELDS) as [FacetKey, string][]).flatMap(([key, field]) => {
    const values = request.filters[key] ?? []
    if (values.length === 0) return []
    return [{ field, values: key === 'tag' ? values.map(tagUrn) : [...values] }]
  })
  return {
    types: ['DATA_PRODUCT'],
    query: request.q.trim() || '*',
    start: request.offset,
    count: request.limit,
    ...(and.length ? { orFilters: [{ and }] } : {}),
    ...(request.sort === 'name' ? { sortInput: { sortCriteria: [{ field: 'name', sortOrder: 'ASCENDING' }] } } : {}),
  }
}

export function mapFacets(facets: WireSearchResults['facets']): FacetCounts {
  const counts = emptyFacetCounts()
  for (const [key, field] of Object.entries(FIELDS) as [FacetKey, string][]) {
    const facet = facets?.find((f) => f.field === field)
    counts[key] = (facet?.aggregations ?? [])
      .filter((a) => a.count > 0 && (key !== 'team' || a.value.startsWith('urn:li:corpGroup:')))
      .map((a) => {
        const value = key === 'tag' ? tagName(a.value) : a.value
        const label = a.entity?.properties?.displayName ?? a.entity?.properties?.name ?? a.entity?.name ?? a.entity?.username ?? value
        return { value, label, count: a.count }
      })
  }
  return counts
}

