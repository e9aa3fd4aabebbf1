/**
 * Coverage measures: how a domain's products answer one question (is there a consumer-aligned
 * product? are they under contract?), as a value for colouring, a sentence for people, and the
 * products that pull the figure down so an owner knows what to fix.
 */
import { hasContract, isDocumented } from './completeness'
import { countProduct, emptyCounts, share, type DomainCounts, type DomainRollup } from './domain-rollup'
import { overallSloStatus } from './slo'
import { PRODUCT_KINDS } from './types'
import type { DataProduct, Lifecycle, ProductKind } from './types'

export const COVERAGE_MEASURES = [
  'kinds',
  'source-aligned',
  'consumer-aligned',
  'owned',
  'documented',
  'under-contract',
  'slos-met',
  'active',
] as const
export type CoverageMeasure = (typeof COVERAGE_MEASURES)[number]

/** How a measure's value reads: a share of products, a yes/no, or how many of the three kinds. */
export type MeasureScale = 'share' | 'presence' | 'kinds'

/** Five colour steps from weakest (0) to strongest (4); `none` when there is nothing to measure. */
export type CoverageBin = 0 | 1 | 2 | 3 | 4 | 'none'

export interface MeasureDefinition {
  id: CoverageMeasure
  /** Short name for the selector: "Under contract". */
  label: string
  /** What the colour answers, for the legend: "Share of products under a data contract". */
  question: string
  scale: MeasureScale
  /** Whether one product meets the measure; only for share measures. */
  meets?: (product: DataProduct) => boolean
  /** The gap of a product that does not meet it, e.g. "No data contract". */
  gapLabel?: string
  /** Search filters (`key=value`) finding the products that do not meet it, when search can express that. */
  gapSearch?: readonly (readonly [string, string])[]
  /** The count of products meeting it, from a roll-up. */
  count?: (counts: DomainCounts) => number
  /** Whether the measure applies to a product at all (SLOs met: only products with SLOs); absent means every product. */
  applies?: (product: DataProduct) => boolean
  /** The denominator of the share, from a roll-up: the products the measure applies to; absent means `productCount`. */
  base?: (counts: DomainCounts) => number
  /** Products counted apart from the share, said beside it: "2 without SLOs", "columns of 3 not read". */
  apart?: (counts: DomainCounts) => string | undefined
  /** For presence measures: the kind whose presence is measured. */
  kind?: ProductKind
}

const shareMeasure = (
  id: CoverageMeasure,
  label: string,
  question: string,
  meets: (p: DataProduct) => boolean,
  count: (c: DomainCounts) => number,
  gapLabel: string,
  gapSearch: readonly (readonly [string, string])[] = [],
): MeasureDefinition => ({ id, label, question, scale: 'share', meets, count, gapLabel, gapSearch })

export const MEASURES: Record<CoverageMeasure, MeasureDefinition> = {
  kinds: {
    id: 'kinds',
    label: 'Kinds provided',
    question: 'How many of the three kinds (source-aligned, aggregate, consumer-aligned) a domain provides',
    scale: 'kinds',
  },
  'source-aligned': {
    id: 'source-aligned',
    label: 'Has source-aligned',
    question: 'Whether a domain provides at least one source-aligned product',
    scale: 'presence',
    kind: 'source-aligned',
  },
  'consumer-aligned': {
    id: 'consumer-aligned',
    label: 'Has consumer-aligned',
    question: 'Whether a domain provides at least one consumer-aligned product',
    scale: 'presence',
    kind: 'consumer-aligned',
  },
  owned: shareMeasure('owned', 'Owned', 'Share of products with an owner', (p) => p.owners.length > 0, (c) => c.owned, 'No owner'),
  documented: {
    ...shareMeasure(
      'documented',
      'Documented',
      'Share of products whose documentation is complete: description, owners, columns, contract, SLOs and output ports',
      isDocumented,
      (c) => c.documented,
      'Not fully documented',
    ),
    apart: (c) => (c.documentationPartial > 0 ? `partial: columns of ${c.documentationPartial} not read in the catalogue listing` : undefined),
  },
  'under-contract': shareMeasure(
    'under-contract',
    'Under contract',
    'Share of products under a data contract',
    hasContract,
    (c) => c.underContract,
    'No data contract',
    [['contract', 'no']],
  ),
  'slos-met': {
    ...shareMeasure(
      'slos-met',
      'SLOs met',
      'Share of products with SLOs that meet all of them; products without SLOs are counted apart, neither met nor breached',
      (p) => overallSloStatus(p.slos) === 'met',
      (c) => c.slosMet,
      'SLOs breached or not observed',
      [
        ['slo', 'breached'],
        ['slo', 'unknown'],
      ],
    ),
    applies: (p) => p.slos.length > 0,
    base: (c) => c.withSlos,
    apart: (c) => (c.productCount > c.withSlos ? `${c.productCount - c.withSlos} without SLOs` : undefined),
  },
  active: shareMeasure(
    'active',
    'Active',
    'Share of products in the active lifecycle (not draft or deprecated)',
    (p) => p.lifecycle === 'active',
    (c) => c.active,
    'Not active',
  ),
}

export function isCoverageMeasure(value: string | null | undefined): value is CoverageMeasure {
  return value !== null && value !== undefined && (COVERAGE_MEASURES as readonly string[]).includes(value)
}

/** Kinds with at least one (not retired) product, in the order of {@link PRODUCT_KINDS}. */
export function kindsPresent(counts: DomainCounts): ProductKind[] {
  return PRODUCT_KINDS.filter((k) => counts.byKind[k] > 0)
}

/** The measure as 0..1 (1 is best), or null when the domain has no products to measure. */
export function measureValue(measure: CoverageMeasure, counts: DomainCounts): number | null {
  if (counts.productCount === 0) return null
  const def = MEASURES[measure]
  switch (def.scale) {
    case 'kinds':
      return kindsPresent(counts).length / PRODUCT_KINDS.length
    case 'presence':
      return def.kind && counts.byKind[def.kind] > 0 ? 1 : 0
    case 'share':
      return share(def.count?.(counts) ?? 0, measureBase(def, counts))
  }
}

/** The products a share measure divides by: those it applies to. */
function measureBase(def: MeasureDefinition, counts: DomainCounts): number {
  return def.base?.(counts) ?? counts.productCount
}

/** The colour step of a value: fifths of 0..1, the top step for 1 exactly. */
export function measureBin(value: number | null): CoverageBin {
  if (value === null || Number.isNaN(value)) return 'none'
  const clamped = Math.min(1, Math.max(0, value))
  return Math.min(4, Math.floor(clamped * 5)) as CoverageBin
}

/** The figure in words: "4 of 5 under contract (80%)", "2 of 3 kinds", "None", "No products". */
export function measureFigure(measure: CoverageMeasure, counts: DomainCounts): string {
  if (counts.productCount === 0) return 'No products'
  const def = MEASURES[measure]
  switch (def.scale) {
    case 'kinds': {
      const present = kindsPresent(counts)
      return `${present.length} of 3 kinds`
    }
    case 'presence': {
      const n = def.kind ? counts.byKind[def.kind] : 0
      return n === 0 ? 'None' : `${n} ${n === 1 ? 'product' : 'products'}`
    }
    case 'share': {
      const n = def.count?.(counts) ?? 0
      const base = measureBase(def, counts)
      const apart = def.apart?.(counts)
      const figure = base === 0 ? 'None to measure' : `${n} of ${base} (${formatPercent(share(n, base))})`
      return apart ? `${figure} · ${apart}` : figure
    }
  }
}

/** The value in a few characters, for a tile: "80%", "2/3", "Yes", "None", "—". */
export function measureShortFigure(measure: CoverageMeasure, counts: DomainCounts): string {
  const value = measureValue(measure, counts)
  if (value === null) return '—'
  const def = MEASURES[measure]
  if (def.scale === 'kinds') return `${kindsPresent(counts).length}/3`
  if (def.scale === 'presence') return value === 1 ? 'Yes' : 'None'
  return formatPercent(value)
}

export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`
}

export interface LegendEntry {
  bin: CoverageBin
  label: string
}

/** Every colour a measure uses, in order from weakest to strongest, then "No products". */
export function measureLegend(measure: CoverageMeasure): LegendEntry[] {
  const none: LegendEntry = { bin: 'none', label: 'No products' }
  switch (MEASURES[measure].scale) {
    case 'kinds':
      return [
        { bin: 1, label: '1 kind' },
        { bin: 3, label: '2 kinds' },
        { bin: 4, label: 'All 3 kinds' },
        none,
      ]
    case 'presence':
      return [
        { bin: 0, label: 'None' },
        { bin: 4, label: 'At least one' },
        none,
      ]
    case 'share':
      return [
        { bin: 0, label: 'Under 20%' },
        { bin: 1, label: '20–39%' },
        { bin: 2, label: '40–59%' },
        { bin: 3, label: '60–79%' },
        { bin: 4, label: '80% or more' },
        none,
      ]
  }
}

/**
 * Products that pull a share measure down: those, not retired, it applies to that do not meet
 * it, in input order. Presence and kinds measures have no such products (a missing kind is not a product).
 */
export function productsPullingDown(products: readonly DataProduct[], measure: CoverageMeasure): DataProduct[] {
  const { meets, applies } = MEASURES[measure]
  if (!meets) return []
  return products.filter((p) => p.lifecycle !== 'retired' && (!applies || applies(p)) && !meets(p))
}

/** Which products the coverage views count: filters combine with AND; values within one filter with OR. */
export interface CoverageFilters {
  lifecycles: readonly Lifecycle[]
  /** Product owner teams (any owner role). */
  teamIds: readonly string[]
  tags: readonly string[]
}

export const NO_FILTERS: CoverageFilters = { lifecycles: [], teamIds: [], tags: [] }

export function hasFilters(filters: CoverageFilters): boolean {
  return filters.lifecycles.length + filters.teamIds.length + filters.tags.length > 0
}

/** The products the filters keep, in input order (the same array when there are no filters). */
export function filterProducts(products: readonly DataProduct[], filters: CoverageFilters): readonly DataProduct[] {
  if (!hasFilters(filters)) return products
  const lifecycles = new Set(filters.lifecycles)
  const teams = new Set(filters.teamIds)
  const tags = new Set(filters.tags)
  return products.filter(
    (p) =>
      (lifecycles.size === 0 || lifecycles.has(p.lifecycle)) &&
      (teams.size === 0 || p.owners.some((o) => o.teamId !== undefined && teams.has(o.teamId))) &&
      (tags.size === 0 || p.tags.some((t) => tags.has(t))),
  )
}

/** Counts per domain and kind: the cells of the domains × kinds matrix. Unknown domains are kept too. */
export function countByDomainAndKind(products: readonly DataProduct[]): Map<string, Record<ProductKind, DomainCounts>> {
  const cells = new Map<string, Record<ProductKind, DomainCounts>>()
  for (const product of products) {
    let row = cells.get(product.domainId)
    if (!row) {
      row = { 'source-aligned': emptyCounts(), aggregate: emptyCounts(), 'consumer-aligned': emptyCounts() }
      cells.set(product.domainId, row)
    }
    countProduct(row[product.kind], product)
  }
  return cells
}

export interface RankedDomain {
  domainId: string
  value: number
  counts: DomainCounts
}

/**
 * Domains from weakest to strongest on a measure, by their own products; domains without
 * products are left out (they are gaps, not weak scores). Ties: fewer products meeting it
 * is not weaker, so ties go by more products first (a bigger gap), then by id.
 */
export function rankDomains(rollups: Iterable<DomainRollup>, measure: CoverageMeasure): RankedDomain[] {
  const ranked: RankedDomain[] = []
  for (const rollup of rollups) {
    const value = measureValue(measure, rollup.own)
    if (value !== null) ranked.push({ domainId: rollup.domainId, value, counts: rollup.own })
  }
  return ranked.sort(
    (a, b) =>
      a.value - b.value ||
      b.counts.productCount - a.counts.productCount ||
      (a.domainId < b.domainId ? -1 : a.domainId > b.domainId ? 1 : 0),
  )
}
