import { useEffect, useRef } from 'react'

/**
 * A `<details>` menu that closes on Escape and on a click outside it, giving focus back to its
 * summary when it was inside the menu.
 */
export function useDismissable<T extends HTMLDetailsElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    const details = ref.current
    if (!details) return
    const close = (refocus: boolean) => {
      if (!details.open) return
      const hadFocus = details.contains(document.activeElement)
      details.open = false
      if (refocus || hadFocus) details.querySelector('summary')?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !details.contains(event.target)) close(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return
      event.stopPropagation()
      close(true)
    }
    const onFocus = (event: FocusEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false
    }
    document.addEventListener('pointerdown', onPointer, true)
    document.addEventListener('focusin', onFocus)
    details.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer, true)
      document.removeEventListener('focusin', onFocus)
      details.removeEventListener('keydown', onKey)
    }
  }, [])
  return ref
}
