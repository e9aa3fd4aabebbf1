import { activeFilterCount, parseSearchView, searchPath, searchViewParams, toggleFacet } from './search-params'

describe('search view in the URL', () => {
  it('round-trips query, repeated facet values and sort', () => {
    const params = new URLSearchParams('q=sessions&kind=aggregate&kind=source-aligned&domain=playback&sort=name')
    const view = parseSearchView(params)
    expect(view).toEqual({ q: 'sessions', filters: { kind: ['aggregate', 'source-aligned'], domain: ['playback'] }, sort: 'name' })
    expect(parseSearchView(searchViewParams(view))).toEqual(view)
  })
  it('ignores unknown sorts, keys and empty values', () => {
    expect(parseSearchView(new URLSearchParams('sort=random&colour=red&tag='))).toEqual({ q: '', filters: {}, sort: 'relevance' })
  })
  it('leaves defaults out of links', () => {
    expect(searchViewParams({ q: ' ', filters: {}, sort: 'relevance' }).toString()).toBe('')
  })
  it('toggles a facet value on and off', () => {
    const on = toggleFacet({ q: '', filters: {}, sort: 'relevance' }, 'tag', 'gold')
    expect(on.filters).toEqual({ tag: ['gold'] })
    expect(activeFilterCount(on)).toBe(1)
    expect(toggleFacet(on, 'tag', 'gold').filters).toEqual({})
  })
  it('builds links to a view, defaults left out', () => {
    expect(searchPath({ filters: { domain: ['finance'], kind: ['aggregate'] } })).toBe('/search?domain=finance&kind=aggregate')
    expect(searchPath({ q: 'a&b' })).toBe('/search?q=a%26b')
    expect(searchPath()).toBe('/search')
  })
})
