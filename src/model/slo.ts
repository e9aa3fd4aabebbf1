import type { Slo } from './types'

/** A product's SLOs summed up in one word, for a trust badge. */
export type OverallSloStatus = 'met' | 'breached' | 'unknown' | 'none'

/**
 * Summarise SLOs: `breached` if any is breached, `met` if all are met, `none` if there are
 * no SLOs, otherwise `unknown` (some not yet observed).
 */
export function overallSloStatus(slos: readonly Slo[]): OverallSloStatus {
  if (slos.length === 0) return 'none'
  if (slos.some((s) => s.status === 'breached')) return 'breached'
  if (slos.every((s) => s.status === 'met')) return 'met'
  return 'unknown'
}
