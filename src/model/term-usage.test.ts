import { existingTerm, suggestTerms, termUsage } from './term-usage'

const usage = termUsage([['pii', 'playback'], ['PII', 'finance'], ['pii'], ['core-pipeline', 'api'], ['epic']])

describe('termUsage', () => {
  it('counts each value once per product, case-insensitively, spelled as most products do, most used first', () => {
    expect(usage[0]).toEqual({ value: 'pii', products: 3 })
    expect(termUsage([['a', 'A', 'a']])).toEqual([{ value: 'a', products: 1 }])
  })
})

describe('suggestTerms', () => {
  it('puts an exact match first, then values starting with the text, then a word starting with it, then the rest', () => {
    expect(suggestTerms(usage, 'pi', []).map((t) => t.value)).toEqual(['pii', 'core-pipeline', 'api', 'epic'])
    expect(suggestTerms(usage, 'fin', []).map((t) => t.value)).toEqual(['finance'])
    expect(suggestTerms(usage, 'P', []).map((t) => t.value)).toEqual(['pii', 'playback', 'core-pipeline', 'api', 'epic'])
  })

  it('leaves out values already chosen, and offers the most used when nothing is typed', () => {
    expect(suggestTerms(usage, 'pi', ['PII']).map((t) => t.value)).toEqual(['core-pipeline', 'api', 'epic'])
    expect(suggestTerms(usage, '', [], 2).map((t) => t.value)).toEqual(['pii', 'api'])
  })

  it('finds the value a text names exactly', () => {
    expect(existingTerm(usage, ' Pii ')?.value).toBe('pii')
    expect(existingTerm(usage, 'pi')).toBeUndefined()
  })
})
