import { expect, test, type BrowserContext } from '@playwright/test'
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import { createCatalogHandlers } from '../src/mocks/catalog-handlers'
import { createDemoStore, memoryPersistence } from '../src/mocks/demo-store'
import { partnerMesh } from '../src/mocks/federation/partner-mesh'
import { createOpenMetadataHandlers } from '../src/mocks/openmetadata/openmetadata-handlers'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl, SESSIONS_URN } from './support/demo'
import { serveBackendFromNode } from './support/node-api'

const PARTNER_API = '/partner-api'
const ROYALTY_MINUTES = 'partner:urn:tessera:product:royalties.royalty_minutes'
const DEMO_SESSIONS = `demo:${SESSIONS_URN}`

/**
 * The Lumen demo (served in the page by its service worker) federated with a partner studio's
 * catalogue behind Tessera's REST API, served from Node by MSW handlers over a small mesh.
 * context.route, not page.route: the demo's service worker forwards the requests it does not serve.
 */
async function federate(context: BrowserContext, overrides: RequestHandler[] = []) {
  const handlers = [...overrides, ...createCatalogHandlers(createDemoStore(partnerMesh, memoryPersistence()), PARTNER_API)]
  await context.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        backends: [
          { type: 'demo', id: 'demo', label: 'Lumen demo mesh' },
          { type: 'rest', id: 'partner', label: 'Partner studio', baseUrl: PARTNER_API, timeoutMs: 5000 },
        ],
      },
    }),
  )
  await context.route(`**${PARTNER_API}/**`, async (route) => {
    const source = route.request()
    const response = await getResponse(handlers, new Request(source.url(), { method: source.method(), headers: await source.allHeaders() }))
    if (!response) return route.fulfill({ status: 404, json: { error: 'No handler' } })
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) })
  })
}

test('an analyst searches two catalogues at once and sees where each result comes from', async ({ page, context }) => {
  await federate(context)
  await page.goto('/search?q=royalty')
  const results = page.getByRole('list', { name: 'Search results' })
  const royalty = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Royalty minutes', exact: true }) })
  await expect(royalty).toContainText('from Partner studio')

  await page.goto('/search?q=playback%20sessions')
  const sessions = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Playback sessions', exact: true }) })
  await expect(sessions).toContainText('from Lumen demo mesh')
  await expect(page.getByRole('complementary', { name: 'Partial results' })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
})

test('lineage connects a product of one catalogue to the product of another it reads', async ({ page, context }) => {
  await federate(context)
  await page.goto(`${productUrl(ROYALTY_MINUTES)}?tab=lineage`)
  await expect(page.getByRole('heading', { level: 1, name: 'Royalty minutes' })).toBeVisible()
  const upstream = page.getByRole('region', { name: 'Upstream' })
  await expect(upstream.getByRole('link', { name: 'Rights holders' })).toBeVisible()
  await upstream.getByRole('link', { name: 'Playback sessions' }).click()

  await expect(page).toHaveURL(productUrl(DEMO_SESSIONS))
  await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()
  await page.getByRole('tab', { name: /Lineage/ }).click()
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Royalty minutes' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('a catalogue that fails leaves the other’s results with a partial-results notice, not an error page', async ({ page, context }) => {
  await federate(context, [http.get(`*${PARTNER_API}/catalog`, () => HttpResponse.json({ error: 'boom' }, { status: 500 }))])
  await page.goto('/search?q=playback%20sessions')
  const notice = page.getByRole('complementary', { name: 'Partial results' })
  await expect(notice).toContainText('Results are partial')
  await expect(notice).toContainText('Partner studio')
  await expect(notice).toContainText('HTTP 500')
  await expect(page.getByRole('link', { name: 'Playback sessions', exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
})

const OPENMETADATA = '/openmetadata'
const OM_CAMPAIGNS = 'om:urn:openmetadata:dataProduct:Campaigns'

/** The Lumen demo (indexed in the browser) federated with an OpenMetadata that searches on its own server. */
async function federateWithSearchServer(context: BrowserContext, overrides: RequestHandler[] = []) {
  const handlers = [...overrides, ...createOpenMetadataHandlers({ basePath: OPENMETADATA, token: 'e2e-token' })]
  await serveBackendFromNode(
    context,
    [
      { type: 'demo', id: 'demo', label: 'Lumen demo mesh' },
      { type: 'openmetadata', id: 'om', label: 'Acme OpenMetadata', baseUrl: OPENMETADATA, token: 'e2e-token', timeoutMs: 5000 },
    ],
    OPENMETADATA,
    () => handlers,
  )
}

test('a search fans out to a search server and the browser index, merges both, and filters by catalogue', async ({ page, context }) => {
  await federateWithSearchServer(context)
  await page.goto('/search?q=campaign')
  const results = page.getByRole('list', { name: /^Search results/ })
  const fromServer = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Campaign performance', exact: true }) })
  const fromDemo = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Campaign calendar', exact: true }) })
  await expect(fromServer).toContainText('from Acme OpenMetadata')
  await expect(fromDemo).toContainText('from Lumen demo mesh')

  const catalogues = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Catalogue' })
  await expect(catalogues.getByRole('checkbox', { name: /^Acme OpenMetadata \(1/ })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await catalogues.getByRole('checkbox', { name: /^Acme OpenMetadata/ }).check()
  await expect(page).toHaveURL(/source=Acme(\+|%20)OpenMetadata/)
  await expect(page.getByRole('status').filter({ hasText: /products?$/ })).toHaveText('1 product')
  await expect(fromDemo).toHaveCount(0)

  await fromServer.getByRole('link', { name: 'Campaign performance', exact: true }).click()
  await expect(page).toHaveURL(productUrl(OM_CAMPAIGNS))
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign performance' })).toBeVisible()
})

test('a search server that fails leaves the browser index’s results with a partial-results notice', async ({ page, context }) => {
  await federateWithSearchServer(context, [http.get(`*${OPENMETADATA}/api/v1/search/query`, () => HttpResponse.json({ message: 'cluster down' }, { status: 503 }))])
  await page.goto('/search?q=campaign')
  const notice = page.getByRole('complementary', { name: 'Partial results' })
  await expect(notice).toContainText('Acme OpenMetadata')
  await expect(page.getByRole('link', { name: 'Campaign calendar', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Campaign performance', exact: true })).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
})
