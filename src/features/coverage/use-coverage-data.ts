import { useMemo } from 'react'
import { countByDomainAndKind, filterProducts, type CoverageFilters } from '../../model/coverage'
import { rollUpDomains, type DomainRollup } from '../../model/domain-rollup'
import { buildDomainTree, flattenDomainTree, type DomainNode } from '../../model/domain-tree'
import type { Catalog, DataProduct, Domain, ProductKind } from '../../model/types'
import type { DomainCounts } from '../../model/domain-rollup'

export interface CoverageData {
  tree: DomainNode[]
  /** The tree flattened, parents before children. */
  rows: DomainNode[]
  /** The products the filters keep. */
  products: readonly DataProduct[]
  rollups: Map<string, DomainRollup>
}

/** The figures behind every coverage view, recomputed only when the catalogue or the filters change (not the measure). */
export function useCoverageData(catalog: Catalog, filters: CoverageFilters): CoverageData {
  const { domains } = catalog
  const tree = useMemo(() => buildDomainTree(domains), [domains])
  const rows = useMemo(() => flattenDomainTree(tree), [tree])
  const filterKey = JSON.stringify(filters)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- filterKey stands for filters, whose identity changes with every URL change
  const products = useMemo(() => filterProducts(catalog.products, filters), [catalog.products, filterKey])
  const rollups = useMemo(() => cachedRollups(domains, products), [domains, products])
  return { tree, rows, products, rollups }
}

// A catalogue snapshot never changes (a new one comes as new arrays), so figures are kept per
// snapshot and filter result: going back to the coverage page or switching views costs nothing.
const rollupCache = new WeakMap<readonly DataProduct[], { domains: readonly Domain[]; rollups: Map<string, DomainRollup> }>()
const cellCache = new WeakMap<readonly DataProduct[], Map<string, Record<ProductKind, DomainCounts>>>()

function cachedRollups(domains: readonly Domain[], products: readonly DataProduct[]): Map<string, DomainRollup> {
  const cached = rollupCache.get(products)
  if (cached?.domains === domains) return cached.rollups
  const rollups = rollUpDomains(domains, products)
  rollupCache.set(products, { domains, rollups })
  return rollups
}

/** The domains × kinds counts of a set of products, kept per set. */
export function matrixCells(products: readonly DataProduct[]): Map<string, Record<ProductKind, DomainCounts>> {
  let cells = cellCache.get(products)
  if (!cells) {
    cells = countByDomainAndKind(products)
    cellCache.set(products, cells)
  }
  return cells
}
