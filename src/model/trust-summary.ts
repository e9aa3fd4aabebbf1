/** A product's trust signals in one line: how fresh, how many checks pass, when they last ran. */
import { observeCheck, observeSlo, relativeTime, shortTime, type TimeOptions, type TrustState } from './observation'
import type { DataProduct, QualityCheck, Slo } from './types'

/** Every quality check of a product: those its contract promises, then those the catalogue monitors. */
export function allChecks(product: DataProduct): QualityCheck[] {
  return [...(product.contract?.terms?.qualityChecks ?? []), ...(product.monitoredChecks ?? [])]
}

/** The product's freshness SLO, if it declares one. */
export function freshnessSlo(product: DataProduct): Slo | undefined {
  return product.slos.find((s) => /fresh|timeliness|latency/i.test(s.name))
}

export interface TrustSummary {
  freshness?: { state: TrustState; landedAt?: string; observedAt?: string }
  /** `stale`: observed once, too long ago; `unobserved`: never observed. */
  checks: { total: number; passing: number; warning: number; failing: number; stale: number; unobserved: number }
  /** The latest time any check or SLO was observed. */
  lastRunAt?: string
}

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : Date.parse(a) >= Date.parse(b) ? a : b)

export function trustSummary(product: DataProduct, now: Date = new Date()): TrustSummary {
  const checks = { total: 0, passing: 0, warning: 0, failing: 0, stale: 0, unobserved: 0 }
  let lastRunAt: string | undefined
  for (const check of allChecks(product)) {
    const seen = observeCheck(check, now)
    checks.total += 1
    if (seen.state === 'met') checks.passing += 1
    else if (seen.state === 'warn') checks.warning += 1
    else if (seen.state === 'breached') checks.failing += 1
    else if (seen.state === 'stale') checks.stale += 1
    else checks.unobserved += 1
    lastRunAt = later(lastRunAt, seen.observedAt)
  }
  for (const slo of product.slos) lastRunAt = later(lastRunAt, observeSlo(slo, now).observedAt)
  const slo = freshnessSlo(product)
  const seen = slo && observeSlo(slo, now)
  return {
    ...(slo && seen
      ? { freshness: { state: seen.state, ...(slo.lastLandedAt ? { landedAt: slo.lastLandedAt } : {}), ...(seen.observedAt ? { observedAt: seen.observedAt } : {}) } }
      : {}),
    checks,
    ...(lastRunAt ? { lastRunAt } : {}),
  }
}

function freshnessText(f: NonNullable<TrustSummary['freshness']>, now: Date): string {
  const landed = f.landedAt ? ` · data landed ${relativeTime(f.landedAt, now)}` : ''
  switch (f.state) {
    case 'met':
      return f.landedAt ? `Fresh: landed ${relativeTime(f.landedAt, now)}` : 'Fresh'
    case 'breached':
      return `Late${landed}`
    case 'stale':
      return `Freshness stale: last checked ${relativeTime(f.observedAt ?? '', now)}`
    default:
      return 'Freshness never observed'
  }
}

/** "Fresh: landed 2 h ago · 14 of 15 checks passing · last run 06:12"; parts without data are left out. */
export function trustSummaryText(summary: TrustSummary, now: Date = new Date(), options: TimeOptions = {}): string {
  const parts: string[] = []
  if (summary.freshness) parts.push(freshnessText(summary.freshness, now))
  const { total, passing, warning, failing, stale, unobserved } = summary.checks
  if (total > 0) {
    const noun = total === 1 ? 'check' : 'checks'
    let text = `${passing} of ${total} ${noun} passing`
    if (failing) text += `, ${failing} failing`
    if (warning) text += `, ${warning} warning`
    if (stale) text += `, ${stale} not observed lately`
    if (unobserved) text += `, ${unobserved} never observed`
    parts.push(text)
  } else parts.push('No quality checks')
  if (summary.lastRunAt) parts.push(`last run ${shortTime(summary.lastRunAt, now, options)}`)
  return parts.join(' · ')
}
