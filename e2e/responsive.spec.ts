import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl, SESSIONS_URN } from './support/demo'
import { ROUTES } from './support/routes'

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1440, height: 900 },
]

/** The page is no wider than the screen, and the main heading starts on the first screen. */
async function expectFitsTheScreen(page: Page) {
  const { scrollWidth, width, height, mainTop } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
    height: window.innerHeight,
    mainTop: document.querySelector('main h1')?.getBoundingClientRect().top ?? Infinity,
  }))
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(width)
  expect(mainTop, 'main heading').toBeLessThan(height / 3)
}

// One visit per route, resized through each screen: a page load per viewport would triple the time.
for (const { path, heading } of ROUTES) {
  test(`${path} fits a phone, a tablet and a desktop with no serious accessibility problem`, async ({ page }) => {
    test.setTimeout(60_000)
    await page.setViewportSize({ width: VIEWPORTS[0]!.width, height: VIEWPORTS[0]!.height })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible()
    await expect(page.locator('.state-loading')).toHaveCount(0)
    for (const viewport of VIEWPORTS) {
      await test.step(`${viewport.name} ${viewport.width}×${viewport.height}`, async () => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height })
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
        await expectFitsTheScreen(page)
        await expectNoSeriousA11yViolations(page)
      })
    }
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the header is one compact row; navigation, identity and theme are in its menu', async ({ page }) => {
    await page.goto('/domains')
    // Measure the app's own header, not the one the HTML paints before the app starts.
    await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible({ timeout: 30_000 })
    const header = page.getByRole('banner')
    expect((await header.boundingBox())?.height).toBeLessThan(72)
    await expect(page.getByRole('searchbox', { name: 'Search data products' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav).toBeHidden()
    const menu = page.getByRole('button', { name: 'Menu' })
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByLabel('Act as')).toBeVisible()
    await expect(page.getByRole('button', { name: /^Theme:/ })).toBeVisible()
    await nav.getByRole('link', { name: 'Teams' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible()
    await expect(nav).toBeHidden()
    await menu.click()
    await page.keyboard.press('Escape')
    await expect(nav).toBeHidden()
    await expect(menu).toBeFocused()
  })

  test('search results come first; the filters open in a drawer that counts the active ones', async ({ page }) => {
    await page.goto('/search?q=sessions')
    const results = page.getByRole('list', { name: /Search results/ })
    const first = results.getByRole('listitem').first()
    await expect(first).toBeVisible()
    expect((await first.boundingBox())!.y).toBeLessThan(300)
    // Every badge of a result is inside its card, wrapped rather than cut.
    const cut = await first.evaluate((row) => {
      const box = row.getBoundingClientRect()
      return [...row.querySelectorAll('.badge')].filter((b) => b.getBoundingClientRect().right > box.right + 0.5).length
    })
    expect(cut).toBe(0)

    const filters = page.getByRole('button', { name: /^Filters/ })
    await expect(filters).toHaveText('Filters')
    await filters.click()
    const drawer = page.getByRole('dialog', { name: 'Filters' })
    await drawer.getByRole('checkbox', { name: /^Aggregate/ }).check()
    await expect(page).toHaveURL(/kind=aggregate/)
    await drawer.getByRole('button', { name: /^Show \d+ products?$/ }).click()
    await expect(drawer).toBeHidden()
    await expect(filters).toHaveAccessibleName('Filters 1 active')
    await expect(page.getByRole('status')).toHaveText(/^\d+ products?$/)
  })

  test('a product page keeps its tabs on the first screen and shows the schema as cards', async ({ page }) => {
    await page.goto(`${productUrl(SESSIONS_URN)}?tab=schema`)
    const tabs = page.getByRole('tablist', { name: 'Product sections' })
    await expect(tabs).toBeVisible()
    expect((await tabs.boundingBox())!.y + 40).toBeLessThan(844)
    await expect(page.locator('summary', { hasText: 'Owners' })).toBeVisible()
    const row = page.getByRole('row', { name: /session_id/ }).first()
    await row.scrollIntoViewIfNeeded()
    // Name, type and description stacked inside the screen: no column off to the right.
    const right = await row.evaluate((tr) => Math.max(...[...tr.children].map((cell) => cell.getBoundingClientRect().right)))
    expect(right).toBeLessThanOrEqual(390)
    await expect(row.getByText('Unique id of the playback session', { exact: false })).toBeInViewport({ ratio: 1 })

    // Opened on its last tab, the page shows that tab selected, the strip scrolled to it.
    await page.goto(`${productUrl(SESSIONS_URN)}?tab=history`)
    const history = tabs.getByRole('tab', { name: /^History/ })
    await expect(history).toHaveAttribute('aria-selected', 'true')
    const [tab, strip] = await Promise.all([history.boundingBox(), tabs.boundingBox()])
    expect(tab!.x + tab!.width).toBeLessThanOrEqual(strip!.x + strip!.width + 1)
  })

  test('the coverage matrix scrolls sideways inside its box with the domains kept in view', async ({ page }) => {
    await page.goto('/coverage?view=matrix')
    const matrix = page.getByRole('table', { name: /Data products per domain and kind/ })
    await matrix.scrollIntoViewIfNeeded()
    const domain = matrix.getByRole('rowheader').first()
    const before = (await domain.boundingBox())!.x
    await matrix.evaluate((table) => (table.parentElement!.scrollLeft = 400))
    await expect.poll(async () => (await domain.boundingBox())!.x).toBe(before)
    expect(await matrix.evaluate((table) => table.parentElement!.scrollLeft)).toBeGreaterThan(0)
  })

  test('the domain topology opens at a readable size, its roles listed in words below', async ({ page }) => {
    await page.goto('/coverage?view=topology')
    const name = page.locator('[data-topology-nodes]').getByRole('link').first()
    await expect(name).toBeVisible()
    expect((await name.boundingBox())!.height, 'a domain name’s height on screen').toBeGreaterThanOrEqual(11)
    const roles = page.getByRole('region', { name: 'Providers, consumers and standalone domains' })
    const link = roles.getByRole('link', { name: 'Subscriptions & billing' })
    // One line: the name is not broken mid-word in a squeezed column.
    expect((await link.boundingBox())!.height).toBeLessThan(30)
  })
})

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('the navigation, identity and theme sit in one header row, with no menu button', async ({ page }) => {
    await page.goto('/domains')
    await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' })).toBeVisible()
    await expect(page.getByLabel('Act as')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden()
    expect((await page.getByRole('banner').boundingBox())?.height).toBeLessThan(72)
  })
})
