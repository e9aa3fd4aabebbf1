import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'

const ROI = 'urn:tessera:product:finance.content_roi_board_pack'
const lineageUrl = (urn: string, extra = '') => `/lineage?focus=${encodeURIComponent(urn)}${extra}`
/** Nothing of the lineage page reaches past the window's right edge (the app's header is measured by its own tests). */
const noSideScroll = () =>
  [...document.querySelectorAll('.ln-page *')].every((e) => !e.checkVisibility() || e.getBoundingClientRect().right <= window.innerWidth + 0.5)

test.use({ viewport: { width: 390, height: 844 } })

test('on a phone the lineage view lists upstream and downstream products, with the same depth and expand controls, and no sideways scroll', async ({ page }) => {
  await page.goto(lineageUrl(ROI))
  const upstream = page.getByRole('region', { name: /^Upstream \(\d+\)$/ })
  await expect(upstream).toBeVisible()
  await expect(page.getByTestId('lineage-canvas')).toHaveCount(0)
  await expect(upstream.getByRole('link', { name: 'Content cost per viewing hour' })).toBeVisible()
  await expect(upstream.getByRole('link', { name: 'Viewing time, daily' })).toHaveCount(0)
  expect(await page.evaluate(noSideScroll)).toBe(true)

  await upstream.getByRole('button', { name: /^Show \d+ more upstream of Content performance, daily$/ }).click()
  await expect(upstream.getByRole('link', { name: 'Viewing time, daily' })).toBeVisible()
  await expect(upstream.getByRole('button', { name: 'Hide the upstream products shown from Content performance, daily' })).toBeVisible()

  await page.getByLabel('Upstream', { exact: true }).selectOption('1')
  await expect(upstream.getByRole('link', { name: 'Content cost per viewing hour' })).toBeVisible()
  await expect(upstream.getByRole('link', { name: 'General ledger' })).toHaveCount(0)
  expect(await page.evaluate(noSideScroll)).toBe(true)
  await expectNoSeriousA11yViolations(page)

  await page.reload()
  await expect(page.getByLabel('Upstream', { exact: true })).toHaveValue('1')
  await expect(upstream.getByRole('link', { name: 'Content cost per viewing hour' })).toBeVisible()
})

test('on a phone the whole mesh lists its domains, which open into their products', async ({ page }) => {
  await page.goto('/lineage?mode=mesh')
  const list = page.getByRole('region', { name: /^Domains and products/ })
  await expect(list).toBeVisible()
  await list.getByRole('button', { name: 'Show products of Playback', exact: true }).click()
  await expect(list.getByRole('link', { name: 'Playback sessions', exact: true })).toBeVisible()
  expect(await page.evaluate(noSideScroll)).toBe(true)
})
