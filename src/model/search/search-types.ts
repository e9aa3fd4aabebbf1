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

/** Why a product matched a query, in the words a result shows. */
export type MatchReason =
  | { kind: 'name' }
  | { kind: 'urn' }
  /** Another id of the product, e.g. its contract's or its source's own. */
  | { kind: 'id'; id: string }
  | { kind: 'port'; port: string }
  | { kind: 'column'; column: string; table?: string }
  | { kind: 'owner'; owner: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'domain'; domain: string }
  | { kind: 'description' }
  | { kind: 'column-description'; column: string }

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
  /** Why it matched, strongest first; a name match is never explained as a column match. */
  reasons?: MatchReason[]
  /** Words of the query this product does not match, when it is listed among partial matches. */
  missingWords?: string[]
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
  /**
   * How many of the results, from the first, match every word of the query; the rest match most
   * of them. Absent when every result matches every word.
   */
  complete?: number
  /** Catalogues that could not answer this search, when several are searched together. */
  issues?: RecordIssue[]
  /** Selected facets the search server cannot filter by: the results are not narrowed by them. */
  ignoredFilters?: FacetKey[]
  /** The order asked for, when the search server cannot sort by it: the results are in order of relevance. */
  ignoredSort?: SearchSort
  /** What users should know about how the backend shaped these results (datasets shown as products), one sentence each. */
  notices?: string[]
}
