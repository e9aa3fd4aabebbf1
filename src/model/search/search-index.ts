import type { Catalog } from '../types'
import { searchHit } from './product-hit'
import { FacetTable } from './facets'
import { facetLabeller } from './facet-labels'
import { InvertedIndex, type Expansion, type QueryOptions } from './inverted-index'
import { matchTier, qualityFactor } from './rank'
import { smallest } from './top-k'
import { buildSearchRecords, SEARCH_FIELDS, type ProductRecord, type SearchField } from './search-documents'
import type { SearchHit, SearchRequest, SearchResponse } from './search-types'
import { indexTerms, queryWords, tokenize } from './tokens'

// Names weigh most, then where data lives and what it holds, then who owns it, then prose.
const BOOST: Record<SearchField, number> = {
  name: 10,
  urn: 6,
  ports: 3,
  columns: 3,
  tags: 3,
  owners: 2.5,
  domain: 2,
  description: 1,
  columnText: 0.5,
}
const COLUMNS_FIELD = SEARCH_FIELDS.indexOf('columns')
const NAME_FIELD = SEARCH_FIELDS.indexOf('name')

/** Below this many exact or prefix matches, a typo is likelier than a rare word: search again, tolerantly. */
const FEW_RESULTS = 10
/** Up to this many results, a page is picked from the matches rather than sorting them all. */
const PARTIAL_SELECTION_LIMIT = 200
const MAX_HIGHLIGHTS = 12

const indexTermsOf = (text: string): string[] => tokenize(text).flatMap((t) => indexTerms(t) ?? [])

interface QueryRun {
  ids: number[]
  scores: Float64Array
  expansions: Expansion[]
  relaxed: boolean
}

function runQuery(index: InvertedIndex, words: readonly string[]): QueryRun {
  const attempt = (options: QueryOptions) => {
    const expansions = index.expand(words, options)
    return { ...index.query(expansions, words.length, options.combine), expansions }
  }
  let run = attempt({ prefix: true, fuzzy: false, combine: 'and' })
  if (run.ids.length < FEW_RESULTS && words.some((w) => w.length >= 4)) run = attempt({ prefix: true, fuzzy: true, combine: 'and' })
  if (run.ids.length === 0 && words.length > 1) {
    run = attempt({ prefix: true, fuzzy: true, combine: 'or' })
    return { ...run, relaxed: run.ids.length > 0 }
  }
  return { ...run, relaxed: false }
}

interface Ordered {
  key: string
  /** Every match, unordered. */
  matching: number[]
  compare: (a: number, b: number) => number
  /** The best few, in order, while no one has paged further. */
  top: number[]
  sorted: number[] | undefined
  expansions: Expansion[]
  facets: SearchResponse['facets']
  relaxed: boolean
}

export interface SearchIndex {
  readonly size: number
  search(request: SearchRequest): SearchResponse
}

/** A full-text index of a whole catalogue with ranking, facets, sorting and paging, for client-side search. */
export function createSearchIndex(catalog: Catalog): SearchIndex {
  const { documents, records } = buildSearchRecords(catalog)
  const index = new InvertedIndex(
    SEARCH_FIELDS.map((name) => ({ name, boost: BOOST[name] })),
    documents.map((d) => SEARCH_FIELDS.map((f) => d[f])),
    indexTermsOf,
  )
  const label = facetLabeller(catalog)
  const facetTable = new FacetTable(records.map((r) => r.facets))
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const byTitle = rankOf(records, (a, b) => collator.compare(a.product.title, b.product.title))
  const byUpdated = rankOf(records, (a, b) => (a.product.updatedAt < b.product.updatedAt ? 1 : a.product.updatedAt > b.product.updatedAt ? -1 : 0))
  const quality = records.map(qualityFactor)
  const allIds = records.map((_, i) => i)
  let last: Ordered | undefined

  const order = (request: SearchRequest): Ordered => {
    const query = request.q.trim().toLowerCase()
    const key = JSON.stringify([query, request.filters, request.sort])
    if (last?.key === key) return last

    const words = queryWords(query)
    const run = words.length > 0 ? runQuery(index, words) : undefined
    const candidates = run ? run.ids : allIds
    const { matching, facets } = facetTable.filterAndCount(candidates, request.filters, label)

    let compare: (a: number, b: number) => number
    if (request.sort === 'name') compare = (a, b) => byTitle[a]! - byTitle[b]!
    else if (request.sort === 'updated') compare = (a, b) => byUpdated[a]! - byUpdated[b]!
    else if (!run) compare = (a, b) => quality[b]! - quality[a]! || byTitle[a]! - byTitle[b]!
    else {
      const tier = new Int8Array(records.length)
      const score = new Float64Array(records.length)
      for (const id of matching) {
        tier[id] = matchTier(records[id]!, query, index.allWordsInPrimary(id, words.length), words.length)
        score[id] = run.scores[id]! * quality[id]!
      }
      compare = (a, b) => tier[a]! - tier[b]! || score[b]! - score[a]! || byTitle[a]! - byTitle[b]!
    }
    last = { key, matching, compare, top: [], sorted: undefined, expansions: run?.expansions ?? [], facets, relaxed: run?.relaxed ?? false }
    return last
  }

  // The first pages come from a partial selection; only paging deep into many results sorts them all.
  const pageOf = (ordered: Ordered, offset: number, limit: number): number[] => {
    const end = offset + limit
    if (ordered.sorted) return ordered.sorted.slice(offset, end)
    if (end > ordered.top.length && end <= PARTIAL_SELECTION_LIMIT && ordered.matching.length > end * 4) {
      ordered.top = smallest(ordered.matching, Math.max(end, 2 * limit), ordered.compare)
    }
    if (end <= ordered.top.length) return ordered.top.slice(offset, end)
    ordered.sorted = [...ordered.matching].sort(ordered.compare)
    return ordered.sorted.slice(offset, end)
  }

  return {
    size: records.length,
    search(request) {
      const ordered = order(request)
      const page = pageOf(ordered, request.offset, request.limit)
      const words = queryWords(request.q.toLowerCase())
      return {
        total: ordered.matching.length,
        hits: page.map((id) => toHit(records[id]!, index.termsIn(id, ordered.expansions), words)),
        facets: ordered.facets,
        ...(ordered.relaxed ? { relaxed: true } : {}),
      }
    },
  }
}

function rankOf(records: readonly ProductRecord[], compare: (a: ProductRecord, b: ProductRecord) => number): Int32Array {
  const sorted = records.map((_, i) => i).sort((a, b) => compare(records[a]!, records[b]!))
  const rank = new Int32Array(records.length)
  sorted.forEach((id, position) => (rank[id] = position))
  return rank
}

type TermsInDocument = ReturnType<InvertedIndex['termsIn']>

function matchedColumn(record: ProductRecord, found: TermsInDocument): string | undefined {
  const partsOf = (lower: string) => lower.split(/[_.:-]+/)
  // A near-spelling that also hit the name says more about the name than about a column.
  const nameMatched = found.some((f) => f.fields.includes(NAME_FIELD))
  for (const { term, fields, typo } of found) {
    if (!fields.includes(COLUMNS_FIELD) || (typo && nameMatched)) continue
    const column =
      record.columns.find((c) => c.lower === term || c.lower.endsWith(`.${term}`)) ??
      record.columns.find((c) => partsOf(c.lower).includes(term))
    if (column) return column.path
  }
  return undefined
}

function toHit(record: ProductRecord, found: TermsInDocument, words: readonly string[]): SearchHit {
  const { product } = record
  // The words typed, then what they reached in this product; a dozen is plenty to mark.
  const highlights = [...new Set([...words, ...found.map((f) => f.term)])].filter((t) => t.length > 1).slice(0, MAX_HIGHLIGHTS)
  const column = matchedColumn(record, found)
  return searchHit(product, {
    highlights,
    ...(record.domainName ? { domainName: record.domainName } : {}),
    ...(record.ownerName ? { ownerName: record.ownerName } : {}),
    ...(column ? { matchedColumn: column } : {}),
    hasContract: record.hasContract,
    sloStatus: record.sloStatus,
  })
}
