import type { DataProduct, ProductUsage } from './types'

export type UsageTrend = 'rising' | 'falling' | 'steady'

/** Changes smaller than this share of the earlier figure are steady. */
const STEADY = 0.1

/** How the last 30 days compare with the 30 before, with the change as a share of the earlier figure; undefined when the backend gave no earlier figure. */
export function usageTrend(usage: ProductUsage): { trend: UsageTrend; change: number } | undefined {
  const before = usage.previousQueries
  if (before === undefined) return undefined
  if (before === 0) return { trend: usage.queries > 0 ? 'rising' : 'steady', change: usage.queries > 0 ? Infinity : 0 }
  const change = (usage.queries - before) / before
  return { trend: change >= STEADY ? 'rising' : change <= -STEADY ? 'falling' : 'steady', change }
}

/** The products read most over the last 30 days, most queried first; empty when the backend counts no usage. */
export function mostUsed(products: readonly DataProduct[], limit: number): (DataProduct & { usage: ProductUsage })[] {
  return products
    .filter((p): p is DataProduct & { usage: ProductUsage } => (p.usage?.queries ?? 0) > 0)
    .sort((a, b) => b.usage.queries - a.usage.queries || (b.usage.users ?? 0) - (a.usage.users ?? 0) || a.title.localeCompare(b.title))
    .slice(0, limit)
}

/** Up to this much ranking weight for the most used product of a catalogue. */
const USAGE_WEIGHT = 0.15

/**
 * A ranking factor from 1 (unused, or usage unknown) to 1 + `USAGE_WEIGHT` (the most queried
 * product), on a log scale so a product queried ten times as much is not ten times as relevant.
 */
export function usageFactor(queries: number | undefined, mostQueries: number): number {
  if (!queries || queries <= 0 || mostQueries <= 0) return 1
  return 1 + USAGE_WEIGHT * (Math.log1p(Math.min(queries, mostQueries)) / Math.log1p(mostQueries))
}
