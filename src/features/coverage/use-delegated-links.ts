import { useCallback, type MouseEvent } from 'react'
import { useHref, useNavigate } from 'react-router'

/**
 * Plain anchors navigated by one click handler on their container, for views with thousands
 * of links (the map's tiles, the matrix cells), where a router <Link> each costs too much.
 * Anchors carry `data-route` (the in-app path); modified and middle clicks keep the browser's way.
 */
export function useDelegatedLinks(): { href: (path: string) => string; onClick: (event: MouseEvent<HTMLElement>) => void } {
  const navigate = useNavigate()
  const root = useHref('/')
  const href = useCallback((path: string) => (root.endsWith('/') ? root.slice(0, -1) : root) + path, [root])
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-route]') : null
      const route = anchor?.dataset.route
      if (!anchor || route === undefined || !event.currentTarget.contains(anchor)) return
      event.preventDefault()
      void navigate(route)
    },
    [navigate],
  )
  return { href, onClick }
}
