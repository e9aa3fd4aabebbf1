import { expect, test } from '@playwright/test'
import { productUrl } from './support/demo'
import { HOSTILE_URN, hostileMesh } from './support/hostile-mesh'
import { serveCatalogApi } from './support/mock-api'

test('a description with script, event handlers and javascript: links renders as harmless text', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await serveCatalogApi(page, undefined, hostileMesh())
  await page.goto(productUrl(HOSTILE_URN))
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
