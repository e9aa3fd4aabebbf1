import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'

test('a leader colours the map by contract, opens the weakest domain and reaches a product without a contract', async ({ page }) => {
  await page.goto('/coverage')
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible()
  const map = page.getByRole('group', { name: /^Coverage map coloured by/ })
  await expect(map.getByRole('link', { name: /^Customer support: .*No products$/ })).toBeVisible()

  await page.getByLabel('Colour by').selectOption({ label: 'Under contract' })
  await expect(page).toHaveURL(/measure=under-contract/)
  await expect(page.getByRole('group', { name: 'Coverage map coloured by under contract' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Legend: Share of products under a data contract' })).toContainText('Under 20%')

  // the weakest domain is named above the map, and its tile says why
  const weakest = page.getByRole('list', { name: 'Weakest domains' }).getByRole('link').first()
  await expect(weakest).toHaveText('Experimentation')
  await expect(map.getByRole('link', { name: 'Experimentation: Under contract, 0 of 3 (0%)' })).toBeVisible()
  await weakest.click()

  await expect(page.getByRole('heading', { level: 1, name: 'Experimentation' })).toBeVisible()
  const contractRow = page.getByRole('row', { name: /^Under contract/ })
  await expect(contractRow).toContainText('0 of 3 (0%)')
  const lacking = contractRow.getByRole('list', { name: 'No data contract' }).getByRole('link').first()
  const title = (await lacking.textContent()) ?? ''
  await lacking.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('No contract', { exact: true }).first()).toBeVisible()
})

test('the matrix shows at one look which domain has no consumer-aligned product, and a cell opens a prefiltered search', async ({ page }) => {
  await page.goto('/coverage')
  await page.getByRole('navigation', { name: 'Coverage views' }).getByRole('link', { name: 'Matrix' }).click()
  await expect(page).toHaveURL(/view=matrix/)
  const table = page.getByRole('table', { name: /Data products per domain and kind/ })
  const licensing = table.getByRole('row', { name: /^Content licensing/ })
  await expect(licensing.getByRole('cell').nth(2)).toHaveText('None')
  await expect(licensing.getByRole('cell').nth(0)).toContainText('3')
  const noProducts = table.getByRole('row', { name: /^Customer support/ })
  await expect(noProducts.getByRole('cell').filter({ hasText: 'None' })).toHaveCount(3)

  await page.getByLabel('Colour by').selectOption({ label: 'Under contract' })
  await licensing.getByRole('link', { name: /source-aligned products in Content licensing, 67% under contract/ }).click()
  await expect(page).toHaveURL(/\/search\?domain=content-licensing&kind=source-aligned/)
})

test('filters live in the URL and survive a reload', async ({ page }) => {
  await page.goto('/coverage?measure=documented')
  await page.getByLabel('Lifecycle').selectOption({ label: 'Deprecated' })
  await expect(page).toHaveURL(/lifecycle=deprecated/)
  await expect(page.getByText(/products matching the filters/)).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Lifecycle')).toHaveValue('deprecated')
  await expect(page.getByLabel('Colour by')).toHaveValue('documented')
  await page.getByLabel('Owner team').selectOption({ label: 'Playback Data' })
  await expect(page).toHaveURL(/team=playback-data/)
  await page.getByLabel('Lifecycle').selectOption({ label: 'Any (not retired)' })
  await expect(page).not.toHaveURL(/lifecycle=/)
})

test('the map is usable by keyboard and shows a tile’s figure on focus and on hover', async ({ page }) => {
  await page.goto('/coverage?measure=owned')
  const map = page.getByRole('group', { name: 'Coverage map coloured by owned' })
  const tiles = map.getByRole('link')
  await tiles.first().focus()
  await expect(tiles.first()).toBeFocused()
  await expect(map.locator('.treemap-tooltip')).toContainText(/Owned: \d+ of \d+/)
  await page.keyboard.press('ArrowRight')
  await expect(tiles.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(tiles.last()).toBeFocused()
  // one tab stop for the whole map
  await expect(map.locator('[tabindex="0"]')).toHaveCount(1)
  const last = (await tiles.last().getAttribute('aria-label')) ?? ''
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/domains\//)
  await expect(page.getByRole('heading', { level: 1, name: last.split(':')[0] })).toBeVisible()

  await page.goBack()
  await map.getByRole('link', { name: /^Finance:/ }).hover()
  await expect(map.locator('.treemap-tooltip')).toContainText('Finance')
  await expect(map.locator('.treemap-tooltip')).toContainText(/products? in use: \d+ source-aligned/)
})

test('a screen-reader user reads the figures as a table', async ({ page }) => {
  await page.goto('/coverage?measure=under-contract')
  await page.getByText('Coverage figures as a table').click()
  const table = page.getByRole('table', { name: /Coverage figures per domain/ })
  await expect(table.getByRole('columnheader').nth(3)).toHaveText('Under contract')
  await expect(table.getByRole('row', { name: /^Experimentation/ })).toContainText('0 of 3 (0%)')
})

test('the topology shows which domains feed which, providers, consumers and standalone ones', async ({ page }) => {
  await page.goto('/coverage?view=topology')
  await expect(page.locator('.react-flow__node')).toHaveCount(13)
  const roles = page.getByRole('region', { name: 'Providers, consumers and standalone domains' })
  await expect(roles.getByRole('definition').last()).toHaveText('Customer support')
  await page.getByText(/Dependencies between domains as a table/).click()
  await expect(page.getByRole('table', { name: /Which domain feeds which/ }).getByRole('row').nth(1)).toBeVisible()

  await page.getByLabel('Sub-domains').selectOption({ label: 'Merged into their parent' })
  await expect(page).toHaveURL(/group=top-level/)
  await expect(page.locator('.react-flow__node')).toHaveCount(10)

  await page.locator('.react-flow__node').getByRole('link', { name: 'Finance' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Finance' })).toBeVisible()
})

test('the figures download as CSV and the map as PNG', async ({ page }) => {
  await page.goto('/coverage')
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()])
  expect(csv.suggestedFilename()).toBe('tessera-coverage.csv')
  const text = await readFile((await csv.path()) ?? '', 'utf8')
  expect(text.split('\r\n')[0]).toMatch(/^domain id,domain,parent id,owner team,products,/)
  expect(text).toContain('content-licensing,Content licensing,content,')

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()])
  expect(png.suggestedFilename()).toBe('tessera-coverage-map.png')
  const bytes = await readFile((await png.path()) ?? '')
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme })
    for (const path of ['/coverage?measure=under-contract', '/coverage?measure=kinds', '/coverage?view=matrix&measure=slos-met', '/coverage?view=topology']) {
      test(`${path} has no serious accessibility problem`, async ({ page }) => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible()
        await expect(page.locator('.state-loading')).toHaveCount(0)
        await expectNoSeriousA11yViolations(page)
      })
    }
  })
}
