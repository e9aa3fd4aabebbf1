import type { Catalog } from '../types'
import { searchHit } from './product-hit'
import { FacetTable } from './facets'
import { facetLabeller } from './facet-labels'
import { InvertedIndex, type Expansion, type TermInDocument } from './inverted-index'
import { explainMatch } from './match-reasons'
import { matchTier, qualityFactor } from './rank'
import { smallest } from './top-k'
import { buildSearchRecords, SEARCH_FIELDS, type ProductRecord, type SearchField } from './search-documents'
import type { SearchHit, SearchRequest, SearchResponse } from './search-types'
import { requiredWords, stopWordsFor } from './stop-words'
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
/** Fewer products than a page match every word: those matching most of the words follow them. */
const PARTIAL_BELOW = 25
/** Up to this many results, a page is picked from the matches rather than sorting them all. */
const PARTIAL_SELECTION_LIMIT = 200
const MAX_HIGHLIGHTS = 12

const indexTermsOf = (text: string): string[] => tokenize(text).flatMap((t) => indexTerms(t) ?? [])

interface QueryRun {
  /** Products matching every word. */
  complete: number[]
  /** Products matching most words (any word, when none match most), in no order. */
  partial: number[]
  /** How many words each partial match matched. */
  matchedWords: Uint16Array | undefined
  scores: Float64Array
  expansions: Expansion[]
}

function runQuery(index: InvertedIndex, words: readonly string[]): QueryRun {
  const expansions = index.expand(words, { prefix: true, fuzzy: true })
  const all = index.query(expansions, words.length, 'and')
  if (words.length === 1 || all.ids.length >= PARTIAL_BELOW) return { complete: all.ids, partial: [], matchedWords: undefined, scores: all.scores, expansions }

  const any = index.query(expansions, words.length, 'or')
  const matchedWords = new Uint16Array(index.size)
  for (const id of any.ids) matchedWords[id] = index.wordsMatched(id)
  const most = Math.ceil(words.length / 2)
  const need = all.ids.length === 0 && !any.ids.some((id) => matchedWords[id]! >= most) ? 1 : most
  const complete: number[] = []
  const partial: number[] = []
  for (const id of any.ids) {
    if (matchedWords[id] === words.length) complete.push(id)
    else if (matchedWords[id]! >= need) partial.push(id)
  }
  return { complete, partial, matchedWords, scores: any.scores, expansions }
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
  /** How many of the matches match every word; they come first. */
  complete: number
  words: string[]
}

export interface SearchIndex {
  readonly size: number
  search(request: SearchRequest): SearchResponse
}

export interface SearchIndexOptions {
  /** Words a query does not have to match (see `stopWordsFor`); English by default. */
  stopWords?: ReadonlySet<string>
}

/** A full-text index of a whole catalogue with ranking, facets, sorting and paging, for client-side search. */
export function createSearchIndex(catalog: Catalog, options: SearchIndexOptions = {}): SearchIndex {
  const stopWords = options.stopWords ?? stopWordsFor()
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
  const mostQueries = records.reduce((most, r) => Math.max(most, r.product.usage?.queries ?? 0), 0)
  const quality = records.map((r) => qualityFactor(r, mostQueries))
  const allIds = records.map((_, i) => i)
  let last: Ordered | undefined

  const order = (request: SearchRequest): Ordered => {
    const query = request.q.trim().toLowerCase()
    const key = JSON.stringify([query, request.filters, request.sort])
    if (last?.key === key) return last

    const words = requiredWords(queryWords(query), stopWords)
    const run = words.length > 0 ? runQuery(index, words) : undefined
    const candidates = run ? (run.partial.length > 0 ? [...run.complete, ...run.partial] : run.complete) : allIds
    const { matching, facets } = facetTable.filterAndCount(candidates, request.filters, label)

    // Partial matches (group 1) follow the complete ones whatever the sort.
    const group = new Uint8Array(records.length)
    for (const id of run?.partial ?? []) group[id] = 1
    let complete = 0
    for (const id of matching) if (group[id] === 0) complete++

    let compare: (a: number, b: number) => number
    if (request.sort === 'name') compare = (a, b) => group[a]! - group[b]! || byTitle[a]! - byTitle[b]!
    else if (request.sort === 'updated') compare = (a, b) => group[a]! - group[b]! || byUpdated[a]! - byUpdated[b]!
    else if (!run) compare = (a, b) => quality[b]! - quality[a]! || byTitle[a]! - byTitle[b]!
    else {
      const tier = new Int8Array(records.length)
      const score = new Float64Array(records.length)
      const matched = run.matchedWords
      for (const id of matching) {
        tier[id] = group[id] ? 3 : matchTier(records[id]!, query, index.allWordsInPrimary(id, words.length), words.length)
        score[id] = run.scores[id]! * quality[id]!
      }
      compare = (a, b) =>
        group[a]! - group[b]! ||
        (matched && group[a] ? matched[b]! - matched[a]! : 0) ||
        tier[a]! - tier[b]! ||
        score[b]! - score[a]! ||
        byTitle[a]! - byTitle[b]!
    }
    last = { key, matching, compare, top: [], sorted: undefined, expansions: run?.expansions ?? [], facets, complete, words }
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
      const total = ordered.matching.length
      return {
        total,
        hits: page.map((id) => toHit(records[id]!, index.termsIn(id, ordered.expansions), ordered.words)),
        facets: ordered.facets,
        ...(ordered.complete < total ? { complete: ordered.complete } : {}),
        ...(ordered.complete === 0 && total > 0 ? { relaxed: true } : {}),
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

function toHit(record: ProductRecord, found: readonly TermInDocument[], words: readonly string[]): SearchHit {
  const { product } = record
  // The words typed, then what they reached in this product; a dozen is plenty to mark.
  const highlights = [...new Set([...words, ...found.map((f) => f.term)])].filter((t) => t.length > 1).slice(0, MAX_HIGHLIGHTS)
  const { reasons, missing } = explainMatch(record, found, words)
  const column = reasons.find((r) => r.kind === 'column')
  return {
    ...searchHit(product, {
      highlights,
      ...(record.domainName ? { domainName: record.domainName } : {}),
      ...(record.ownerName ? { ownerName: record.ownerName } : {}),
      ...(column ? { matchedColumn: column.column } : {}),
      hasContract: record.hasContract,
      sloStatus: record.sloStatus,
    }),
    ...(reasons.length > 0 ? { reasons } : {}),
    ...(missing.length > 0 && missing.length < words.length ? { missingWords: missing } : {}),
  }
}
