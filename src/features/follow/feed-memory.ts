import { diffSnapshots, snapshotOf, type FeedItem, type ProductSnapshot } from '../../model/change-feed'
import type { DataProduct, Urn } from '../../model/types'
import { deviceKey, readDevice, writeDevice } from '../../queries/device-store'

/** What this device remembers for the feed: products as last seen, what comparing them found, and what was read. */
export interface FeedMemory {
  snapshots: Record<Urn, ProductSnapshot>
  items: FeedItem[]
  /** Items at or before this time are read. */
  readUntil: string
}

const MAX_ITEMS = 300
const empty = (): FeedMemory => ({ snapshots: {}, items: [], readUntil: '' })
const isMemory = (value: unknown): value is FeedMemory =>
  typeof value === 'object' && value !== null && 'snapshots' in value && Array.isArray((value as FeedMemory).items) && typeof (value as FeedMemory).readUntil === 'string'

export const readFeedMemory = (backendId: string, personId: string | null) => readDevice(deviceKey('feed', backendId, personId), empty(), isMemory)
export const writeFeedMemory = (backendId: string, personId: string | null, memory: FeedMemory) => writeDevice(deviceKey('feed', backendId, personId), memory)

/**
 * Compares each followed product with how it was last seen: a product seen for the first time is
 * only remembered; a changed one adds what changed. Returns undefined when nothing is new.
 */
export function observe(memory: FeedMemory, products: readonly DataProduct[], at: string): FeedMemory | undefined {
  let changed = false
  const snapshots = { ...memory.snapshots }
  const found: FeedItem[] = []
  for (const product of products) {
    const now = snapshotOf(product)
    const before = snapshots[product.urn]
    if (before) found.push(...diffSnapshots(before, now, at))
    if (!before || JSON.stringify(before) !== JSON.stringify(now)) {
      snapshots[product.urn] = now
      changed = true
    }
  }
  if (!changed) return undefined
  return { ...memory, snapshots, items: [...found, ...memory.items].slice(0, MAX_ITEMS) }
}
