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

interface Filter {
  field: string
  values?: string[]
  condition?: 'EXISTS'
  negated?: boolean
}

/** Datasets no domain holds: those a container groups. */
export const WITHOUT_DOMAIN: Filter = { field: 'domains', condition: 'EXISTS', negated: true }

/**
 * One facet's filter as alternatives (any may hold), each a list of filters (all must): a domain
 * filter may name DataHub domains and containers, a container standing for its datasets no domain holds.
 */
function alternatives(key: FacetKey, field: string, values: readonly string[]): Filter[][] {
  if (key === 'tag') return [[{ field, values: values.map(tagUrn) }]]
  if (key !== 'domain') return [[{ field, values: [...values] }]]
  const containers = values.filter(isContainer)
  const domains = values.filter((v) => !isContainer(v))
  return [...(domains.length ? [[{ field, values: domains }]] : []), ...(containers.length ? [[{ field: 'container', values: containers }, WITHOUT_DOMAIN]] : [])]
}

/** The `searchAcrossEntities` input for a Tessera search over data products, or over datasets standing as products; `also` holds in every branch. */
export function searchInput(request: SearchRequest, types: readonly string[] = ['DATA_PRODUCT'], also: readonly Filter[] = []): Record<string, unknown> {
  let orFilters: Filter[][] = [[...also]]
  for (const [key, field] of Object.entries(FIELDS) as [FacetKey, string][]) {
    const values = request.filters[key] ?? []
    if (values.length === 0) continue
    const options = alternatives(key, field, values)
    orFilters = orFilters.flatMap((and) => options.map((option) => [...and, ...option]))
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

/** DataHub's facets as Tessera's; `containers`, from a search of datasets no domain holds, adds the containers grouping them to the domains. */
export function mapFacets(facets: WireSearchResults['facets'], containers?: WireSearchResults['facets']): FacetCounts {
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
  for (const a of containers?.find((f) => f.field === 'container')?.aggregations ?? []) {
    if (a.count > 0 && isContainer(a.value)) counts.domain.push({ value: a.value, label: a.entity?.properties?.name ?? a.value, count: a.count })
  }
  return counts
}

