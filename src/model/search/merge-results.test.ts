import { describe, expect, it } from 'vitest'
import { mergeSearchResponses, type MemberAnswer } from './merge-results'
import { FACET_KEYS, type FacetCounts, type FacetValue, type SearchHit, type SearchRequest } from './search-types'

const hit = (name: string, extra: Partial<SearchHit> = {}): SearchHit => ({
  urn: `urn:${name}`,
  name,
  title: name,
  kind: 'aggregate',
  lifecycle: 'active',
  domainId: 'sales',
  snippet: '',
  highlights: [],
  hasContract: false,
  sloStatus: 'none',
  updatedAt: '2026-01-01T00:00:00Z',
  ...extra,
})

const facets = (values: Partial<Record<keyof FacetCounts, FacetValue[]>> = {}): FacetCounts =>
  ({ ...Object.fromEntries(FACET_KEYS.map((k) => [k, []])), ...values }) as FacetCounts

const answer = (source: string, hits: SearchHit[], extra: Partial<MemberAnswer> & { total?: number; facets?: FacetCounts; relaxed?: boolean } = {}): MemberAnswer => ({
  source,
  included: extra.included ?? true,
  response: { total: extra.total ?? hits.length, hits, facets: extra.facets ?? facets(), ...(extra.relaxed ? { relaxed: true } : {}) },
})

const request = (over: Partial<SearchRequest> = {}): SearchRequest => ({ q: 'orders', filters: {}, sort: 'relevance', offset: 0, limit: 25, ...over })
const names = (hits: SearchHit[]) => hits.map((h) => h.name)

describe('mergeSearchResponses', () => {
  it('interleaves two catalogues by rank, so neither buries the other', () => {
    const merged = mergeSearchResponses([answer('A', [hit('a1'), hit('a2'), hit('a3')]), answer('B', [hit('b1'), hit('b2')])], request())
    expect(names(merged.hits)).toEqual(['a1', 'b1', 'a2', 'b2', 'a3'])
    expect(merged.total).toBe(5)
  })

  it('puts a product named exactly as the query first, whichever catalogue ranked it where', () => {
    const merged = mergeSearchResponses([answer('A', [hit('orders_daily'), hit('order_lines')]), answer('B', [hit('customers'), hit('Orders')])], request())
    expect(merged.hits[0]?.name).toBe('Orders')
  })

  it('sorts by name or by last update across catalogues when asked', () => {
    const a = answer('A', [hit('beta', { updatedAt: '2026-03-01' }), hit('delta', { updatedAt: '2026-01-01' })])
    const b = answer('B', [hit('alpha', { updatedAt: '2026-02-01' }), hit('gamma', { updatedAt: '2026-04-01' })])
    expect(names(mergeSearchResponses([a, b], request({ sort: 'name' })).hits)).toEqual(['alpha', 'beta', 'delta', 'gamma'])
    expect(names(mergeSearchResponses([a, b], request({ sort: 'updated' })).hits)).toEqual(['gamma', 'beta', 'alpha', 'delta'])
  })

  it('returns the requested page of the merged order', () => {
    const a = answer('A', [hit('a1'), hit('a2'), hit('a3')], { total: 30 })
    const b = answer('B', [hit('b1'), hit('b2'), hit('b3')], { total: 12 })
    const page = mergeSearchResponses([a, b], request({ offset: 2, limit: 2 }))
    expect(names(page.hits)).toEqual(['a2', 'b2'])
    expect(page.total).toBe(42)
  })

  it('adds up facet counts of values several catalogues share and keeps the others', () => {
    const a = answer('A', [hit('a1')], { facets: facets({ domain: [{ value: 'sales', label: 'Sales', count: 3 }, { value: 'hr', label: 'HR', count: 1 }] }) })
    const b = answer('B', [hit('b1')], { facets: facets({ domain: [{ value: 'sales', label: 'Sales', count: 4 }] }) })
    expect(mergeSearchResponses([a, b], request()).facets.domain).toEqual([
      { value: 'sales', label: 'Sales', count: 7 },
      { value: 'hr', label: 'HR', count: 1 },
    ])
  })

  it('says whose each value is when two catalogues use one name for different values', () => {
    const a = answer('Warehouse', [hit('a1')], { facets: facets({ domain: [{ value: 'marketing', label: 'Marketing', count: 2 }] }) })
    const b = answer('Lake', [hit('b1')], { facets: facets({ domain: [{ value: 'dom-17', label: 'Marketing', count: 1 }, { value: 'hr', label: 'HR', count: 1 }] }) })
    expect(mergeSearchResponses([a, b], request()).facets.domain.map((v) => v.label)).toEqual(['Marketing (Warehouse)', 'HR', 'Marketing (Lake)'])
  })

  it('counts each catalogue in the source facet, including one left out by a source filter', () => {
    const a = answer('Warehouse', [hit('a1')], { total: 9, facets: facets({ kind: [{ value: 'aggregate', label: 'Aggregate', count: 9 }] }) })
    const b = answer('Lake', [hit('b1')], { total: 4, included: false, facets: facets({ kind: [{ value: 'aggregate', label: 'Aggregate', count: 4 }] }) })
    const merged = mergeSearchResponses([a, b], request({ filters: { source: ['Warehouse'] } }))
    expect(merged.facets.source).toEqual([
      { value: 'Warehouse', label: 'Warehouse', count: 9 },
      { value: 'Lake', label: 'Lake', count: 4 },
    ])
    expect(merged.facets.kind).toEqual([{ value: 'aggregate', label: 'Aggregate', count: 9 }])
    expect(names(merged.hits)).toEqual(['a1'])
    expect(merged.total).toBe(9)
  })

  it('takes the source counts of an answer that covers several catalogues from that answer', () => {
    const local = answer('local', [hit('a1')], {
      total: 5,
      facets: facets({ source: [{ value: 'Demo', label: 'Demo', count: 3 }, { value: 'Partner', label: 'Partner', count: 2 }] }),
    })
    const merged = mergeSearchResponses([local, answer('DataHub', [hit('b1')], { total: 7 })], request())
    expect(merged.facets.source.map((v) => [v.value, v.count])).toEqual([
      ['DataHub', 7],
      ['Demo', 3],
      ['Partner', 2],
    ])
  })

  it('keeps a selected value no catalogue counted, so it can be unselected', () => {
    const merged = mergeSearchResponses([answer('A', []), answer('B', [])], request({ filters: { tag: ['pii'] } }))
    expect(merged.facets.tag).toEqual([{ value: 'pii', label: 'pii', count: 0 }])
  })

  it('hides the source facet when only one catalogue answered', () => {
    expect(mergeSearchResponses([answer('A', [hit('a1')])], request()).facets.source).toEqual([])
  })

  it('says the results were relaxed only when every catalogue with hits had to relax', () => {
    const strict = answer('A', [hit('a1')])
    const relaxed = answer('B', [hit('b1')], { relaxed: true })
    expect(mergeSearchResponses([strict, relaxed], request()).relaxed).toBeUndefined()
    expect(mergeSearchResponses([answer('A', []), relaxed], request()).relaxed).toBe(true)
  })
})
