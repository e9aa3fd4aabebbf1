import { expect, test } from '@playwright/test'
import { productUrl, SESSIONS_URN } from './support/demo'

const queriesIn = (text: string | null) => Number(text?.match(/([\d,]+) quer/)?.[1]?.replace(/,/g, ''))

test('home lists the most used products, most queried first, and a product shows its usage over 30 days with the trend', async ({ page }) => {
  await page.goto('/')
  const list = page.getByRole('list', { name: 'Most used in the last 30 days' })
  await expect(list.getByRole('listitem')).toHaveCount(5)
  const counts = (await list.getByRole('listitem').locator('.home-meta').allTextContents()).map(queriesIn)
  expect(counts.every((n) => n > 0)).toBe(true)
  expect([...counts].sort((a, b) => b - a)).toEqual(counts)

  await page.goto(productUrl(SESSIONS_URN))
  const usage = page.locator('dd.usage-fact')
  await expect(usage).toContainText(/[\d,]+ queries by [\d,]+ users in the last 30 days/)
  await expect(usage).toContainText(/(up|down) \d+ %|steady/)
  await expect(usage.getByRole('img', { name: /Queries per day over the last 30 days/ })).toBeVisible()
})
