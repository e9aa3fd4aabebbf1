import { makeProduct } from './test-products'
import { trustSummary, trustSummaryText } from './trust-summary'
import type { QualityCheck } from './types'

const now = new Date('2026-12-03T12:00:00Z')
const check = (status: QualityCheck['status'], observedAt?: string): QualityCheck => ({ name: `c-${status}`, status, ...(observedAt ? { observedAt } : {}) })

describe('trustSummary', () => {
  it('says how fresh the data is, how many checks pass and when they last ran', () => {
    const product = makeProduct({
      slos: [{ name: 'Freshness', objective: 'By 06:00 UTC', status: 'met', observedAt: '2026-12-03T06:12:00Z', lastLandedAt: '2026-12-03T10:00:00Z' }],
      contract: { id: 'c', version: '1', terms: { qualityChecks: [check('passing', '2026-12-03T06:10:00Z'), check('failing', '2026-12-03T06:11:00Z'), check('unknown'), { ...check('passing', '2026-11-20T06:00:00Z'), name: 'old' }] } },
    })
    const summary = trustSummary(product, now)
    expect(summary.checks).toEqual({ total: 4, passing: 1, warning: 0, failing: 1, stale: 1, unobserved: 1 })
    expect(trustSummaryText(summary, now, { timeZone: 'UTC', locale: 'en-GB' })).toBe('Fresh: landed 2 h ago · 1 of 4 checks passing, 1 failing, 1 not observed lately, 1 never observed · last run 06:12')
  })

  it('never calls an unobserved freshness SLO fresh', () => {
    const product = makeProduct({ contract: undefined, slos: [{ name: 'Freshness', objective: 'Daily', status: 'met' }] })
    expect(trustSummaryText(trustSummary(product, now), now)).toBe('Freshness never observed · No quality checks')
  })

  it('says when freshness was last checked, once stale', () => {
    const product = makeProduct({ contract: undefined, slos: [{ name: 'Freshness', objective: 'Daily', status: 'met', observedAt: '2026-11-25T12:00:00Z' }] })
    expect(trustSummaryText(trustSummary(product, now), now, { timeZone: 'UTC', locale: 'en-GB' })).toBe('Freshness stale: last checked 8 days ago · No quality checks · last run 25 Nov, 12:00')
  })
})
