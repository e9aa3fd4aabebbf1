import { setupServer } from 'msw/node'
import { createCatalogHandlers } from './catalog-handlers'
import { createDemoStore, memoryPersistence } from './demo-store'
import { demoMesh } from './demo-mesh/demo-mesh'

/** The demo server for Vitest: same handlers as the browser, state in memory. */
export const testStore = createDemoStore(demoMesh, memoryPersistence())
export const server = setupServer(...createCatalogHandlers(testStore))
export const TEST_BASE_URL = 'http://tessera.test/demo-api'
