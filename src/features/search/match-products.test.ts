import { makeProduct } from '../../model/test-products'
import { matchProducts } from './match-products'

const sessions = makeProduct({ name: 'playback_sessions', title: 'Playback sessions', description: 'Every session.' })
const legacy = makeProduct({ name: 'legacy_sessions', title: 'Legacy sessions', lifecycle: 'deprecated' })
const revenue = makeProduct({
  name: 'revenue',
  title: 'Revenue',
  description: 'Money, per playback market.',
  outputPorts: [{ id: 'main', name: 'main', type: 'table', location: 'x', columns: [{ name: 'session_count', type: 'int' }] }],
})

describe('matchProducts', () => {
  it('ranks a name match above a description match', () => {
    expect(matchProducts([revenue, sessions], 'playback').map((m) => m.product.title)).toEqual(['Playback sessions', 'Revenue'])
  })
  it('sinks deprecated products below active ones', () => {
    expect(matchProducts([legacy, sessions], 'sessions')[0]?.product.title).toBe('Playback sessions')
  })
  it('says which column matched', () => {
    expect(matchProducts([revenue], 'session_count')[0]?.column).toBe('session_count')
  })
  it('requires every word to match', () => {
    expect(matchProducts([sessions, revenue], 'playback nothing')).toEqual([])
  })
  it('lists everything by title for an empty query', () => {
    expect(matchProducts([sessions, legacy], ' ').map((m) => m.product.title)).toEqual(['Legacy sessions', 'Playback sessions'])
  })
})
