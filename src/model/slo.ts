import { observeSlo } from './observation'
import type { Slo } from './types'

/** A product's SLOs summed up in one word, for a trust badge. */
export type OverallSloStatus = 'met' | 'breached' | 'unknown' | 'none'

/**
 * Summarise SLOs as observed at `now` (see {@link observeSlo}): `none` if there are no SLOs,
 * `breached` if any current observation is a breach, `met` if every SLO is observed, current and
 * met, otherwise `unknown` (never observed, undated or stale).
 */
export function overallSloStatus(slos: readonly Slo[], now: Date = new Date()): OverallSloStatus {
  if (slos.length === 0) return 'none'
  const states = slos.map((s) => observeSlo(s, now).state)
  if (states.includes('breached')) return 'breached'
  if (states.every((s) => s === 'met')) return 'met'
  return 'unknown'
}
