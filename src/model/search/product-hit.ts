import { allColumns, hasContract } from '../completeness'
import { overallSloStatus, type OverallSloStatus } from '../slo'
import { firstIndexOf, lineMatching } from '../plain-text'
import type { DataProduct } from '../types'
import { FACET_KEYS, type FacetCounts, type FacetValue, type SearchHit } from './search-types'

/** Facet counts with no values, to fill in what a search server counts. */
export const emptyFacetCounts = (): FacetCounts => Object.fromEntries(FACET_KEYS.map((key) => [key, [] as FacetValue[]])) as unknown as FacetCounts

/** The words of a query worth highlighting: two letters or more, not the match-all `*`. */
const highlightWords = (q: string) => q.toLowerCase().split(/\s+/).filter((w) => w.length > 1 && w !== '*')

/** What a result shows beyond the product itself, worked out by whoever found it. */
export interface HitParts {
  /** Words to mark, lower case. */
  highlights: string[]
  domainName?: string
  ownerName?: string
  matchedColumn?: string
  hasContract: boolean
  sloStatus: OverallSloStatus
}

/** A found product as a result, with the description line that shows a highlighted word (Markdown read as plain text). */
export function searchHit(product: DataProduct, parts: HitParts): SearchHit {
  const { highlights, domainName, ownerName, matchedColumn } = parts
  return {
    urn: product.urn,
    name: product.name,
    title: product.title,
    kind: product.kind,
    lifecycle: product.lifecycle,
    domainId: product.domainId,
    ...(domainName ? { domainName } : {}),
    ...(ownerName ? { ownerName } : {}),
    snippet: lineMatching(product.description, (line) => firstIndexOf(line, highlights)),
    highlights,
    ...(matchedColumn ? { matchedColumn } : {}),
    hasContract: parts.hasContract,
    sloStatus: parts.sloStatus,
    updatedAt: product.updatedAt,
    ...(product.source ? { source: product.source } : {}),
  }
}

/** A product a search server found and ranked, as a result: the column holding a query word, where the product carries columns. */
export function productHit(product: DataProduct, names: { domain?: string; owner?: string }, q: string): SearchHit {
  const highlights = highlightWords(q)
  const column = highlights.length ? allColumns(product).find((c) => firstIndexOf(c.column.name.toLowerCase(), highlights) >= 0) : undefined
  return searchHit(product, {
    highlights,
    ...(names.domain ? { domainName: names.domain } : {}),
    ...(names.owner ? { ownerName: names.owner } : {}),
    ...(column ? { matchedColumn: column.path } : {}),
    hasContract: hasContract(product),
    sloStatus: overallSloStatus(product.slos),
  })
}
