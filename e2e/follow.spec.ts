import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

test('an analyst follows a product, its owner changes the schema, and the analyst’s feed lists both changes', async ({ page }) => {
  // Two people, two saves and a reload: more than the default budget on a busy machine.
  test.slow()
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Sam Okafor')
  await page.getByRole('button', { name: 'Follow Playback sessions' }).click()
  await expect(page.getByRole('button', { name: 'Following Playback sessions' })).toHaveAttribute('aria-pressed', 'true')

  await actAs(page, 'Maya Chen')
  await page.goto(`${productUrl(SESSIONS_URN)}?tab=schema`)
  const table = page.getByRole('table', { name: 'Columns of Sessions table' })
  await table.getByRole('button', { name: 'Edit description of ended_at' }).click()
  await table.getByRole('textbox', { name: 'Description of ended_at' }).fill('When the session ended, in UTC; null while open.')
  await page.keyboard.press('Enter')
  await expect(table.getByText('When the session ended, in UTC; null while open.')).toBeVisible()
  await table.getByRole('button', { name: 'Edit tags of started_at' }).click()
  await table.getByRole('textbox', { name: 'Tags of started_at, separated by commas' }).fill('deprecated')
  await page.keyboard.press('Enter')
  await expect(table.getByRole('row', { name: /started_at/ }).getByText('deprecated', { exact: true })).toBeVisible()

  await actAs(page, 'Sam Okafor')
  await page.goto('/following')
  const feed = page.getByRole('list', { name: 'Changes, newest first' })
  await expect(feed.getByRole('listitem')).toHaveCount(2)
  await expect(feed.getByRole('listitem').nth(0)).toContainText('Column started_at marked deprecated')
  await expect(feed.getByRole('listitem').nth(1)).toContainText('Column ended_at: description changed')
  await expect(feed.getByText('New')).toHaveCount(2)
  await expect(page.getByRole('heading', { name: 'Changes to what you follow (2 new)' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('button', { name: 'Mark all as read' }).click()
  await expect(feed.getByText('New')).toHaveCount(0)
  await page.reload()
  await expect(feed.getByRole('listitem')).toHaveCount(2)
  await expect(feed.getByText('New')).toHaveCount(0)
  await feed.getByRole('link', { name: 'Column started_at marked deprecated' }).click()
  await expect(page.getByRole('table', { name: 'Columns of Sessions table' })).toBeVisible()
})
