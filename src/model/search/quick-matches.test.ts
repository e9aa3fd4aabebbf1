import { matchByName } from './quick-matches'

describe('matchByName', () => {
  const names = ['Finance', 'Finance Analytics', 'Playback Data', 'Data Platform']
  it('puts exact and prefix matches first', () => {
    expect(matchByName(names, (n) => n, 'finance', 5)).toEqual(['Finance', 'Finance Analytics'])
    expect(matchByName(names, (n) => n, 'data', 5)).toEqual(['Data Platform', 'Playback Data'])
  })
  it('requires every word and respects the limit', () => {
    expect(matchByName(names, (n) => n, 'data play', 5)).toEqual(['Playback Data'])
    expect(matchByName(names, (n) => n, 'a', 2)).toHaveLength(2)
    expect(matchByName(names, (n) => n, '  ', 5)).toEqual([])
  })
})
