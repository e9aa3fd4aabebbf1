import { overallSloStatus } from './slo'
import type { Slo, SloStatus } from './types'

const slos = (...statuses: SloStatus[]): Slo[] =>
  statuses.map((status, i) => ({ name: `slo-${i}`, objective: 'promise', status }))

describe('overallSloStatus', () => {
  it('is none without SLOs', () => {
    expect(overallSloStatus([])).toBe('none')
  })

  it('is met when every SLO is met', () => {
    expect(overallSloStatus(slos('met'))).toBe('met')
    expect(overallSloStatus(slos('met', 'met', 'met'))).toBe('met')
  })

  it('is breached when any SLO is breached, whatever the others', () => {
    expect(overallSloStatus(slos('met', 'breached'))).toBe('breached')
    expect(overallSloStatus(slos('unknown', 'breached', 'met'))).toBe('breached')
  })

  it('is unknown when some are unknown and none breached', () => {
    expect(overallSloStatus(slos('met', 'unknown'))).toBe('unknown')
    expect(overallSloStatus(slos('unknown'))).toBe('unknown')
  })
})
