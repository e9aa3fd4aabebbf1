import { indexTerms, queryWords } from './tokens'

describe('index terms', () => {
  it('keeps identifiers whole and adds their segments and words', () => {
    expect(indexTerms('device.os_version')).toEqual(['device.os_version', 'device', 'os_version', 'os', 'version'])
    expect(indexTerms('urn:tessera:product:playback.sessions')).toEqual(
      expect.arrayContaining(['urn:tessera:product:playback.sessions', 'playback', 'sessions', 'product']),
    )
  })
  it('lower-cases and drops punctuation at the edges', () => {
    expect(indexTerms('(Sessions),')).toEqual(['sessions'])
    expect(indexTerms('…')).toBeNull()
  })
})

describe('query words', () => {
  it('splits on spaces and keeps identifiers whole', () => {
    expect(queryWords('  Session_ID  market ')).toEqual(['session_id', 'market'])
  })
})
