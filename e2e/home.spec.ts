import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { requestAccess } from './support/access'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

test('a visitor’s home: find data, the mesh at a glance, what changed, and no owner’s sections', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lumen demo mesh' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('region', { name: 'Find data' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'My products' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: /^My domain/ })).toHaveCount(0)

  // The mesh's figures are those of the search they open.
  const glance = page.getByRole('region', { name: 'The mesh at a glance' })
  const aggregates = glance.locator('div', { has: page.locator('dt', { hasText: /^Aggregate$/ }) }).getByRole('link')
  const count = (await aggregates.textContent()) ?? ''
  await aggregates.click()
  await expect(page.getByRole('status').filter({ hasText: /products?$/ })).toHaveText(`${count} products`)
  await page.goBack()

  await expect(page.getByRole('region', { name: 'Recently changed' }).getByRole('listitem').first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Access requests' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: /^Changes to what you follow/ })).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Find data products' }).fill('sessions')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(/\/search\?q=sessions$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Results for “sessions”' })).toBeVisible()
})

test('an owner’s home lists their products with the worst gaps first, one click from documenting them', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lumen demo mesh' })).toBeVisible({ timeout: 20_000 })
  await actAs(page, 'Maya Chen')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Maya Chen' })).toBeVisible()
  const mine = page.getByRole('list', { name: 'My products' })
  await expect(mine.getByRole('listitem').first()).toBeVisible()
  const percents = await mine.locator('.home-owned .badge').allTextContents()
  const values = percents.map((p) => Number.parseInt(p, 10))
  expect(values.length).toBeGreaterThan(1)
  expect(values).toEqual([...values].sort((a, b) => a - b))

  const first = mine.locator('.home-owned').first()
  const title = (await first.getByRole('link').first().textContent()) ?? ''
  await expect(first.getByRole('list', { name: `Gaps in ${title}` }).getByRole('listitem').first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await first.getByRole('link', { name: `Document the gaps of ${title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Document the gaps' })).toBeVisible()
})

test('a domain owner sees their domain’s coverage on the home page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Lumen demo mesh' })).toBeVisible({ timeout: 20_000 })
  await actAs(page, 'Maya Chen')
  const mine = page.getByRole('region', { name: /^My domain/ })
  const playback = mine.getByRole('list', { name: 'Coverage of Playback' })
  await expect(playback.getByRole('listitem').filter({ hasText: 'Documented' })).toHaveText(/Documented\s*\d+ of \d+ \(\d+%\)/)
  await mine.getByRole('link', { name: 'Playback', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Playback' })).toBeVisible()
})

test('a person’s page shows how well each of their products is documented', async ({ page }) => {
  await page.goto('/people/maya-chen')
  const products = page.getByRole('region', { name: /^Products with a role/ })
  await expect(products.getByText(/^\d+ of \d+ have gaps in their documentation\.$/)).toBeVisible({ timeout: 20_000 })
  await expect(products.getByText(/^\d+% documented/).first()).toBeVisible()
})

test('what an analyst asks for and follows reaches the owner’s home and comes back to the analyst’s', async ({ page }) => {
  // Two people, a request, an edit and a decision.
  test.slow()
  await page.goto(`${productUrl(SESSIONS_URN)}?tab=access`)
  await actAs(page, 'Sam Okafor')
  await requestAccess(page, /^Sessions table/, 'Churn model for the retention team', '30 days')
  await page.getByRole('button', { name: 'Follow Playback sessions' }).click()
  await expect(page.getByRole('button', { name: 'Following Playback sessions' })).toHaveAttribute('aria-pressed', 'true')

  await actAs(page, 'Maya Chen')
  await page.getByRole('link', { name: 'Tessera home' }).click()
  const requests = page.getByRole('region', { name: 'Access requests' })
  const waiting = requests.getByRole('list', { name: 'Requests waiting for your decision' })
  await expect(waiting.getByRole('listitem')).toHaveCount(1)
  await expect(waiting.getByRole('listitem')).toContainText('Churn model for the retention team')
  await expect(page.getByRole('region', { name: /^Changes to what you follow/ })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
  await waiting.getByRole('button', { name: /^Approve/ }).click()
  await expect(requests).toHaveCount(0)

  await page.goto(`${productUrl(SESSIONS_URN)}?tab=schema`)
  const table = page.getByRole('table', { name: 'Columns of Sessions table' })
  await table.getByRole('button', { name: 'Edit description of ended_at' }).click()
  await table.getByRole('textbox', { name: 'Description of ended_at' }).fill('When the session ended, in UTC; null while open.')
  await page.keyboard.press('Enter')
  await expect(table.getByText('When the session ended, in UTC; null while open.')).toBeVisible()

  await actAs(page, 'Sam Okafor')
  await page.getByRole('link', { name: 'Tessera home' }).click()
  await expect(page.getByRole('region', { name: 'Access requests' }).getByRole('list', { name: 'Your requests' })).toContainText('Granted')
  const feed = page.getByRole('region', { name: 'Changes to what you follow (1 new)' })
  await expect(feed.getByRole('listitem')).toHaveText([/Column ended_at: description changed/])
  await feed.getByRole('link', { name: 'Everything you follow' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Following' })).toBeVisible()
})
