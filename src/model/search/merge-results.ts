import { emptyFacetCounts } from './product-hit'
import { FACET_KEYS, type FacetCounts, type FacetValue, type SearchHit, type SearchRequest, type SearchResponse } from './search-types'

/** One catalogue's answer to a search, its hits ranked best first. */
export interface MemberAnswer {
  /** The catalogue's name, its value in the `source` facet unless the response counts that facet itself. */
  source: string
  response: SearchResponse
  /** False when the answer counts towards the `source` facet only (another catalogue is selected). */
  included: boolean
}

// Reciprocal rank fusion: scores from different engines cannot be compared, positions can.
const FUSION_K = 60

const exactly = (hit: SearchHit, q: string) => q !== '' && (hit.name.toLowerCase() === q || hit.title.toLowerCase() === q)

const byTitle = (a: SearchHit, b: SearchHit) => a.title.localeCompare(b.title) || a.urn.localeCompare(b.urn)
const byUpdated = (a: SearchHit, b: SearchHit) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : byTitle(a, b))

/** Every catalogue's hits in one order: the requested sort, or for relevance exact names first, then fused rank. */
function mergeHits(answers: readonly MemberAnswer[], request: SearchRequest): SearchHit[] {
  const all = answers.flatMap((answer) => answer.response.hits.map((hit, rank) => ({ hit, rank })))
  if (request.sort === 'name') return all.map((x) => x.hit).sort(byTitle)
  if (request.sort === 'updated') return all.map((x) => x.hit).sort(byUpdated)
  const q = request.q.trim().toLowerCase()
  const score = (x: { hit: SearchHit; rank: number }) => (exactly(x.hit, q) ? 1 : 0) + 1 / (FUSION_K + x.rank + 1)
  return all
    .map((x) => ({ ...x, score: score(x) }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank || byTitle(a.hit, b.hit))
    .map((x) => x.hit)
}

/** Values of one facet that share a label but not a value (two catalogues' "Marketing" domains) say whose each is. */
function disambiguate(values: FacetValue[], sources: Map<string, Set<string>>): FacetValue[] {
  const labels = new Map<string, number>()
  for (const v of values) labels.set(v.label, (labels.get(v.label) ?? 0) + 1)
  return values.map((v) => (labels.get(v.label)! > 1 ? { ...v, label: `${v.label} (${[...(sources.get(v.value) ?? [])].join(', ')})` } : v))
}

/** Each catalogue counts its own facets; a value several of them know is counted once, with their counts added. */
function mergeFacets(answers: readonly MemberAnswer[], request: SearchRequest): FacetCounts {
  const facets = emptyFacetCounts()
  for (const key of FACET_KEYS) {
    const merged = new Map<string, FacetValue>()
    const sources = new Map<string, Set<string>>()
    const add = (value: FacetValue, source: string) => {
      const known = merged.get(value.value)
      if (known) known.count += value.count
      else merged.set(value.value, { ...value })
      sources.set(value.value, (sources.get(value.value) ?? new Set()).add(source))
    }
    if (key === 'source') {
      for (const a of answers) {
        if (a.response.facets.source.length > 0) a.response.facets.source.forEach((v) => add(v, v.value))
        else add({ value: a.source, label: a.source, count: a.response.total }, a.source)
      }
    } else for (const answer of answers) if (answer.included) answer.response.facets[key].forEach((v) => add(v, answer.source))
    for (const value of request.filters[key] ?? []) if (!merged.has(value)) merged.set(value, { value, label: value, count: 0 })
    facets[key] = disambiguate([...merged.values()], sources).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  }
  // One catalogue alone needs no filter by catalogue.
  if (facets.source.length < 2 && !request.filters.source?.length) facets.source = []
  return facets
}

/**
 * Several catalogues' answers to one search as one answer: the page `request` asks for out of
 * their merged hits, facets added up, and a `source` facet counting each catalogue's matches.
 * Each answer must hold its catalogue's best `offset + limit` hits.
 */
export function mergeSearchResponses(answers: readonly MemberAnswer[], request: SearchRequest): SearchResponse {
  const included = answers.filter((a) => a.included)
  const hits = mergeHits(included, request).slice(request.offset, request.offset + request.limit)
  const withHits = included.filter((a) => a.response.hits.length > 0)
  return {
    total: included.reduce((n, a) => n + a.response.total, 0),
    hits,
    facets: mergeFacets(answers, request),
    ...(withHits.length > 0 && withHits.every((a) => a.response.relaxed) ? { relaxed: true } : {}),
  }
}
