import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit } from '../../model/search/search-types'
import { FOCUS_RESULTS_EVENT } from '../../ui/focus-results'
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query'
import { ResultRow } from './result-row'

interface ResultListProps {
  hits: SearchHit[]
  total: number
  /** Results from this position on match only some of the query's words: a divider says so. */
  partialFrom?: number
  hasMore: boolean
  loadMore(): void
}

/** Every row has the same height (see search.css), so nothing is measured while results change. */
export const RESULT_ROW_HEIGHT = 112
const DIVIDER_HEIGHT = 44
/** On a narrow screen the badges get a line of their own, wrapping onto a second. */
export const NARROW_RESULT_ROW_HEIGHT = 158

/**
 * Results in a virtualised list: only rows near the viewport are in the DOM, so 100,000 results
 * scroll like 10. Arrow keys move between results (scrolling them into view), Enter opens one.
 */
export function ResultList({ hits, total, partialFrom, hasMore, loadMore }: ResultListProps) {
  const divided = partialFrom !== undefined && partialFrom > 0 ? partialFrom : -1
  const listRef = useRef<HTMLUListElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => setScrollMargin(listRef.current?.offsetTop ?? 0), [])

  const rowHeight = useMediaQuery(NARROW_SCREEN) ? NARROW_RESULT_ROW_HEIGHT : RESULT_ROW_HEIGHT
  const virtualizer = useWindowVirtualizer({
    count: hits.length,
    estimateSize: (index) => rowHeight + (index === divided ? DIVIDER_HEIGHT : 0),
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => hits[index]?.urn ?? index,
  })
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight])
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? 0
  useEffect(() => {
    if (hasMore && lastIndex >= hits.length - 5) loadMore()
  }, [hasMore, lastIndex, hits.length, loadMore])

  const focusResult = (index: number) => {
    const target = Math.max(0, Math.min(hits.length - 1, index))
    virtualizer.scrollToIndex(target, { align: 'auto' })
    let tries = 0
    const attempt = () => {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] [data-result-link]`)
      if (link) link.focus()
      else if (tries++ < 10) requestAnimationFrame(attempt)
    }
    requestAnimationFrame(attempt)
  }

  useEffect(() => {
    const onFocusRequest = () => focusResult(0)
    window.addEventListener(FOCUS_RESULTS_EVENT, onFocusRequest)
    return () => window.removeEventListener(FOCUS_RESULTS_EVENT, onFocusRequest)
  })

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = Number((event.target as HTMLElement).closest('[data-index]')?.getAttribute('data-index') ?? -1)
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: hits.length - 1 }
    const next = moves[event.key]
    if (next === undefined || current < 0) return
    event.preventDefault()
    if (event.key === 'ArrowUp' && current === 0) document.getElementById('global-search')?.focus()
    else focusResult(next)
  }

  return (
    <ul
      ref={listRef}
      className="plain-list result-list card"
      aria-label={`Search results, ${total} products`}
      onKeyDown={onKeyDown}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const hit = hits[item.index]
        if (!hit) return null
        return (
          <li
            key={item.key}
            data-index={item.index}
            aria-setsize={total}
            aria-posinset={item.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: item.size,
              transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              ['--result-divider-height' as string]: `${DIVIDER_HEIGHT}px`,
            }}
          >
            {item.index === divided && <h2 className="result-divider">Matching some of your words</h2>}
            <ResultRow hit={hit} />
          </li>
        )
      })}
    </ul>
  )
}
