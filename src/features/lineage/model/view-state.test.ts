import { defaultViewState, lineageHref, parseViewState, toggleExpansion, writeViewState, type LineageViewState } from './view-state'

const parse = (query: string) => parseViewState(new URLSearchParams(query))

describe('lineage view state in the URL', () => {
  it('defaults to a focus view two hops each way', () => {
    expect(parse('focus=urn:a')).toEqual({ ...defaultViewState, focus: 'urn:a' })
  })

  it('round-trips every setting', () => {
    const state: LineageViewState = {
      mode: 'focus',
      focus: 'urn:a',
      up: 1,
      down: Infinity,
      expansions: [
        { urn: 'urn:b', direction: 'up' },
        { urn: 'urn:c:with:colons', direction: 'down' },
      ],
      open: [],
      grouped: true,
      domains: ['play'],
      kinds: ['aggregate'],
      selected: 'urn:b',
      path: 'down',
      columns: ['urn:b'],
      column: { urn: 'urn:b', port: 'p', column: 'watch minutes' },
      engine: 'lanes',
    }
    expect(parseViewState(writeViewState(state))).toEqual(state)
    const mesh: LineageViewState = { ...defaultViewState, mode: 'mesh', open: 'all' }
    expect(parseViewState(writeViewState(mesh))).toEqual(mesh)
  })

  it('falls back to defaults on nonsense and caps depth', () => {
    const state = parse('up=-1&down=9999&path=sideways&kind=nope&kind=aggregate&layout=dagre&expand=left:urn:x&expand=up:')
    expect(state.up).toBe(2)
    expect(state.down).toBe(10)
    expect(state.path).toBe('both')
    expect(state.kinds).toEqual(['aggregate'])
    expect(state.engine).toBe('auto')
    expect(state.expansions).toEqual([])
  })

  it('builds the link product pages use', () => {
    expect(lineageHref('urn:tessera:product:a.b')).toBe('/lineage?focus=urn%3Atessera%3Aproduct%3Aa.b')
  })

  it('toggles an expansion on and off', () => {
    const on = toggleExpansion([], { urn: 'u', direction: 'up' })
    expect(on).toEqual([{ urn: 'u', direction: 'up' }])
    expect(toggleExpansion(on, { urn: 'u', direction: 'up' })).toEqual([])
  })
})
