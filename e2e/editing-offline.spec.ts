import { expect, test } from '@playwright/test'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

// The demo server runs inside the page (MSW) but stands for a remote server: its handlers answer
// with a network error while the browser is offline (context.setOffline makes navigator.onLine
// false there), which is what a save against a real server does. page.route cannot fail these
// requests, because the service worker answers them before they reach the network.

test('an owner goes offline mid-edit, reloads, restores the draft, and saves once back online', async ({ page, context }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  const description = page.getByRole('region', { name: 'Description' })
  const original = (await description.locator('.markdown p').first().textContent()) ?? ''
  await page.getByRole('button', { name: 'Edit description' }).click()
  const box = page.getByRole('textbox', { name: 'Description (Markdown)' })
  await box.fill('Written before the network went away.')

  await context.setOffline(true)
  await box.fill('Written before and after the network went away.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  // Rolled back where everyone sees it, explained, and kept.
  await expect(description.getByText(/Not saved: The catalogue could not be reached\..*kept as a draft on this device/)).toBeVisible()
  await expect(description.getByText(original)).toBeVisible()
  await expect(description.getByText('Written before and after the network went away.')).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Unsaved changes' })).toContainText('1 unsaved change: Description')

  // The app's own files come from the network, so the reload itself needs it back for a moment.
  let prompt = ''
  page.once('dialog', (dialog) => {
    prompt = dialog.type()
    void dialog.accept()
  })
  await context.setOffline(false)
  await page.reload()
  expect(prompt).toBe('beforeunload')
  const drafts = page.getByRole('region', { name: /Unsaved changes from/ })
  await expect(drafts).toContainText('This device kept a draft you did not save: Description')
  await context.setOffline(true)
  await drafts.getByRole('button', { name: 'Restore draft' }).click()
  await expect(drafts).toHaveCount(0)
  await description.getByRole('button', { name: 'Edit draft' }).click()
  await expect(box).toHaveValue('Written before and after the network went away.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(description.getByText(/Not saved: The catalogue could not be reached/)).toBeVisible()

  await context.setOffline(false)
  await description.getByRole('button', { name: 'Retry' }).click()
  await expect(description.getByText('Saved.')).toBeVisible()
  await expect(description.getByText('Written before and after the network went away.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0)

  await page.reload()
  await expect(description.getByText('Written before and after the network went away.')).toBeVisible()
  await expect(page.getByRole('region', { name: /Unsaved changes from/ })).toHaveCount(0)
})

test('leaving a product with unsaved changes asks first, and the draft is offered on return', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  await page.getByRole('button', { name: 'Edit description' }).click()
  await page.getByRole('textbox', { name: 'Description (Markdown)' }).fill('Half a thought')
  await page.getByRole('button', { name: 'Close, keep draft' }).click()
  await expect(page.getByRole('region', { name: 'Description' }).getByText('Unsaved draft')).toBeVisible()

  // Switching tabs of the same product is not leaving.
  await page.getByRole('tab', { name: /^Schema/ }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('tab', { name: 'Overview' }).click()

  await page.getByRole('link', { name: 'Playback', exact: true }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Leave with unsaved changes?' })
  await expect(dialog).toContainText('Description is not saved yet')
  await dialog.getByRole('button', { name: 'Stay and save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()

  await page.getByRole('link', { name: 'Playback', exact: true }).first().click()
  await dialog.getByRole('button', { name: 'Leave' }).click()
  await expect(page).toHaveURL(/\/domains\/playback$/)
  // The URL changes before the product page (and its leave guard) is gone; Back must come after.
  await expect(page.getByRole('heading', { level: 1, name: 'Playback' })).toBeVisible()

  await page.goBack()
  const drafts = page.getByRole('region', { name: /Unsaved changes from/ })
  await drafts.getByRole('button', { name: 'Restore draft' }).click()
  await page.getByRole('region', { name: 'Description' }).getByRole('button', { name: 'Edit draft' }).click()
  await expect(page.getByRole('textbox', { name: 'Description (Markdown)' })).toHaveValue('Half a thought')
  await page.getByRole('button', { name: 'Discard changes' }).click()
  await page.reload()
  await expect(page.getByRole('region', { name: /Unsaved changes from/ })).toHaveCount(0)
})
