import { requiredWords, stopWordsFor } from './stop-words'

describe('stop words', () => {
  const english = stopWordsFor()
  it('lets common English words go unmatched', () => {
    expect(requiredWords(['churn', 'by', 'subscription', 'plan'], english)).toEqual(['churn', 'subscription', 'plan'])
    expect(requiredWords(['revenue', 'of', 'the', 'day'], english)).toEqual(['revenue', 'day'])
  })
  it('keeps a query made only of common words', () => {
    expect(requiredWords(['the', 'and'], english)).toEqual(['the', 'and'])
  })
  it('knows the reader’s language as well as English', () => {
    const german = stopWordsFor(['de-DE'])
    expect(requiredWords(['umsatz', 'der', 'kunden', 'und', 'by'], german)).toEqual(['umsatz', 'kunden'])
    expect(stopWordsFor(['xx']).has('und')).toBe(false)
  })
  it('does not treat identifiers or data words as common', () => {
    for (const word of ['id', 'plan', 'order', 'date', 'user', 'name', 'type']) expect(english.has(word)).toBe(false)
  })
})
