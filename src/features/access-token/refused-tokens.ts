import { accessTokens } from '../../backends/auth/access-tokens'

/** Backends whose kept token a read was refused with, until a token is entered or forgotten. In memory only. */
const refused = new Set<string>()
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

accessTokens.subscribe(() => {
  if (refused.size === 0) return
  refused.clear()
  notify()
})

export const refusedTokens = {
  mark(backendId: string) {
    if (refused.has(backendId) || accessTokens.get(backendId) === undefined) return
    refused.add(backendId)
    notify()
  },
  has: (backendId: string) => refused.has(backendId),
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
}

export type TokenState = 'none' | 'kept' | 'refused'

export const tokenState = (backendId: string): TokenState =>
  refused.has(backendId) ? 'refused' : accessTokens.get(backendId) !== undefined ? 'kept' : 'none'

/** Subscribes to both the kept tokens and their refusals. */
export function subscribeToTokenState(listener: () => void): () => void {
  const unsubscribeTokens = accessTokens.subscribe(listener)
  const unsubscribeRefusals = refusedTokens.subscribe(listener)
  return () => {
    unsubscribeTokens()
    unsubscribeRefusals()
  }
}
