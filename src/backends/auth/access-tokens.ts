/**
 * Access tokens the user entered, per backend id. Kept in `sessionStorage` (gone when the tab
 * closes, kept across reloads), or in memory where storage is unavailable. A token is a secret:
 * it is never logged, never put in a URL, and no error here quotes it.
 */
export interface AccessTokenStore {
  get(backendId: string): string | undefined
  /** Keeps `token` for the backend; throws `InvalidAccessTokenError` (which never quotes it) when it cannot be sent. */
  set(backendId: string, token: string): void
  forget(backendId: string): void
  /** Calls `listener` after every set or forget; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/** A token that cannot go in an HTTP header. Its message says why, without the token. */
export class InvalidAccessTokenError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidAccessTokenError'
  }
}

const KEY_PREFIX = 'tessera.access-token.'

/** Printable ASCII without spaces: what a header can carry and every token format uses. */
const SENDABLE = /^[\x21-\x7e]+$/

/** The token as it will be sent: trimmed, without a pasted `Bearer ` prefix. */
export function normaliseAccessToken(input: string): string {
  const token = input.trim().replace(/^bearer(\s+|$)/i, '')
  if (!token) throw new InvalidAccessTokenError('Enter a token.')
  if (!SENDABLE.test(token)) throw new InvalidAccessTokenError('A token is one line of letters, digits and symbols, without spaces.')
  return token
}

/** Storage that may be missing, disabled (privacy settings, sandboxed frames) or full. */
function tryStorage<T>(work: () => T): T | undefined {
  try {
    return work()
  } catch {
    return undefined
  }
}

export function createAccessTokenStore(storage: Storage | undefined): AccessTokenStore {
  const memory = new Map<string, string>()
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())
  const key = (backendId: string) => `${KEY_PREFIX}${backendId}`

  return {
    get(backendId) {
      if (memory.has(backendId)) return memory.get(backendId)
      return tryStorage(() => storage?.getItem(key(backendId))) ?? undefined
    },
    set(backendId, input) {
      const token = normaliseAccessToken(input)
      memory.set(backendId, token)
      tryStorage(() => storage?.setItem(key(backendId), token))
      notify()
    },
    forget(backendId) {
      memory.delete(backendId)
      tryStorage(() => storage?.removeItem(key(backendId)))
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const sessionStorageIfAny = (): Storage | undefined => tryStorage(() => globalThis.sessionStorage ?? undefined)

/** The tokens of this tab, shared by the backends' clients and the UI that asks for them. */
export const accessTokens: AccessTokenStore = createAccessTokenStore(sessionStorageIfAny())

/**
 * The token to send for a backend, read at each request so that one entered later applies at
 * once. A configured token wins over an entered one.
 */
export const tokenFor =
  (backendId: string | undefined, configured: string | undefined, store: AccessTokenStore = accessTokens) =>
  (): string | undefined =>
    configured || (backendId === undefined ? undefined : store.get(backendId))
