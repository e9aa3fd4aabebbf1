import type { OverallSloStatus } from '../slo'
import type { Lifecycle, ProductKind, RecordIssue, Urn } from '../types'

/** `source` is the catalogue a product came from, when several backends are shown as one mesh. */
export const FACET_KEYS = ['source', 'domain', 'kind', 'team', 'tag', 'lifecycle', 'port', 'contract', 'slo'] as const
export type FacetKey = (typeof FACET_KEYS)[number]

export const SORTS = ['relevance', 'name', 'updated'] as const
export type SearchSort = (typeof SORTS)[number]

/** Selected facet values: several values of one facet combine with OR, facets with each other with AND. */
export type FacetFilters = Partial<Record<FacetKey, readonly string[]>>

export interface SearchRequest {
  q: string
  filters: FacetFilters
  sort: SearchSort
  offset: number
  limit: number
}

/** One result, with what an analyst needs to judge the product without opening it. */
export interface SearchHit {
  urn: Urn
  name: string
  title: string
  kind: ProductKind
  lifecycle: Lifecycle
  domainId: string
  domainName?: string
  ownerName?: string
  /** One line of the description, chosen to contain a match where one exists. */
  snippet: string
  /** Words to highlight in the title and snippet (lower case, as matched). */
  highlights: string[]
  /** The column path that matched, when the match came from the schema. */
  matchedColumn?: string
  hasContract: boolean
  sloStatus: OverallSloStatus
  updatedAt: string
  /** Where the result came from, when several backends are searched together. */
  source?: string
}

export interface FacetValue {
  value: string
  label: string
  count: number
}

export type FacetCounts = Record<FacetKey, FacetValue[]>

export interface SearchResponse {
  total: number
  hits: SearchHit[]
  facets: FacetCounts
  /** When every word had to match and nothing did, the results match any word instead. */
  relaxed?: boolean
  /** Catalogues that could not answer this search, when several are searched together. */
  issues?: RecordIssue[]
  /** Selected facets the search server cannot filter by: the results are not narrowed by them. */
  ignoredFilters?: FacetKey[]
}
