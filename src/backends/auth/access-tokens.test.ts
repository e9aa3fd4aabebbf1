import { createAccessTokenStore, InvalidAccessTokenError, normaliseAccessToken, tokenFor } from './access-tokens'

/** A Storage over a Map, counting writes, as sessionStorage behaves. */
function memoryStorage(): Storage & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    get length() {
      return entries.size
    },
    clear: () => entries.clear(),
    getItem: (key) => entries.get(key) ?? null,
    key: (index) => [...entries.keys()][index] ?? null,
    removeItem: (key) => void entries.delete(key),
    setItem: (key, value) => void entries.set(key, value),
  }
}

/** Storage as a browser with storage disabled offers it: every call throws. */
const deniedStorage = new Proxy({} as Storage, {
  get: () => () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  },
})

const SECRET = 'eyJhbGciOiJIUzI1NiJ9.secret-part.signature'

describe('access token store', () => {
  it('keeps one token per backend in session storage, so a reload of the tab still has it', () => {
    const storage = memoryStorage()
    const store = createAccessTokenStore(storage)
    store.set('datahub', SECRET)
    store.set('openmetadata', 'other-token')
    expect(store.get('datahub')).toBe(SECRET)
    expect(store.get('backstage')).toBeUndefined()

    const afterReload = createAccessTokenStore(storage)
    expect(afterReload.get('datahub')).toBe(SECRET)
    expect(afterReload.get('openmetadata')).toBe('other-token')
  })

  it('forgets a token in memory and in storage', () => {
    const storage = memoryStorage()
    const store = createAccessTokenStore(storage)
    store.set('datahub', SECRET)
    store.forget('datahub')
    expect(store.get('datahub')).toBeUndefined()
    expect(createAccessTokenStore(storage).get('datahub')).toBeUndefined()
    expect(storage.entries.size).toBe(0)
  })

  it('keeps tokens in memory when storage is missing or refuses', () => {
    for (const storage of [undefined, deniedStorage]) {
      const store = createAccessTokenStore(storage)
      expect(store.get('datahub')).toBeUndefined()
      store.set('datahub', SECRET)
      expect(store.get('datahub')).toBe(SECRET)
      store.forget('datahub')
      expect(store.get('datahub')).toBeUndefined()
    }
  })

  it('tells subscribers of every change until they unsubscribe', () => {
    const store = createAccessTokenStore(memoryStorage())
    const heard: (string | undefined)[] = []
    const unsubscribe = store.subscribe(() => heard.push(store.get('datahub')))
    store.set('datahub', SECRET)
    store.forget('datahub')
    unsubscribe()
    store.set('datahub', 'later')
    expect(heard).toEqual([SECRET, undefined])
  })

  it('sends what was pasted without surrounding blanks or a "Bearer" prefix', () => {
    expect(normaliseAccessToken(`  Bearer ${SECRET}\n`)).toBe(SECRET)
    expect(normaliseAccessToken(SECRET)).toBe(SECRET)
  })

  it('refuses a token a header cannot carry, and never quotes it in the error', () => {
    const store = createAccessTokenStore(memoryStorage())
    const unsendable = ['', '   ', 'Bearer ', 'abc def-secret', 'line\nbreak-secret', 'naïve-secret', 'tab\tsecret']
    for (const token of unsendable) {
      const attempt = () => store.set('datahub', token)
      expect(attempt).toThrow(InvalidAccessTokenError)
      try {
        attempt()
      } catch (error) {
        const text = `${(error as Error).message} ${(error as Error).stack ?? ''}`
        expect(text).not.toContain('secret')
      }
    }
    expect(store.get('datahub')).toBeUndefined()
  })

  it('prefers a configured token to an entered one', () => {
    const store = createAccessTokenStore(memoryStorage())
    store.set('datahub', 'entered')
    expect(tokenFor('datahub', 'configured', store)()).toBe('configured')
    expect(tokenFor('datahub', undefined, store)()).toBe('entered')
    expect(tokenFor('datahub', '', store)()).toBe('entered')
    expect(tokenFor(undefined, undefined, store)()).toBeUndefined()
  })

  it('reads the token at each call, so one entered later applies at once', () => {
    const store = createAccessTokenStore(undefined)
    const current = tokenFor('datahub', undefined, store)
    expect(current()).toBeUndefined()
    store.set('datahub', SECRET)
    expect(current()).toBe(SECRET)
    store.forget('datahub')
    expect(current()).toBeUndefined()
  })
})
