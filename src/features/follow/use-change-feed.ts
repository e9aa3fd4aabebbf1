import { useQueries, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { changesFromHistory, mergeFeed, type FeedItem } from '../../model/change-feed'
import { followedProducts } from '../../model/follows'
import type { DataProduct } from '../../model/types'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { followsQuery } from '../../queries/follows'
import { historyQuery } from '../../queries/product-history'
import { useCatalog } from '../../queries/use-catalog'
import { observe, readFeedMemory, writeFeedMemory, type FeedMemory } from './feed-memory'

// Reading every product's history is one request each: the feed covers this many followed products.
export const MAX_FEED_PRODUCTS = 60

/**
 * Changes to what the visitor follows, newest first: from the backend's history where it keeps one,
 * and from comparing each product with how this device last saw it (for what history cannot tell).
 */
export function useChangeFeed() {
  const backend = useBackend()
  const catalog = useCatalog()
  const { data: identity } = useQuery(identityQuery(backend))
  const personId = identity?.personId ?? null
  const follows = useQuery(followsQuery(backend, personId))
  const covered = useMemo(() => followedProducts(follows.data ?? [], catalog.catalog), [follows.data, catalog.catalog])
  const urns = [...covered.keys()].slice(0, MAX_FEED_PRODUCTS)
  const withHistory = (urn: string) => (backend.capabilitiesFor?.(urn) ?? backend.capabilities).history && backend.getHistory !== undefined
  const histories = useQueries({ queries: urns.map((urn) => ({ ...historyQuery(backend, urn), enabled: withHistory(urn) })) })

  const [stored, setStored] = useState<{ personId: string | null; memory: FeedMemory }>(() => ({ personId, memory: readFeedMemory(backend.id, personId) }))
  if (stored.personId !== personId) setStored({ personId, memory: readFeedMemory(backend.id, personId) })
  const productsKey = urns.map((urn) => `${urn}@${catalog.product(urn)?.revision ?? ''}`).join('|')
  const memory = useMemo(() => {
    const products = urns.map((urn) => catalog.product(urn)).filter((p): p is DataProduct => p !== undefined)
    return observe(stored.memory, products, new Date().toISOString()) ?? stored.memory
    // The products' URNs and revisions stand for them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.memory, productsKey, catalog])
  useEffect(() => {
    if (memory !== stored.memory) writeFeedMemory(backend.id, stored.personId, memory)
  }, [memory, stored, backend.id])

  const fromHistory = urns.flatMap((urn, i) => {
    const data = histories[i]?.data
    return data ? changesFromHistory(urn, data, covered.get(urn) ?? '') : []
  })
  const fromSnapshots = memory.items.filter((item) => covered.has(item.productUrn) && item.at > (covered.get(item.productUrn) ?? ''))
  const items: FeedItem[] = mergeFeed(fromHistory, fromSnapshots, urns.some(withHistory))
  const unread = (item: FeedItem) => item.at > memory.readUntil
  const markAllRead = () => {
    const newest = items[0]?.at ?? ''
    const now = new Date().toISOString()
    const next = { ...memory, readUntil: newest > now ? newest : now }
    writeFeedMemory(backend.id, personId, next)
    setStored({ personId, memory: next })
  }

  return {
    personId,
    follows,
    covered,
    capped: covered.size > MAX_FEED_PRODUCTS,
    historiesFailed: histories.filter((h) => h.isError).length,
    loading: follows.isPending || histories.some((h) => h.isPending && h.fetchStatus !== 'idle'),
    items,
    unread,
    unreadCount: items.filter(unread).length,
    markAllRead,
  }
}
