import { setupWorker } from 'msw/browser'
import { createCatalogHandlers } from './catalog-handlers'
import { createDemoStore } from './demo-store'
import { demoMesh } from './demo-mesh/demo-mesh'
import { indexedDbPersistence } from './indexeddb-persistence'

/** Starts the in-browser demo server. Requests it does not know pass through untouched. */
export async function startDemoWorker(): Promise<void> {
  const store = createDemoStore(demoMesh, indexedDbPersistence())
  const worker = setupWorker(...createCatalogHandlers(store))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
