import { createStore, del, get, set } from 'idb-keyval'
import { memoryDraftStorage, type DraftStorage } from '../model/drafts'

/** Drafts in IndexedDB: large, survives reloads and closed tabs, shared by the tabs of one origin. */
function indexedDbDraftStorage(): DraftStorage {
  const store = createStore('tessera-drafts', 'drafts')
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
  }
}

/** Drafts in localStorage, as JSON: for browsers that refuse IndexedDB (some private modes). */
function localDraftStorage(storage: Storage): DraftStorage {
  return {
    get: async (key) => {
      const text = storage.getItem(key)
      return text === null ? undefined : (JSON.parse(text) as unknown)
    },
    set: async (key, value) => storage.setItem(key, JSON.stringify(value)),
    delete: async (key) => storage.removeItem(key),
  }
}

/** Uses `primary` until it fails once, then `fallback` for good (reads fall back per call, so nothing kept earlier is missed). */
export function withFallback(primary: DraftStorage, fallback: DraftStorage): DraftStorage {
  let failed = false
  const run = async <T>(operation: (storage: DraftStorage) => Promise<T>): Promise<T> => {
    if (failed) return operation(fallback)
    try {
      return await operation(primary)
    } catch {
      failed = true
      return operation(fallback)
    }
  }
  return {
    get: (key) => run((s) => s.get(key)),
    set: (key, value) => run((s) => s.set(key, value)),
    delete: (key) => run((s) => s.delete(key)),
  }
}

let shared: DraftStorage | undefined

/** Where this browser keeps drafts: IndexedDB, else localStorage, else memory (lost on reload, but never an error). */
export function browserDraftStorage(): DraftStorage {
  if (shared) return shared
  const memory = memoryDraftStorage()
  let local: DraftStorage = memory
  try {
    if (typeof localStorage !== 'undefined') local = withFallback(localDraftStorage(localStorage), memory)
  } catch {
    // localStorage itself can throw when storage is blocked
  }
  shared = typeof indexedDB === 'undefined' ? local : withFallback(indexedDbDraftStorage(), local)
  return shared
}
