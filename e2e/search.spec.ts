import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search data products' })
const results = (page: Page) => page.getByRole('list', { name: /^Search results/ })
const resultTitles = (page: Page) => results(page).locator('[data-result-link]')
/** The results shown answer this query (not the previous one, kept on screen while the new one runs). */
const answered = (page: Page, text: string) => expect(page.locator('[data-results-for]')).toHaveAttribute('data-results-for', text)

async function search(page: Page, text: string) {
  await page.goto('/search')
  await searchBox(page).fill(text)
  await answered(page, text)
}

test('an analyst finds a product by one of its column names, and sees which column matched', async ({ page }) => {
  await search(page, 'rebuffer_ratio')
  const hit = results(page).getByRole('listitem').filter({ hasText: 'Quality of experience per session' })
  await expect(hit).toContainText('Column rebuffer_ratio matches')
  for (const row of await results(page).getByRole('listitem').all()) await expect(row).toContainText('rebuffer_ratio')
})

test('a misspelt name still finds the product, first', async ({ page }) => {
  await search(page, 'playbak sesions')
  await expect(resultTitles(page).first()).toHaveText('Playback sessions')
})

test('an owner’s name finds the products they own, each saying so', async ({ page }) => {
  await search(page, 'Maya Chen')
  await expect(resultTitles(page).filter({ hasText: /^Playback sessions$/ })).toBeVisible()
  for (const row of await results(page).getByRole('listitem').all()) await expect(row).toContainText('Owned by Maya Chen')
})

test('a question in words offers the products matching most of it, after those matching all of it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await search(page, 'churn by subscription plan')
  const churn = results(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Churn events', exact: true }) })
  await expect(churn).toBeInViewport()
  await expect(churn).toContainText('Name matches')
  await expect(results(page).getByRole('heading', { name: 'Matching some of your words' })).toBeVisible()
  const partial = results(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Subscription change events', exact: true }) })
  await expect(partial).toContainText('Without “churn”')
  // The common word is neither required nor marked.
  await expect(results(page).locator('mark', { hasText: /^by$/i })).toHaveCount(0)
})

test('an exact table name comes first, and a deprecated look-alike sinks below the active product', async ({ page }) => {
  await search(page, 'lumen_prod.playback.sessions')
  await expect(resultTitles(page).first()).toHaveText('Playback sessions')
  await search(page, 'sessions')
  const titles = await resultTitles(page).allTextContents()
  expect(titles.indexOf('Playback sessions')).toBeLessThan(titles.indexOf('Playback sessions (legacy warehouse)'))
})

test('two facets narrow the results, survive a reload and unwind with Back', async ({ page }) => {
  await page.goto('/search')
  const filters = page.getByRole('complementary', { name: 'Filters' })
  const status = page.getByRole('status').filter({ hasText: /products?$/ })
  await expect(status).toHaveText('85 products')

  await filters.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Aggregate \(/ }).check()
  await expect(page).toHaveURL(/kind=aggregate/)
  const afterKind = Number((await status.textContent())?.split(' ')[0])
  expect(afterKind).toBeLessThan(85)

  await filters.getByRole('group', { name: 'Domain' }).getByRole('checkbox', { name: /^Playback \(/ }).check()
  await expect(page).toHaveURL(/kind=aggregate.*domain=playback|domain=playback.*kind=aggregate/)
  await expect(status).not.toHaveText(`${afterKind} products`)
  const narrowed = await status.textContent()
  for (const row of await results(page).getByRole('listitem').all()) await expect(row).toContainText('Aggregate')

  await page.reload()
  await expect(status).toHaveText(narrowed ?? '')
  await expect(filters.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Aggregate \(/ })).toBeChecked()
  await expect(filters.getByRole('group', { name: 'Domain' }).getByRole('checkbox', { name: /^Playback \(/ })).toBeChecked()
  await expectNoSeriousA11yViolations(page)

  await page.goBack()
  await expect(filters.getByRole('group', { name: 'Domain' }).getByRole('checkbox', { name: /^Playback \(/ })).not.toBeChecked()
  await expect(status).toHaveText(`${afterKind} products`)
})

test('a link reproduces the exact view, sort included', async ({ page }) => {
  await page.goto('/search?q=daily&sort=name&kind=aggregate')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “daily”')
  await expect(page.getByLabel('Sort by')).toHaveValue('name')
  await answered(page, 'daily')
  const titles = await resultTitles(page).allTextContents()
  expect(titles.length).toBeGreaterThan(1)
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })))
})

test('no results offer to remove a filter', async ({ page }) => {
  await page.goto('/search?q=sessions&domain=finance')
  await expect(page.getByRole('heading', { name: 'No product matches “sessions”' })).toBeVisible()
  await page.getByRole('button', { name: /Remove domain “Finance”/ }).click()
  await expect(resultTitles(page).first()).toHaveText('Playback sessions')
})

test('the keyboard alone finds and opens a result', async ({ page }) => {
  await page.goto('/search')
  await expect(results(page)).toBeVisible()
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('sessions')
  await answered(page, 'sessions')
  await page.keyboard.press('ArrowDown')
  await expect(resultTitles(page).first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(resultTitles(page).nth(1)).toBeFocused()
  const second = await resultTitles(page).nth(1).textContent()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second ?? '')

  await page.goBack()
  await expect(page).toHaveURL(/\/search\?q=sessions$/)
  await answered(page, 'sessions')
})

test('Ctrl+K jumps to a team, a domain or a product by name', async ({ page }) => {
  await page.goto('/teams')
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible()
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Jump to a product, domain or team' })
  await expect(palette.getByRole('combobox', { name: 'Jump to' })).toBeFocused()
  await page.keyboard.type('finance data')
  const team = palette.getByRole('option', { name: /Team.*Finance Data/ })
  await expect(team).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  while ((await team.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/teams\/finance-data$/)
  await expect(palette).toBeHidden()

  await page.keyboard.press('Control+k')
  await page.keyboard.type('playback sessions')
  await expect(palette.getByRole('option').first()).toContainText('Playback sessions')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playback sessions')
})
