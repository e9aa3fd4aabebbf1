import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { ROUTES } from './support/routes'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme })
    for (const { path, heading } of ROUTES) {
      test(`${path} opens on a working page with no serious accessibility problem`, async ({ page }) => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible()
        await expectNoSeriousA11yViolations(page)
      })
    }
  })
}

test('the root opens the home page over the demo mesh', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lumen demo mesh' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Recently changed' }).getByRole('listitem').first()).toBeVisible()
})

test('a team page lists its members and products, reached from the teams index', async ({ page }) => {
  await page.goto('/teams')
  await page.getByLabel('Filter teams').fill('playback')
  const firstTeam = page.getByRole('table').getByRole('link').first()
  const name = (await firstTeam.textContent()) ?? ''
  await firstTeam.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Members/ })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('an unknown product says it was not found', async ({ page }) => {
  await page.goto(productUrl('urn:tessera:product:nowhere.nothing'))
  await expect(page.getByRole('alert')).toContainText('not found')
})

test('"/" focuses the search box and typing searches', async ({ page }) => {
  await page.goto('/domains')
  await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible()
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search data products' })).toBeFocused()
  await page.keyboard.type('playback')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=playback/)
  await expect(page.getByRole('link', { name: 'Playback sessions', exact: true })).toBeVisible()
})

test('dark theme is reachable from the toggle and kept across reloads', async ({ page }) => {
  await page.goto('/domains')
  const toggle = page.getByRole('button', { name: /^Theme:/ })
  await toggle.click()
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expectNoSeriousA11yViolations(page)
})

test('a page opened from its address starts at the top, however far down the last one was read', async ({ page }) => {
  await page.goto('/teams')
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible()
  await page.mouse.wheel(0, 2000)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  await page.goto('/domains')
  await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible()
  await expect(page.locator('.state-loading')).toHaveCount(0)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})
