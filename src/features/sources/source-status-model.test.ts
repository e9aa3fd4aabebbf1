import type { SourceStatus } from '../../backends/catalog-backend'
import { byAttention, countByFailure, countByState, locationText } from './source-status-model'

const source = (url: string, state: SourceStatus['state']): SourceStatus => ({ url, format: 'f', state, problems: [] })

describe('source status', () => {
  it('puts files that need attention first, keeping configured order otherwise', () => {
    const sorted = byAttention([source('a', 'loaded'), source('b', 'failed'), source('c', 'partial'), source('d', 'failed')])
    expect(sorted.map((s) => s.url)).toEqual(['b', 'd', 'c', 'a'])
  })

  it('counts files by state', () => {
    expect(countByState([source('a', 'loaded'), source('b', 'failed')])).toEqual({ loaded: 1, failed: 1, partial: 0 })
  })

  it('counts files by kind of trouble, in a fixed order', () => {
    const failing = (failure: SourceStatus['failure']): SourceStatus => ({ ...source('x', 'failed'), failure })
    expect(countByFailure([failing('parse'), failing('not-found'), failing('parse'), source('a', 'loaded')])).toEqual([
      ['not-found', 1],
      ['parse', 2],
    ])
  })

  it('says where a problem is', () => {
    expect(locationText({ severity: 'error', message: 'x', line: 3, column: 7 })).toBe('line 3, column 7')
    expect(locationText({ severity: 'error', message: 'x', line: 3 })).toBe('line 3')
    expect(locationText({ severity: 'error', message: 'x' })).toBeUndefined()
  })
})
