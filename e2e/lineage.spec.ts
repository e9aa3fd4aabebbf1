import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'

const ROI = 'urn:tessera:product:finance.content_roi_board_pack'
const ROI_TITLE = 'Content return on investment board pack: quarterly by region, genre and licence type'
const PERFORMANCE = 'urn:tessera:product:content.content_performance'
const lineageUrl = (urn: string, extra = '') => `/lineage?focus=${encodeURIComponent(urn)}${extra}`

/** A product node of the graph, found by the name a screen reader hears. */
const node = (page: Page, title: string) => page.getByRole('group', { name: new RegExp(`^${escape(title)},`) })
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('an analyst opens lineage from a product, expands upstream, follows the downstream path, groups by domain, exports, and reloads to the same view', async ({ page }) => {
  await page.goto(productUrl(ROI))
  await page.getByRole('link', { name: 'Open lineage graph' }).first().click()
  await expect(page).toHaveURL(lineageUrl(ROI))
  await expect(page.getByRole('heading', { level: 1, name: `Lineage of ${ROI_TITLE}` })).toBeVisible()
  await expect(node(page, 'Content cost per viewing hour')).toBeVisible()
  await expect(node(page, 'Viewing time, daily')).toHaveCount(0)

  await page.getByRole('button', { name: /^Show \d+ more upstream of Content performance, daily$/ }).click()
  await expect(node(page, 'Viewing time, daily')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hide the upstream products shown from Content performance, daily' })).toBeVisible()

  await node(page, 'Viewing time, daily').click()
  await expect(page.getByRole('heading', { level: 2, name: 'Viewing time, daily', exact: true })).toBeVisible()
  await page.getByRole('radio', { name: 'Downstream' }).click()
  await expect(page.getByRole('radio', { name: 'Downstream' })).toBeChecked()
  await expect(node(page, 'Content cost per viewing hour')).toHaveAccessibleName(/on the highlighted path/)
  await expect(node(page, 'Content catalogue, enriched')).not.toHaveAccessibleName(/on the highlighted path/)
  await expect(page.getByRole('heading', { name: 'Impact of changing Viewing time, daily' })).toBeVisible()

  // Controls follow the URL, which updates a moment after the click: click, then expect.
  await page.getByRole('checkbox', { name: 'Group by domain' }).click()
  await expect(page.getByRole('checkbox', { name: 'Group by domain' })).toBeChecked()
  await expect(page.getByRole('group', { name: 'Domain Finance' })).toBeVisible()
  await expect(node(page, 'Viewing time, daily')).toBeVisible()

  await page.getByText('Export', { exact: true }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Picture (PNG)' }).click()
  const png = await download
  expect(png.suggestedFilename()).toMatch(/^lineage-.+\.png$/)
  const bytes = await readFile((await png.path())!)
  expect(bytes.subarray(1, 4).toString()).toBe('PNG')

  const url = page.url()
  await page.reload()
  expect(page.url()).toBe(url)
  await expect(node(page, 'Viewing time, daily')).toHaveAccessibleName(/selected/)
  await expect(node(page, 'Content cost per viewing hour')).toHaveAccessibleName(/on the highlighted path/)
  await expect(page.getByRole('checkbox', { name: 'Group by domain' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Downstream' })).toBeChecked()
  await expect(page.getByRole('group', { name: 'Domain Finance' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('expanding a node keeps what was on screen in place, and collapsing it takes its products away again', async ({ page }) => {
  await page.goto(lineageUrl(ROI))
  const ledger = node(page, 'General ledger')
  await expect(ledger).toBeVisible()
  const before = await ledger.boundingBox()
  await page.getByRole('button', { name: /^Show \d+ more upstream of Content performance, daily$/ }).click()
  await expect(node(page, 'Viewing time, daily')).toBeVisible()
  expect(await ledger.boundingBox()).toEqual(before)
  await page.getByRole('button', { name: 'Hide the upstream products shown from Content performance, daily' }).click()
  await expect(node(page, 'Viewing time, daily')).toHaveCount(0)
  expect(await ledger.boundingBox()).toEqual(before)
})

test('the graph downloads as SVG and as JSON', async ({ page }) => {
  await page.goto(lineageUrl(PERFORMANCE, '&up=1&down=1'))
  await expect(node(page, 'Content performance, daily')).toBeVisible()
  await page.getByText('Export', { exact: true }).click()
  let download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Drawing (SVG)' }).click()
  const svg = await download
  expect(svg.suggestedFilename()).toMatch(/\.svg$/)
  expect(await readFile((await svg.path())!, 'utf8')).toContain('<svg')
  await page.getByText('Export', { exact: true }).click()
  download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Graph (JSON)' }).click()
  const graph = JSON.parse(await readFile((await (await download).path())!, 'utf8'))
  expect(graph.nodes.map((n: { id: string }) => n.id)).toContain(PERFORMANCE)
  expect(graph.edges.length).toBeGreaterThan(0)
  expect(graph.exportedFrom).toContain('/lineage?')
})

test('keyboard only: Tab reaches a product in the graph, arrows move between products, Enter opens one', async ({ page }) => {
  await page.goto(lineageUrl(PERFORMANCE))
  await expect(node(page, 'Content performance, daily')).toBeVisible()
  let onNode = false
  for (let i = 0; i < 40 && !onNode; i++) {
    await page.keyboard.press('Tab')
    onNode = await page.evaluate(() => document.activeElement?.classList.contains('react-flow__node') ?? false)
  }
  expect(onNode).toBe(true)
  const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
  await page.keyboard.press('ArrowRight')
  const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
  expect(second).toBeTruthy()
  expect(second).not.toBe(first)
  const title = second!.split(',')[0]!
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/products\//)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
})

test('column lineage: showing a product’s columns and picking one lights up the columns it comes from and feeds', async ({ page }) => {
  await page.goto(lineageUrl(PERFORMANCE))
  await page.getByRole('button', { name: 'Columns of Content performance, daily' }).click()
  const column = page.getByRole('button', { name: /^total_watch_minutes/ })
  await column.click()
  await expect(column).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: /^watch_minutes.*on the selected column’s lineage/ }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: /^licence_type/ }).first()).not.toHaveAccessibleName(/on the selected column’s lineage/)
  await expectNoSeriousA11yViolations(page)
})

test('whole mesh: domains start collapsed, open into their products, and filter by kind', async ({ page }) => {
  await page.goto('/lineage?mode=mesh')
  await expect(page.getByRole('heading', { level: 1, name: 'Lineage of the whole mesh' })).toBeVisible()
  await expect(page.getByRole('group', { name: /^Domain Playback,/ })).toBeVisible()
  await page.getByRole('button', { name: 'Show products of Playback', exact: true }).click()
  await expect(node(page, 'Playback sessions')).toBeVisible()
  await expect(page.getByRole('group', { name: /^Domain Playback,/ })).toHaveCount(0)

  await page.getByText('Filters', { exact: true }).click()
  await page.getByRole('checkbox', { name: 'Consumer-aligned' }).click()
  await expect(page.getByRole('checkbox', { name: 'Consumer-aligned' })).toBeChecked()
  await expect(node(page, 'Playback sessions')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'hidden by filters' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('the impact of a change lists every downstream product with its owners and downloads as CSV', async ({ page }) => {
  await page.goto(lineageUrl('urn:tessera:product:playback.playback_sessions', '&down=1'))
  const impact = page.getByRole('region', { name: /Impact of changing Playback sessions/ })
  await expect(impact.getByRole('row')).not.toHaveCount(0)
  await expect(impact.getByRole('link', { name: ROI_TITLE })).toBeVisible()
  const download = page.waitForEvent('download')
  await impact.getByRole('button', { name: 'Download CSV' }).click()
  const csv = await readFile((await (await download).path())!, 'utf8')
  expect(csv.split('\r\n')[0]).toBe('Product,URN,Kind,Lifecycle,Domain,Distance,Owners')
  expect(csv).toContain(ROI)
})

test('finding a product in a collapsed whole mesh opens its domain and selects it', async ({ page }) => {
  await page.goto('/lineage?mode=mesh')
  await page.getByRole('combobox', { name: 'Find a product in the graph' }).fill('Viewing time, daily')
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(node(page, 'Viewing time, daily')).toHaveAccessibleName(/selected/)
  await expect(page.getByRole('heading', { level: 2, name: 'Viewing time, daily', exact: true })).toBeVisible()
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['/lineage', '/lineage?mode=mesh&open=*&group=domain', lineageUrl(ROI, `&sel=${encodeURIComponent(PERFORMANCE)}`)]) {
    test(`${path} has no serious accessibility problem in ${colorScheme} mode`, async ({ page }) => {
      test.setTimeout(90_000)
      await page.emulateMedia({ colorScheme })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByText(/Laying out/)).toHaveCount(0)
      await expectNoSeriousA11yViolations(page)
    })
  }
}

test('an unknown product says it was not found, and a hostile URL does not break the view', async ({ page }) => {
  await page.goto(lineageUrl('urn:tessera:product:nowhere.nothing'))
  await expect(page.getByRole('alert')).toContainText('not found')
  page.on('dialog', (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`)
  })
  await page.goto(`${lineageUrl(PERFORMANCE)}&up=<script>&expand=up:%3Cimg%20src=x%20onerror=alert(1)%3E&kind=bogus&sel=domain:nope&colUrn=x&colName=y`)
  await expect(node(page, 'Content performance, daily')).toBeVisible()
  await page.goto(lineageUrl('urn:tessera:product:playback.playback_sessions_legacy', '&up=1&down=1'))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lineage of')
  await expect(page.locator('.react-flow__node-product').first()).toBeVisible()
})
