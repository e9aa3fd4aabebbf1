import { overallSloStatus } from './slo'
import type { Slo, SloStatus } from './types'

const now = new Date('2026-12-03T12:00:00Z')
const slos = (...statuses: SloStatus[]): Slo[] =>
  statuses.map((status, i) => ({ name: `slo-${i}`, objective: 'promise', status, observedAt: '2026-12-03T06:00:00Z' }))

describe('overallSloStatus', () => {
  it('is none without SLOs, not a breach', () => {
    expect(overallSloStatus([], now)).toBe('none')
  })

  it('is met when every SLO is observed, current and met', () => {
    expect(overallSloStatus(slos('met'), now)).toBe('met')
    expect(overallSloStatus(slos('met', 'met', 'met'), now)).toBe('met')
  })

  it('is breached when any SLO is breached, whatever the others', () => {
    expect(overallSloStatus(slos('met', 'breached'), now)).toBe('breached')
    expect(overallSloStatus(slos('unknown', 'breached', 'met'), now)).toBe('breached')
  })

  it('is unknown when some are unknown and none breached', () => {
    expect(overallSloStatus(slos('met', 'unknown'), now)).toBe('unknown')
    expect(overallSloStatus(slos('unknown'), now)).toBe('unknown')
  })

  it('does not take a met status without a date, or a stale one, as met', () => {
    expect(overallSloStatus([{ name: 'f', objective: 'daily', status: 'met' }], now)).toBe('unknown')
    expect(overallSloStatus([{ name: 'f', objective: 'daily', status: 'met', observedAt: '2026-11-01T06:00:00Z' }], now)).toBe('unknown')
  })
})
