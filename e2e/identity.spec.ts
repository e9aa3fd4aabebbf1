import { expect, test } from '@playwright/test'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

test('the demo user switcher decides who may edit', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0)

  await actAs(page, 'Maya Chen')
  await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible()

  await actAs(page, 'Sam Okafor')
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0)

  await actAs(page, 'Maya Chen')
  await page.reload()
  await expect(page.getByLabel('Act as')).toHaveValue('maya-chen')
  await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible()
})
