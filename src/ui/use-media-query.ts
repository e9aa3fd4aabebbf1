import { useCallback, useSyncExternalStore } from 'react'

/** The phone-and-small-tablet layout: one column, filters and menus behind buttons. */
export const NARROW_SCREEN = '(max-width: 760px)'

const media = (query: string) => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined)

/** Whether a CSS media query matches now, following changes (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = media(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => media(query)?.matches ?? false, () => false)
}
