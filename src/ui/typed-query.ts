import { useSyncExternalStore } from 'react'

// What the reader has typed in the header search, published as they type, so results start
// without waiting for the router to commit the new URL. `null` means "follow the URL".
let typed: string | null = null
const listeners = new Set<() => void>()

export const getTypedQuery = (): string | null => typed

export function publishTypedQuery(next: string | null): void {
  if (next === typed) return
  typed = next
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useTypedQuery(): string | null {
  return useSyncExternalStore(subscribe, () => typed, () => null)
}
