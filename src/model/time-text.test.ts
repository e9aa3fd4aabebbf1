import { absoluteTime, relativeTime } from './time-text'

const now = Date.parse('2026-12-03T12:00:00Z')
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString()

describe('relativeTime', () => {
  it('says how long ago, in the largest unit that fits, and the date beyond a month', () => {
    expect(relativeTime(ago(2), now, 'en')).toBe('now')
    expect(relativeTime(ago(16), now, 'en')).toBe('16 seconds ago')
    expect(relativeTime(ago(3 * 60), now, 'en')).toBe('3 minutes ago')
    expect(relativeTime(ago(5 * 3600), now, 'en')).toBe('5 hours ago')
    expect(relativeTime(ago(86_400), now, 'en')).toBe('yesterday')
    expect(relativeTime(ago(8 * 86_400), now, 'en')).toBe('last week')
    expect(relativeTime(ago(40 * 86_400), now, 'en-GB')).toBe('24 Oct 2026')
    expect(relativeTime(ago(-7200), now, 'en')).toBe('in 2 hours')
  })

  it('shows text that is not a date as it is', () => {
    expect(relativeTime('sometime', now, 'en')).toBe('sometime')
    expect(absoluteTime('sometime', 'en')).toBe('sometime')
  })
})

describe('absoluteTime', () => {
  it('gives the date and the time', () => {
    expect(absoluteTime('2026-12-02T14:05:00', 'en-GB')).toBe('2 Dec 2026, 14:05')
  })
})
