import { useState } from 'react'

interface Leading<T> {
  /** The URL value this state was last reconciled with. */
  for: T
  value: T
  /** Values written to the URL that it has not shown yet, oldest first. */
  pending: T[]
}

/**
 * A value kept in the URL, shown at once when the reader changes it: the local value leads
 * while the URL catches up with what was written (one keystroke at a time, say), and the URL
 * wins only when it moves somewhere else (Back, a link), so a controlled input never springs
 * back or drops a keystroke while navigations are under way.
 */
export function useLeadingValue<T>(fromUrl: T, write: (value: T) => void): [T, (value: T) => void] {
  const [state, setState] = useState<Leading<T>>({ for: fromUrl, value: fromUrl, pending: [] })
  let current = state
  if (!Object.is(state.for, fromUrl)) {
    const caughtUp = state.pending.findIndex((v) => Object.is(v, fromUrl))
    current = caughtUp >= 0 ? { ...state, for: fromUrl, pending: state.pending.slice(caughtUp + 1) } : { for: fromUrl, value: fromUrl, pending: [] }
    setState(current)
  }
  return [
    current.value,
    (value: T) => {
      setState((s) => ({ ...s, value, pending: [...s.pending, value] }))
      write(value)
    },
  ]
}
