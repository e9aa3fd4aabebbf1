import { createStore, get, set } from 'idb-keyval'
import type { DemoEdits, DemoPersistence } from './demo-store'

/** Keeps demo edits in the browser's IndexedDB so they survive a reload. */
export function indexedDbPersistence(): DemoPersistence {
  const store = createStore('tessera-demo', 'edits')
  return {
    load: () => get<DemoEdits>('edits', store),
    save: (edits) => set('edits', edits, store),
  }
}
