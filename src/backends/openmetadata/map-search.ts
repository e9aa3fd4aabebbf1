import { emptyFacetCounts } from '../../model/search/product-hit'
import type { FacetCounts, FacetKey, SearchRequest } from '../../model/search/search-types'
import { LIFECYCLES } from '../../model/types'
import { lifecycleLabel } from '../../model/product-queries'
import { lifecycleOfStage, stagesOfLifecycle } from './map-openmetadata'
import { aggregationSchema } from './openmetadata-wire'

export const SEARCH_INDEX = { dataProduct: 'data_product_search_index', table: 'table_search_index' } as const

/** Tessera's facets OpenMetadata's search index can filter and count on, by indexed field. */
const FIELDS: Partial<Record<FacetKey, string>> = {
  domain: 'domains.fullyQualifiedName',
  team: 'owners.name',
  tag: 'tags.tagFQN',
  lifecycle: 'lifecycleStage',
}
/** The facets an OpenMetadata search can filter by. */
export const SEARCH_FILTERS = Object.keys(FIELDS) as FacetKey[]

/** Older servers index one domain as `domain`. */
const ALIASES: Record<string, string> = { 'domain.fullyQualifiedName': 'domains.fullyQualifiedName' }

const SORT: Record<SearchRequest['sort'], { sort_field: string; sort_order: 'asc' | 'desc' }> = {
  relevance: { sort_field: '_score', sort_order: 'desc' },
  name: { sort_field: 'name.keyword', sort_order: 'asc' },
  updated: { sort_field: 'updatedAt', sort_order: 'desc' },
}

/** An Elasticsearch bool query: values of one facet OR-ed, facets AND-ed. */
function queryFilter(request: SearchRequest, index: string): string | undefined {
  const must = (Object.entries(FIELDS) as [FacetKey, string][]).flatMap(([key, field]) => {
    const values = request.filters[key] ?? []
    if (values.length === 0) return []
    if (key === 'lifecycle' && index !== SEARCH_INDEX.dataProduct) return []
    const terms = key === 'lifecycle' ? values.flatMap(stagesOfLifecycle) : [...values]
    return [{ bool: { should: terms.map((value) => ({ term: { [field]: value } })) } }]
  })
  return must.length ? JSON.stringify({ query: { bool: { must } } }) : undefined
}

/** The `/search/query` parameters for a Tessera search. */
export function searchParams(request: SearchRequest, index: string): Record<string, string | number | boolean | undefined> {
  return {
    q: request.q.trim() || '*',
    index,
    from: request.offset,
    size: request.limit,
    deleted: false,
    track_total_hits: true,
    query_filter: queryFilter(request, index),
    ...SORT[request.sort],
  }
}

/** `sterms#tags.tagFQN` → `tags.tagFQN`; `owners.name.keyword` → `owners.name`. */
const fieldOf = (name: string) => {
  const field = name.replace(/^[a-z_]+#/, '').replace(/\.keyword$/, '')
  return ALIASES[field] ?? field
}

/** Display names the search index does not carry: domains by FQN, teams by name; and the glossaries, whose terms are not tags. */
export interface FacetNames {
  domain: ReadonlyMap<string, string>
  team: ReadonlyMap<string, string>
  glossaries?: ReadonlySet<string>
}

/** OpenMetadata indexes glossary terms among tags (`Business.Order`); a term's FQN starts with its glossary's name. */
const isGlossaryTerm = (fqn: string, glossaries: ReadonlySet<string> | undefined) =>
  [...(glossaries ?? [])].some((g) => fqn.startsWith(`${g}.`) || fqn.startsWith(`"${g}".`))

/**
 * The facets Tessera can filter by that the search answer did not count: a server whose search
 * settings leave out their fields (as shipped, OpenMetadata counts tags but not domains, owners or lifecycle).
 */
export function uncountedFacets(aggregations: Record<string, unknown> | null | undefined, index: string): FacetKey[] {
  const counted = new Set(Object.keys(aggregations ?? {}).map(fieldOf))
  return (Object.entries(FIELDS) as [FacetKey, string][]).filter(([key, field]) => !counted.has(field) && (key !== 'lifecycle' || index === SEARCH_INDEX.dataProduct)).map(([key]) => key)
}

/**
 * Facet counts from the search aggregations. With `names`, domains and teams are labelled by
 * their display names, and users are left out of the owner-team facet (OpenMetadata indexes
 * user and team owners in one field).
 */
export function mapFacets(aggregations: Record<string, unknown> | null | undefined, names?: FacetNames): FacetCounts {
  const counts = emptyFacetCounts()
  const byField = new Map(Object.entries(aggregations ?? {}).map(([name, value]) => [fieldOf(name), aggregationSchema.safeParse(value)]))
  for (const [key, field] of Object.entries(FIELDS) as [FacetKey, string][]) {
    const parsed = byField.get(field)
    if (!parsed?.success) continue
    const buckets = parsed.data.buckets.filter((b) => b.doc_count > 0).map((b) => ({ value: String(b.key), count: b.doc_count }))
    if (key === 'lifecycle') {
      const tally = new Map<string, number>()
      for (const b of buckets) tally.set(lifecycleOfStage(b.value), (tally.get(lifecycleOfStage(b.value)) ?? 0) + b.count)
      counts.lifecycle = LIFECYCLES.filter((l) => tally.has(l)).map((l) => ({ value: l, label: lifecycleLabel(l), count: tally.get(l)! }))
    } else if ((key === 'domain' || key === 'team') && names) {
      const known = names[key]
      counts[key] = buckets.filter((b) => key === 'domain' || known.has(b.value)).map((b) => ({ ...b, label: known.get(b.value) ?? b.value }))
    } else if (key === 'tag') counts.tag = buckets.filter((b) => !isGlossaryTerm(b.value, names?.glossaries)).map((b) => ({ ...b, label: b.value }))
    else counts[key] = buckets.map((b) => ({ ...b, label: b.value }))
  }
  return counts
}

