import { expect, test } from '@playwright/test'
import { productUrl } from './support/demo'

const LEGACY_URN = 'urn:tessera:product:playback.playback_sessions_legacy'

test('a description with script, event handlers and javascript: links renders as harmless text', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await page.goto(productUrl(LEGACY_URN))
  const description = page.getByRole('region', { name: 'Description' })
  await expect(description).toContainText('<script>')
  await expect(description.locator('script, img[onerror], [onerror]')).toHaveCount(0)
  await expect(description.getByText('click', { exact: true })).toBeVisible()
  await expect(description.getByRole('link', { name: 'click', exact: true })).toHaveCount(0)
  await expect(description.locator('a[href^="javascript" i]')).toHaveCount(0)
  await expect(page.getByText('This product is deprecated')).toBeVisible()
  await page.waitForTimeout(300)
  expect(dialogs).toEqual([])
})
