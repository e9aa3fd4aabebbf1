import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * Moves focus to the main region when the page changes (not on the first load, and not when
 * only the query string changes, as it does while typing a search), so keyboard and
 * screen-reader users start reading the new page instead of a link that has gone.
 */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const { pathname } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    ref.current?.focus({ preventScroll: true })
  }, [pathname])
  return ref
}
