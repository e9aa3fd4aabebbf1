import type { Catalog, DataProduct, ProductUsage } from '../../model/types'
import { seeded } from './observations'

const DAY = 24 * 3_600_000

/** Queries a month per product reading this one: analysts follow where pipelines go. */
const PER_CONSUMER = 900
const KIND_BASE = { 'source-aligned': 600, aggregate: 900, 'consumer-aligned': 1500 } as const
/** Experiments and fresh drafts are too new to have been counted. */
const UNCOUNTED = new Set(['draft'])

function usageOf(product: DataProduct, consumers: number, now: number): ProductUsage | undefined {
  if (UNCOUNTED.has(product.lifecycle)) return undefined
  const random = seeded(`usage:${product.urn}`)
  const fading = product.lifecycle === 'deprecated' || product.lifecycle === 'retired'
  const base = (KIND_BASE[product.kind] + consumers * PER_CONSUMER) * (0.4 + random() * 1.4) * (fading ? 0.15 : 1)
  // Falling for what is being replaced, otherwise anywhere from a dip to a surge.
  const growth = fading ? 0.35 + random() * 0.3 : 0.75 + random() * 0.7
  const daily = Array.from({ length: 30 }, (_, i) => {
    const weekday = new Date(now - (29 - i) * DAY).getUTCDay()
    const weekend = weekday === 0 || weekday === 6 ? 0.35 : 1
    const ramp = 1 / growth + ((1 - 1 / growth) * i) / 29
    return Math.max(0, Math.round((base / 30) * weekend * ramp * (0.8 + random() * 0.4)))
  })
  const queries = daily.reduce((a, b) => a + b, 0)
  return {
    queries,
    users: Math.max(1, Math.round(Math.sqrt(queries) * (0.6 + random() * 0.8))),
    previousQueries: Math.round(queries / growth),
    daily,
    asOf: new Date(now).toISOString(),
  }
}

/** Usage over the last 30 days for the demo's products, as a query log would count it; deterministic for a given `now`. */
export function withUsage(mesh: Catalog, now: Date = new Date()): Catalog {
  const consumers = new Map<string, number>()
  for (const product of mesh.products) {
    for (const urn of new Set(product.inputPorts.flatMap((p) => (p.kind === 'product' ? [p.productUrn] : [])))) consumers.set(urn, (consumers.get(urn) ?? 0) + 1)
  }
  const at = now.getTime()
  return {
    ...mesh,
    products: mesh.products.map((p) => {
      const usage = usageOf(p, consumers.get(p.urn) ?? 0, at)
      return usage ? { ...p, usage } : p
    }),
  }
}
