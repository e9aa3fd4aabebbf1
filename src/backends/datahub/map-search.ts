import { emptyFacetCounts } from '../../model/search/product-hit'
import type { FacetCounts, FacetKey, SearchRequest } from '../../model/search/search-types'
import type { WireSearchResults } from './datahub-wire'

/** Tessera's facets DataHub can filter and count on, by DataHub's search field. */
const FIELDS: Partial<Record<FacetKey, string>> = { domain: 'domains', team: 'owners', tag: 'tags' }

/** The facets a DataHub search can filter by. */
export const SEARCH_FILTERS = Object.keys(FIELDS) as FacetKey[]

const tagUrn = (name: string) => `urn:li:tag:${name}`
const tagName = (urn: string) => urn.replace(/^urn:li:tag:/, '')

const isContainer = (urn: string) => urn.startsWith('urn:li:container:')

/** One facet's filter as alternatives (any may hold): a domain filter may name DataHub domains and containers. */
function alternatives(key: FacetKey, field: string, values: readonly string[]): { field: string; values: string[] }[] {
  if (key === 'tag') return [{ field, values: values.map(tagUrn) }]
  if (key !== 'domain') return [{ field, values: [...values] }]
  const containers = values.filter(isContainer)
  const domains = values.filter((v) => !isContainer(v))
  return [...(domains.length ? [{ field, values: domains }] : []), ...(containers.length ? [{ field: 'container', values: containers }] : [])]
}

/** The `searchAcrossEntities` input for a Tessera search over data products, or over datasets standing as products. */
export function searchInput(request: SearchRequest, types: readonly string[] = ['DATA_PRODUCT']): Record<string, unknown> {
  let orFilters: { field: string; values: string[] }[][] = [[]]
  for (const [key, field] of Object.entries(FIELDS) as [FacetKey, string][]) {
    const values = request.filters[key] ?? []
    if (values.length === 0) continue
    const options = alternatives(key, field, values)
    orFilters = orFilters.flatMap((and) => options.map((option) => [...and, option]))
  }
  const filtered = orFilters.some((and) => and.length > 0)
  return {
    types: [...types],
    query: request.q.trim() || '*',
    start: request.offset,
    count: request.limit,
    ...(filtered ? { orFilters: orFilters.map((and) => ({ and })) } : {}),
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
  // Datasets no domain holds are grouped by their container: those are domain values too.
  const containers = facets?.find((f) => f.field === 'container')
  for (const a of containers?.aggregations ?? []) {
    if (a.count > 0 && isContainer(a.value)) counts.domain.push({ value: a.value, label: a.entity?.properties?.name ?? a.value, count: a.count })
  }
  return counts
}

