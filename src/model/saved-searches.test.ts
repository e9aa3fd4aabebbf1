import { findSaved, markOpened, newMatches, putSavedSearch, SEEN_LIMIT, suggestName, viewKey, type SavedSearch } from './saved-searches'

const saved = (over: Partial<SavedSearch> = {}): SavedSearch => ({
  id: 's1',
  name: 'Sessions',
  view: { q: 'sessions', filters: { domain: ['playback'] }, sort: 'relevance' },
  createdAt: '2026-01-01T00:00:00Z',
  openedAt: '2026-01-01T00:00:00Z',
  seen: ['urn:a', 'urn:b'],
  ...over,
})

describe('new since last opened', () => {
  it('counts the products that match now and did not when last opened', () => {
    expect(newMatches(saved(), ['urn:c', 'urn:a', 'urn:d'])).toEqual(['urn:c', 'urn:d'])
  })

  it('counts nothing when the same products match, or fewer', () => {
    expect(newMatches(saved(), ['urn:b', 'urn:a'])).toEqual([])
    expect(newMatches(saved(), ['urn:a'])).toEqual([])
  })

  it('counts a product once, even when an answer repeats it', () => {
    expect(newMatches(saved(), ['urn:c', 'urn:c'])).toEqual(['urn:c'])
  })

  it('a product that stopped matching and matches again is news again once the search was opened in between', () => {
    const opened = markOpened(saved(), ['urn:b'], '2026-02-01T00:00:00Z')
    expect(newMatches(opened, ['urn:a', 'urn:b'])).toEqual(['urn:a'])
  })

  it('opening makes what matches now old news and remembers when', () => {
    const opened = markOpened(saved(), ['urn:c', 'urn:a'], '2026-03-01T00:00:00Z')
    expect(opened.openedAt).toBe('2026-03-01T00:00:00Z')
    expect(newMatches(opened, ['urn:a', 'urn:c'])).toEqual([])
    expect(opened.createdAt).toBe('2026-01-01T00:00:00Z')
  })

  it('remembers at most SEEN_LIMIT matches', () => {
    const many = Array.from({ length: SEEN_LIMIT + 5 }, (_, i) => `urn:${i}`)
    expect(markOpened(saved(), many, 't').seen).toHaveLength(SEEN_LIMIT)
  })
})

describe('saved search views', () => {
  it('the same query, facet values in any order and sort are one search; case and outer spaces of the query do not matter', () => {
    const a = { q: ' Sessions ', filters: { tag: ['pii', 'gold'], domain: ['playback'] }, sort: 'relevance' as const }
    const b = { q: 'sessions', filters: { domain: ['playback'], tag: ['gold', 'pii'] }, sort: 'relevance' as const }
    expect(viewKey(a)).toBe(viewKey(b))
    expect(viewKey({ ...b, sort: 'name' })).not.toBe(viewKey(b))
    expect(viewKey({ ...b, filters: { domain: ['playback'] } })).not.toBe(viewKey(b))
  })

  it('saving a view already saved renames it, keeping its id and creation time; another view is added newest first', () => {
    const list = [saved()]
    const renamed = putSavedSearch(list, saved({ id: 'new', name: 'Playback sessions', createdAt: '2026-04-01T00:00:00Z' }))
    expect(renamed).toEqual([saved({ name: 'Playback sessions' })])
    const added = putSavedSearch(list, saved({ id: 's2', view: { q: 'ads', filters: {}, sort: 'name' }, createdAt: '2026-04-01T00:00:00Z' }))
    expect(added.map((s) => s.id)).toEqual(['s2', 's1'])
    expect(findSaved(added, { q: 'ADS', filters: {}, sort: 'name' })?.id).toBe('s2')
  })

  it('suggests a name from the query and the facets’ labels', () => {
    const label = (key: string, value: string) => (key === 'domain' ? 'Playback' : value)
    expect(suggestName({ q: 'sessions', filters: { domain: ['playback'], tag: ['pii'] }, sort: 'relevance' }, label)).toBe('“sessions” · Playback · pii')
    expect(suggestName({ q: '  ', filters: {}, sort: 'name' }, label)).toBe('All data products')
  })
})
