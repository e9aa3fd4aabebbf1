import type { Page } from '@playwright/test'
import { getResponse, type RequestHandler } from 'msw'
import { createCatalogHandlers } from '../../src/mocks/catalog-handlers'
import { createDemoStore, memoryPersistence } from '../../src/mocks/demo-store'
import { demoMesh } from '../../src/mocks/demo-mesh/demo-mesh'
import type { Catalog } from '../../src/model/types'

export const TEST_API = '/test-api'

/**
 * Serves Tessera's catalogue API to the page from Node with the demo's own MSW handlers,
 * behind a "rest" backend, so a test can put a failing handler in front of them (or serve
 * another mesh, such as one with hostile text).
 */
export async function serveCatalogApi(page: Page, overrides: () => RequestHandler[] = () => [], mesh: Catalog = demoMesh): Promise<void> {
  const handlers = createCatalogHandlers(createDemoStore(mesh, memoryPersistence()), TEST_API)
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { backends: [{ type: 'rest', id: 'test', label: 'Test catalogue', baseUrl: TEST_API, timeoutMs: 5000 }] } }),
  )
  await page.route(`**${TEST_API}/**`, async (route) => {
    const source = route.request()
    const body = source.postDataBuffer()
    const request = new Request(source.url(), {
      method: source.method(),
      headers: await source.allHeaders(),
      body: body && source.method() !== 'GET' ? new Uint8Array(body) : undefined,
    })
    const response = await getResponse([...overrides(), ...handlers], request)
    if (!response) return route.fulfill({ status: 404, json: { error: 'No handler' } })
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    })
  })
}
