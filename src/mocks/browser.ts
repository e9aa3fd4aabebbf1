import { setupWorker } from 'msw/browser'
import type { Catalog } from '../model/types'
import { createCatalogHandlers } from './catalog-handlers'
import { createDemoStore, memoryPersistence } from './demo-store'
import { indexedDbPersistence } from './indexeddb-persistence'

export interface DemoWorkerOptions {
  /** Serve a generated mesh of this size instead of the Lumen demo; its edits last only until reload. */
  synthetic?: { products: number; seed?: number; domains?: number }
}

async function demoCatalog({ synthetic }: DemoWorkerOptions): Promise<Catalog> {
  if (synthetic) {
    const { generateMesh } = await import('./synthetic/generate-mesh')
    return generateMesh(synthetic)
  }
  return (await import('./demo-mesh/demo-mesh')).demoMesh
}

/** Starts the in-browser demo server. Requests it does not know pass through untouched. */
export async function startDemoWorker(options: DemoWorkerOptions = {}): Promise<void> {
  const persistence = options.synthetic ? memoryPersistence() : indexedDbPersistence()
  const store = createDemoStore(await demoCatalog(options), persistence)
  const worker = setupWorker(...createCatalogHandlers(store))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
