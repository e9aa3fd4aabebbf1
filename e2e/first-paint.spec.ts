import { expect, test, type Route } from '@playwright/test'
import { serveCatalogApi, TEST_API } from './support/mock-api'

/** Holds matching requests until released, as a slow network would; then passes them on to the next handler or the network. */
function holdRequests() {
  const held: Route[] = []
  let open = false
  return {
    handler: (route: Route) => (open ? route.fallback() : void held.push(route)),
    release: async () => {
      open = true
      await Promise.all(held.splice(0).map((r) => r.fallback()))
    },
  }
}

test('a first visit paints the shell and a skeleton from the HTML before any script has run', async ({ page }) => {
  test.setTimeout(60_000)
  const scripts = holdRequests()
  await page.route(/\/assets\/.*\.js$/, scripts.handler)
  await page.goto('/search', { waitUntil: 'commit' })
  const banner = page.getByRole('banner')
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('Tessera')
  await expect(page.getByRole('status')).toContainText('Loading the catalogue')
  const box = await page.locator('.boot-card').first().boundingBox()
  expect(box?.height).toBeGreaterThan(40)
  // Nothing of the app has run yet: this is the HTML alone.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  await scripts.release()
  // A first visit also installs the demo's service worker: give a loaded machine time.
  await expect(page.getByRole('list', { name: /Search results/ }).getByRole('listitem').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.boot-header')).toHaveCount(0)
})

test('on a slow network the app’s own shell shows the page’s outline until the page is ready', async ({ page }) => {
  test.setTimeout(60_000)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 400_000, uploadThroughput: 100_000 })
  const pageCode = holdRequests()
  await page.route(/\/assets\/product-page-.*\.js$/, pageCode.handler)
  await page.goto('/products/urn%3Atessera%3Aproduct%3Aplayback.playback_sessions', { waitUntil: 'commit' })
  // The app has started (its navigation is there) while the product page's code is still held back.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' })).toBeAttached({ timeout: 30_000 })
  // the HTML's own outline has given way to the app's, which says it is loading
  await expect(page.locator('.boot-header')).toHaveCount(0, { timeout: 30_000 })
  const outline = page.locator('main [data-shape="product"]')
  await expect(outline).toBeVisible()
  await expect(outline).toHaveAttribute('role', 'status')
  await pageCode.release()
  await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()
  await expect(outline).toHaveCount(0)
})

test('what a visitor types into the search field before the app has started stays, caret and all, and is searched', async ({ page }) => {
  test.setTimeout(60_000)
  await serveCatalogApi(page)
  const catalogue = holdRequests()
  await page.route(`**${TEST_API}/catalog`, catalogue.handler)
  const scripts = holdRequests()
  await page.route(/\/assets\/.*\.js$/, scripts.handler)
  await page.goto('/', { waitUntil: 'commit' })
  const search = page.getByRole('searchbox', { name: 'Search data products' })
  await search.click()
  await page.keyboard.type('sesions')
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  await scripts.release()
  // The app has started and put its own field in place, while the catalogue is still on its way.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' })).toBeAttached({ timeout: 30_000 })
  await expect(page.locator('#boot-search')).toHaveCount(0)
  await expect(search).toHaveValue('sesions')
  await expect(search).toBeFocused()
  expect(await search.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([3, 3])
  await page.keyboard.type('s')
  await expect(search).toHaveValue('sessions')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=sessions$/)

  await catalogue.release()
  await expect(page.getByRole('heading', { level: 1, name: 'Results for “sessions”' })).toBeVisible()
  await expect(page.getByRole('list', { name: /Search results/ }).getByRole('listitem').first()).toContainText(/sessions/i)
})
