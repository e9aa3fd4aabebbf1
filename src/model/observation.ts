/**
 * A status is an observation with a time: what an SLO or quality check says now, given when it
 * was last observed and how old an observation may be. One function per question, used by every
 * display of an SLO or a check.
 */
import type { Observed, QualityCheck, Run, RunOutcome, Slo } from './types'

/** What a reader should believe about an SLO or a check right now. */
export type TrustState = 'met' | 'warn' | 'breached' | 'stale' | 'unknown'

/** Used when a backend does not say how old an observation may be: a daily job missed twice. */
export const DEFAULT_MAX_AGE_HOURS = 48

const HOUR = 3_600_000

export interface Observation {
  state: TrustState
  /** Present when `state` is `unknown`: never observed, or a status with no date. */
  unknownBecause?: 'never-observed' | 'undated'
  /** The status the backend reported, before age was taken into account. */
  reported: 'met' | 'warn' | 'breached' | 'unknown'
  observedAt?: string
  /** Milliseconds between the observation and `now`. */
  ageMs?: number
  value?: string
  maxAgeHours: number
  maxAgeIsDefault: boolean
}

const instant = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? ms : undefined
}

function observe(item: Observed, reported: Observation['reported'], value: string | undefined, now: Date): Observation {
  const maxAgeIsDefault = !(typeof item.maxAgeHours === 'number' && item.maxAgeHours > 0)
  const maxAgeHours = maxAgeIsDefault ? DEFAULT_MAX_AGE_HOURS : (item.maxAgeHours as number)
  const base = { reported, maxAgeHours, maxAgeIsDefault, ...(value ? { value } : {}) }
  const at = instant(item.observedAt)
  if (reported === 'unknown' && at === undefined) return { ...base, state: 'unknown', unknownBecause: 'never-observed' }
  if (at === undefined) return { ...base, state: 'unknown', unknownBecause: value ? 'undated' : 'never-observed' }
  const ageMs = Math.max(0, now.getTime() - at)
  const observed = { ...base, observedAt: new Date(at).toISOString(), ageMs }
  if (reported === 'unknown') return { ...observed, state: 'unknown', unknownBecause: 'never-observed' }
  if (ageMs > maxAgeHours * HOUR) return { ...observed, state: 'stale' }
  return { ...observed, state: reported }
}

/** An SLO's status as of `now`: unknown when never observed or undated, stale when too old. */
export function observeSlo(slo: Slo, now: Date = new Date()): Observation {
  const reported = slo.status === 'met' || slo.status === 'breached' ? slo.status : 'unknown'
  return observe(slo, reported, slo.current?.trim() || undefined, now)
}

const CHECK_REPORTED: Record<string, Observation['reported']> = { passing: 'met', warning: 'warn', failing: 'breached' }

/** A quality check's status as of `now`, by the same rules as {@link observeSlo}. */
export function observeCheck(check: QualityCheck, now: Date = new Date()): Observation {
  return observe(check, CHECK_REPORTED[check.status] ?? 'unknown', check.message?.trim() || undefined, now)
}

/** The runs to draw, oldest first, at most `limit` of them, dropping any without a readable time. */
export function recentRuns(item: Observed, limit = 30): Run[] {
  return (item.history ?? [])
    .filter((run) => instant(run.at) !== undefined)
    .sort((a, b) => (instant(b.at) ?? 0) - (instant(a.at) ?? 0))
    .slice(0, limit)
    .reverse()
}

/** Share of runs that passed (warnings count as passed), or undefined with no runs. */
export function passRate(runs: readonly Run[]): number | undefined {
  const counted = runs.filter((r) => r.outcome !== 'skipped')
  if (counted.length === 0) return undefined
  return counted.filter((r) => r.outcome === 'pass' || r.outcome === 'warn').length / counted.length
}

export const OUTCOME_LABEL: Record<RunOutcome, string> = { pass: 'passed', warn: 'warned', fail: 'failed', error: 'errored', skipped: 'skipped' }

/** "just now", "12 min ago", "3 h ago", "5 days ago"; "in 2 h" for a time ahead of `now`. */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const at = instant(iso)
  if (at === undefined) return 'at an unreadable time'
  const diff = now.getTime() - at
  const ahead = diff < 0
  const minutes = Math.round(Math.abs(diff) / 60_000)
  if (minutes < 1) return 'just now'
  const amount =
    minutes < 60
      ? `${minutes} min`
      : minutes < 48 * 60
        ? `${Math.round(minutes / 60)} h`
        : `${Math.round(minutes / 1440)} days`
  return ahead ? `in ${amount}` : `${amount} ago`
}

export interface TimeOptions {
  /** IANA zone; the viewer's when absent. */
  timeZone?: string
  locale?: string
}

/** "3 Dec 2026, 06:12 CET", in the viewer's time zone unless one is given. */
export function absoluteTime(iso: string, options: TimeOptions = {}): string {
  const at = instant(iso)
  if (at === undefined) return iso
  return new Intl.DateTimeFormat(options.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(at)
}

/** "06:12", or "3 Dec, 06:12" when not on `now`'s day, in the viewer's time zone. */
export function shortTime(iso: string, now: Date = new Date(), options: TimeOptions = {}): string {
  const at = instant(iso)
  if (at === undefined) return iso
  const zone = options.timeZone ? { timeZone: options.timeZone } : {}
  const day = (ms: number) => new Intl.DateTimeFormat('en-CA', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms)
  const sameDay = day(at) === day(now.getTime())
  return new Intl.DateTimeFormat(options.locale, {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    ...zone,
  }).format(at)
}

/** How old an observation may be, in words: "48 h", "7 days". */
export function maxAgeText(hours: number): string {
  return hours >= 48 && hours % 24 === 0 ? `${hours / 24} days` : `${hours} h`
}
