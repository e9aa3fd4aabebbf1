import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

test('an owner saves a search, it survives a reload, a product matching it since shows as new on home, and opening it clears that', async ({ page }) => {
  // A save, an edit, two reloads: more than the default budget on a busy machine.
  test.slow()
  const word = `zephyr${Date.now().toString(36)}`
  await page.goto('/')
  await actAs(page, 'Maya Chen')
  await page.goto(`/search?q=${word}&domain=playback`)
  await expect(page.getByText('0 products', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Save search' }).click()
  const name = page.getByRole('textbox', { name: 'Name this search' })
  await expect(name).toHaveValue(`“${word}” · Playback`)
  await name.fill('Zephyr in Playback')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Saved as “Zephyr in Playback”')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.reload()
  await expect(page.getByText('Saved as “Zephyr in Playback”')).toBeVisible()
  await page.goto('/search')
  await page.getByRole('navigation', { name: 'Saved searches' }).getByRole('link', { name: 'Zephyr in Playback' }).click()
  await expect(page).toHaveURL(new RegExp(`q=${word}`))
  await expect(page.getByRole('heading', { name: `Results for “${word}”` })).toBeVisible()

  // A product starts matching it: the saved search has news.
  await page.goto(productUrl(SESSIONS_URN))
  await page.getByRole('button', { name: 'Edit description' }).click()
  const box = page.getByRole('textbox', { name: 'Description (Markdown)' })
  await box.fill(`One row per playback session, also known as a ${word}.`)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Description' })).toContainText(word)

  await page.goto('/')
  const section = page.getByRole('region', { name: 'Saved searches' })
  const item = section.getByRole('listitem').filter({ hasText: 'Zephyr in Playback' })
  await expect(item).toContainText('1 new')
  await expect(item).toContainText(`“${word}” · 1 filter`)
  await item.getByRole('link', { name: 'Zephyr in Playback' }).click()
  await expect(page.getByText('1 product', { exact: true })).toBeVisible()
  await expect(page.locator('.search-results').getByRole('link', { name: 'Playback sessions', exact: true })).toBeVisible()

  await page.goto('/')
  await expect(item).toContainText('nothing new')
  await expect(item).not.toContainText('1 new')
})
