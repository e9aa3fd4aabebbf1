import type { Catalog, DataProduct, Incident, QualityCheck, Run, RunOutcome, Slo } from '../../model/types'

/**
 * The demo mesh states each SLO's and check's last status; this dates them relative to `now`
 * (when the demo starts), with a history of recent runs, so the demo never shows a date months
 * old as "now". Deterministic for a given `now`: the same product always gets the same story.
 */

const HOUR = 3_600_000
const DAY = 24 * HOUR

export function seeded(text: string): () => number {
  let h = 2166136261
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    h ^= h >>> 16
    return (h >>> 0) / 4294967296
  }
}

interface Cadence {
  periodMs: number
  maxAgeHours: number
}

/** How often the promise is checked, read from its wording. */
function cadenceOf(objective: string): Cadence {
  const text = objective.toLowerCase()
  if (/minute|cdc|hourly|within 1 hour|within 2 hours|topic|request/.test(text)) return { periodMs: HOUR, maxAgeHours: 3 }
  if (/quarter/.test(text)) return { periodMs: 91 * DAY, maxAgeHours: 100 * 24 }
  if (/month|working day \d/.test(text)) return { periodMs: 30 * DAY, maxAgeHours: 35 * 24 }
  if (/week|monday|tuesday/.test(text)) return { periodMs: 7 * DAY, maxAgeHours: 8 * 24 }
  if (/4 hours/.test(text)) return { periodMs: 4 * HOUR, maxAgeHours: 10 }
  return { periodMs: DAY, maxAgeHours: 30 }
}

/** Observations the demo shows as stale: last observed well past their maximum age. */
const STALE = new Set(['urn:tessera:product:content-licensing.licence_agreements#Freshness'])

const DATED = /\s*(?:on|since)?\s*\b\d{4}-\d{2}-\d{2}\b/g
const CLOCK = /\b\d{1,2}:\d{2}\s*UTC\b/

function history(random: () => number, lastAt: number, periodMs: number, last: RunOutcome, withDuration: boolean): Run[] {
  const count = periodMs >= 30 * DAY ? 12 : 30
  const failingStreak = last === 'fail' ? 1 + Math.floor(random() * 3) : 0
  return Array.from({ length: count }, (_, i) => {
    const outcome: RunOutcome = i === 0 ? last : i < failingStreak ? 'fail' : random() < 0.06 ? 'fail' : random() < 0.04 ? 'warn' : 'pass'
    return {
      at: new Date(lastAt - i * periodMs).toISOString(),
      outcome,
      ...(withDuration ? { durationMs: Math.round(400 + random() * 4600) } : {}),
    }
  })
}

function incidentFor(runs: Run[], title: string): Incident[] {
  let start = 0
  while (start + 1 < runs.length && runs[start + 1]?.outcome === 'fail') start += 1
  const startedAt = runs[start]?.at
  return startedAt ? [{ title, startedAt }] : []
}

function stampSlo(product: DataProduct, slo: Slo, now: number): Slo {
  if (slo.status === 'unknown') return slo
  const key = `${product.urn}#${slo.name}`
  const random = seeded(key)
  const { periodMs, maxAgeHours } = cadenceOf(slo.objective)
  const stale = STALE.has(key)
  const observedAt = stale ? now - (maxAgeHours + 20) * HOUR : now - Math.min(periodMs, 6 * HOUR) * (0.05 + random() * 0.5)
  const freshness = slo.name.toLowerCase().includes('fresh')
  const breached = slo.status === 'breached'
  const runs = history(random, observedAt, periodMs, breached ? 'fail' : 'pass', false)
  const current = slo.current?.replace(DATED, '').trim()
  const stamped: Slo = {
    ...slo,
    observedAt: new Date(observedAt).toISOString(),
    maxAgeHours,
    history: runs,
    ...(breached ? { incidents: incidentFor(runs, `${slo.name} objective missed: ${slo.objective}`) } : {}),
  }
  if (!freshness) return current ? { ...stamped, current } : (({ current: _dropped, ...rest }) => rest)(stamped)
  const late = breached ? periodMs * (1 + random() * 2) : 0
  const landedAt = observedAt - Math.min(periodMs, DAY) * random() * 0.8 - late
  const { current: _text, ...rest } = stamped
  // a clock time or date written in the spec would contradict the dated observation
  const keep = current && !CLOCK.test(current) && !/ago$/.test(current) ? { current } : {}
  return { ...rest, ...keep, lastLandedAt: new Date(landedAt).toISOString() }
}

function stampCheck(product: DataProduct, check: QualityCheck, now: number): QualityCheck {
  if (check.status === 'unknown') return check
  const random = seeded(`${product.urn}#check#${check.name}`)
  const observedAt = now - HOUR * (0.5 + random() * 8)
  const last: RunOutcome = check.status === 'failing' ? 'fail' : check.status === 'warning' ? 'warn' : 'pass'
  return { ...check, observedAt: new Date(observedAt).toISOString(), maxAgeHours: 30, history: history(random, observedAt, DAY, last, true) }
}

export function stampProduct(product: DataProduct, now: number): DataProduct {
  const terms = product.contract?.terms
  return {
    ...product,
    slos: product.slos.map((slo) => stampSlo(product, slo, now)),
    ...(product.monitoredChecks ? { monitoredChecks: product.monitoredChecks.map((c) => stampCheck(product, c, now)) } : {}),
    ...(product.contract && terms?.qualityChecks
      ? { contract: { ...product.contract, terms: { ...terms, qualityChecks: terms.qualityChecks.map((c) => stampCheck(product, c, now)) } } }
      : {}),
  }
}

/** The mesh with every stated status dated relative to `now`; statuses stated unknown stay never observed. */
export function withObservations(mesh: Catalog, now: Date = new Date()): Catalog {
  const at = now.getTime()
  return { ...mesh, products: mesh.products.map((p) => stampProduct(p, at)) }
}
