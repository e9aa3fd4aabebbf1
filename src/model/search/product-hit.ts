import { allColumns, hasContract } from '../completeness'
import { overallSloStatus } from '../slo'
import { firstIndexOf, lineMatching } from '../plain-text'
import type { DataProduct } from '../types'
import { FACET_KEYS, type FacetCounts, type FacetValue, type SearchHit } from './search-types'

/** Facet counts with no values, to fill in what a search server counts. */
export const emptyFacetCounts = (): FacetCounts => Object.fromEntries(FACET_KEYS.map((key) => [key, [] as FacetValue[]])) as unknown as FacetCounts

/** The words of a query worth highlighting: two letters or more, not the match-all `*`. */
const highlightWords = (q: string) => q.toLowerCase().split(/\s+/).filter((w) => w.length > 1 && w !== '*')

/**
 * A product a search server found, as a result: the description line and column that show the
 * query's words, where the product carries them. The server ranked it; this only presents it.
 */
export function productHit(product: DataProduct, names: { domain?: string; owner?: string }, q: string): SearchHit {
  const highlights = highlightWords(q)
  const column = highlights.length ? allColumns(product).find((c) => firstIndexOf(c.column.name.toLowerCase(), highlights) >= 0) : undefined
  return {
    urn: product.urn,
    name: product.name,
    title: product.title,
    kind: product.kind,
    lifecycle: product.lifecycle,
    domainId: product.domainId,
    ...(names.domain ? { domainName: names.domain } : {}),
    ...(names.owner ? { ownerName: names.owner } : {}),
    snippet: lineMatching(product.description, (line) => firstIndexOf(line, highlights)),
    highlights,
    ...(column ? { matchedColumn: column.path } : {}),
    hasContract: hasContract(product),
    sloStatus: overallSloStatus(product.slos),
    updatedAt: product.updatedAt,
  }
}
