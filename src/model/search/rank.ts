import { usageFactor } from '../usage'
import type { ProductRecord } from './search-documents'

/** Lower tiers come first: 0 exact name/URN, 1 name prefix, 2 every word in the name, 3 anything else. */
export type MatchTier = 0 | 1 | 2 | 3

/** @param wordsInName whether every query word begins a word of the name or title (the index knows, cheaply) */
export function matchTier(record: ProductRecord, query: string, wordsInName: boolean, wordCount: number): MatchTier {
  // A multi-word query can only equal a title, whose words the name field holds.
  if ((wordsInName || wordCount === 1) && record.exactNames.includes(query)) return 0
  if (!wordsInName) return 3
  const [name = '', title = ''] = record.exactNames
  return name.startsWith(query) || title.startsWith(query) ? 1 : 2
}

const LIFECYCLE_WEIGHT = { active: 1, draft: 0.85, deprecated: 0.45, retired: 0.25 } as const

/**
 * A light boost for products people can rely on (documented, under contract, SLOs met) and use
 * (queried, relative to the catalogue's most queried product); deprecated and retired ones sink.
 */
export function qualityFactor(record: ProductRecord, mostQueries = 0): number {
  let factor = LIFECYCLE_WEIGHT[record.product.lifecycle] ?? 1
  if (record.documented) factor *= 1.1
  if (record.hasContract) factor *= 1.1
  if (record.sloStatus === 'met') factor *= 1.05
  if (record.sloStatus === 'breached') factor *= 0.95
  return factor * usageFactor(record.product.usage?.queries, mostQueries)
}
