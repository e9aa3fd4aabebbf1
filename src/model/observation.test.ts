import { absoluteTime, observeCheck, observeSlo, passRate, recentRuns, relativeTime, shortTime } from './observation'
import type { QualityCheck, Slo } from './types'

const now = new Date('2026-12-03T12:00:00Z')
const slo = (overrides: Partial<Slo> = {}): Slo => ({ name: 'Freshness', objective: 'By 06:00 UTC', status: 'met', ...overrides })
const check = (overrides: Partial<QualityCheck> = {}): QualityCheck => ({ name: 'not_null', status: 'passing', ...overrides })

describe('observeSlo', () => {
  it('is unknown when never observed, whatever status the backend claims', () => {
    expect(observeSlo(slo(), now)).toMatchObject({ state: 'unknown', unknownBecause: 'never-observed', reported: 'met' })
    expect(observeSlo(slo({ status: 'unknown' }), now).state).toBe('unknown')
  })

  it('is unknown, and says why, when a value is reported with no date', () => {
    expect(observeSlo(slo({ current: '07:31 UTC' }), now)).toMatchObject({ state: 'unknown', unknownBecause: 'undated', value: '07:31 UTC' })
  })

  it('is met or breached when observed within the maximum age', () => {
    expect(observeSlo(slo({ observedAt: '2026-12-03T06:12:00Z' }), now)).toMatchObject({ state: 'met', ageMs: 5.8 * 3_600_000, maxAgeHours: 48, maxAgeIsDefault: true })
    expect(observeSlo(slo({ status: 'breached', observedAt: '2026-12-02T12:00:00Z' }), now).state).toBe('breached')
  })

  it('is stale once older than its maximum age, its own or the default', () => {
    expect(observeSlo(slo({ observedAt: '2026-12-03T06:00:00Z', maxAgeHours: 4 }), now)).toMatchObject({ state: 'stale', reported: 'met', maxAgeIsDefault: false })
    expect(observeSlo(slo({ observedAt: '2026-11-30T12:00:00Z' }), now).state).toBe('stale')
    expect(observeSlo(slo({ status: 'breached', observedAt: '2026-11-30T12:00:00Z' }), now).state).toBe('stale')
  })

  it('treats an unreadable date as no date', () => {
    expect(observeSlo(slo({ observedAt: 'yesterday' }), now).state).toBe('unknown')
  })

  it('treats an observation of unknown status as never observed, but keeps its time', () => {
    expect(observeSlo(slo({ status: 'unknown', observedAt: '2026-12-03T11:00:00Z' }), now)).toMatchObject({ state: 'unknown', observedAt: '2026-12-03T11:00:00.000Z' })
  })
})

describe('observeCheck', () => {
  it('maps passing, warning and failing to met, warn and breached when current', () => {
    const at = '2026-12-03T11:00:00Z'
    expect(observeCheck(check({ observedAt: at }), now).state).toBe('met')
    expect(observeCheck(check({ status: 'warning', observedAt: at }), now).state).toBe('warn')
    expect(observeCheck(check({ status: 'failing', observedAt: at, message: 'Got 3 results' }), now)).toMatchObject({ state: 'breached', value: 'Got 3 results' })
  })

  it('is unknown without a run', () => {
    expect(observeCheck(check(), now).state).toBe('unknown')
  })
})

describe('recentRuns', () => {
  it('keeps the newest runs, oldest first, and drops unreadable times', () => {
    const history = Array.from({ length: 40 }, (_, i) => ({ at: new Date(now.getTime() - i * 86_400_000).toISOString(), outcome: 'pass' as const }))
    const runs = recentRuns({ history: [...history, { at: 'never', outcome: 'fail' }] })
    expect(runs).toHaveLength(30)
    expect(runs[29]?.at).toBe(now.toISOString())
    expect(runs.every((r) => r.outcome === 'pass')).toBe(true)
  })

  it('computes a pass rate that ignores skipped runs', () => {
    expect(passRate([{ at: 'a', outcome: 'pass' }, { at: 'b', outcome: 'fail' }, { at: 'c', outcome: 'skipped' }, { at: 'd', outcome: 'warn' }])).toBeCloseTo(2 / 3)
    expect(passRate([])).toBeUndefined()
  })
})

describe('times', () => {
  it('says how long ago, and how far ahead', () => {
    expect(relativeTime('2026-12-03T11:59:40Z', now)).toBe('just now')
    expect(relativeTime('2026-12-03T11:48:00Z', now)).toBe('12 min ago')
    expect(relativeTime('2026-12-03T09:50:00Z', now)).toBe('2 h ago')
    expect(relativeTime('2026-11-28T12:00:00Z', now)).toBe('5 days ago')
    expect(relativeTime('2026-12-03T14:00:00Z', now)).toBe('in 2 h')
  })

  it('writes the absolute time in the viewer’s time zone, or the one given', () => {
    expect(absoluteTime('2026-12-03T06:12:00Z', { timeZone: 'UTC', locale: 'en-GB' })).toBe('3 Dec 2026, 06:12 UTC')
    expect(absoluteTime('2026-12-03T06:12:00Z', { timeZone: 'Asia/Tokyo', locale: 'en-GB' })).toBe('3 Dec 2026, 15:12 GMT+9')
    expect(absoluteTime('2026-12-03T23:30:00Z', { timeZone: 'America/New_York', locale: 'en-GB' })).toBe('3 Dec 2026, 18:30 GMT-5')
  })

  it('writes a short time, with the date when it is another day in that zone', () => {
    expect(shortTime('2026-12-03T06:12:00Z', now, { timeZone: 'UTC', locale: 'en-GB' })).toBe('06:12')
    expect(shortTime('2026-12-02T06:12:00Z', now, { timeZone: 'UTC', locale: 'en-GB' })).toBe('2 Dec, 06:12')
    expect(shortTime('2026-12-03T01:00:00Z', now, { timeZone: 'America/Los_Angeles', locale: 'en-GB' })).toBe('2 Dec, 17:00')
  })
})
