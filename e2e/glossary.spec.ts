import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl, SESSIONS_URN } from './support/demo'

test('a glossary chip on a product leads to the term’s page: its definition, related terms, the products and columns carrying it', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await page.getByRole('link', { name: 'Watch time', exact: true }).click()
  await expect(page).toHaveURL(/\/glossary\/Watch%20time$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Watch time' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Definition' })).toContainText('Seconds of content actually played in a session')

  const products = page.getByRole('list', { name: 'Products with Watch time' })
  await expect(products.getByRole('link', { name: 'Playback sessions', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Products with this term \(\d+\)/ })).toBeVisible()
  const count = Number((await page.getByRole('heading', { name: /Products with this term/ }).textContent())?.match(/\((\d+)\)/)?.[1])
  await expect(products.getByRole('listitem')).toHaveCount(count)
  expect(count).toBeGreaterThan(3)
  await expect(products.getByRole('listitem').filter({ hasText: 'Playback sessions' }).first()).toContainText('Playback')

  const columns = page.getByRole('table', { name: 'Columns with Watch time' })
  await expect(columns.getByRole('row', { name: /watch_seconds/ })).toContainText('Recommendations')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('list', { name: 'Related terms' }).getByRole('link', { name: 'Playback session', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Playback session' })).toBeVisible()
  await page.getByRole('list', { name: 'Related terms' }).getByRole('link', { name: 'Heartbeat' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Heartbeat' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Definition' })).toContainText('holds this term without a definition')

  await page.getByRole('link', { name: 'Glossary', exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  const terms = page.getByRole('list', { name: 'Terms' })
  await expect(terms.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Heartbeat', exact: true }) })).toContainText('No definition yet.')
  await page.getByLabel('Filter terms').fill('royalties')
  await expect(terms.getByRole('listitem')).toHaveCount(1)
  await expect(terms.getByRole('listitem')).toContainText('Watch time')
})
