import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { actAs, productUrl } from './support/demo'
import { snap } from './support/editing-shots'

// Owned by Maya Chen: no description, three undocumented columns (one nested), no contract or SLOs.
const PARTY = 'urn:tessera:product:playback.watch_party_sessions'

test('an owner documents columns inline: Enter to edit, Tab to the next undocumented column, Escape to cancel', async ({ page }) => {
  await page.goto(`${productUrl(PARTY)}?tab=schema`)
  await actAs(page, 'Maya Chen')
  const table = page.getByRole('table', { name: 'Columns of Party topic' })
  await expect(table.getByText('Undocumented')).toHaveCount(2)

  await table.getByRole('button', { name: 'Add description of host_profile_id' }).focus()
  await page.keyboard.press('Enter')
  const host = table.getByRole('textbox', { name: 'Description of host_profile_id' })
  await expect(host).toBeFocused()
  await page.keyboard.type('Profile that started the party.')
  await page.keyboard.press('Tab')
  const members = table.getByRole('textbox', { name: 'Description of members' })
  await expect(members).toBeFocused()
  await expect(table.getByText('Profile that started the party.')).toBeVisible()
  await page.keyboard.type('Profiles watching together.')
  await snap(page, 'editor-columns', table)
  await page.keyboard.press('Tab')
  // Nested under members: its parent opens to show it.
  const joined = table.getByRole('textbox', { name: 'Description of members.joined_at' })
  await expect(joined).toBeFocused()
  await page.keyboard.type('When the profile joined.')
  await page.keyboard.press('Enter')
  await expect(joined).toHaveCount(0)
  await expect(table.getByText('When the profile joined.')).toBeVisible()
  await expect(page.getByRole('search', { name: 'Columns' })).toContainText('all documented')

  await table.getByRole('button', { name: 'Edit description of event_id' }).click()
  const eventId = table.getByRole('textbox', { name: 'Description of event_id' })
  const before = await eventId.inputValue()
  await eventId.fill('Something I did not mean')
  await eventId.press('Escape')
  await expect(eventId).toHaveCount(0)
  await expect(table.getByText('Something I did not mean')).toHaveCount(0)
  await expect(table.getByText(before.trim())).toBeVisible()

  await table.getByRole('button', { name: 'Edit tags of party_id' }).click()
  await table.getByRole('textbox', { name: 'Tags of party_id, separated by commas' }).fill('social, party')
  await page.keyboard.press('Enter')
  await expect(table.getByRole('row', { name: /party_id/ }).getByText('social', { exact: true })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.reload()
  await expect(table.getByText('Profile that started the party.')).toBeVisible()
  await expect(table.getByText('Undocumented')).toHaveCount(0)
  await expect(table.getByRole('row', { name: /party_id/ }).getByText('party', { exact: true })).toBeVisible()

  await page.getByRole('tab', { name: 'History' }).click()
  const changes = page.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem')
  await expect(changes.first()).toContainText('Column party_id: tags')
  await expect(page.getByRole('list', { name: 'Changes, newest first' })).toContainText('Column members.joined_at')
})

test('an owner walks through the documentation gaps one at a time', async ({ page }) => {
  await page.goto(productUrl(PARTY))
  await actAs(page, 'Maya Chen')
  await expect(page.getByRole('heading', { name: /Documentation \d+% complete/ })).toHaveText('Documentation 43% complete')
  await page.getByRole('button', { name: 'Document the gaps' }).click()

  const walk = page.getByRole('region', { name: 'Document the gaps' })
  await expect(walk).toContainText('Step 1 of 4')
  await expect(walk.getByRole('heading', { name: 'Describe the product' })).toBeVisible()
  await walk.getByRole('textbox', { name: 'Description (Markdown)' }).fill('Sessions where several profiles **watch together**.')
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'gaps-walk', walk)
  await walk.getByRole('button', { name: 'Save and continue' }).click()

  await expect(walk).toContainText('Step 2 of 4')
  await walk.getByRole('textbox', { name: 'Description of host_profile_id' }).fill('Profile that started the party.')
  await page.keyboard.press('Enter')
  await expect(walk).toContainText('Step 3 of 4')
  await walk.getByRole('button', { name: 'Skip' }).click()
  await expect(walk.getByRole('heading', { name: 'Describe column members.joined_at' })).toBeVisible()
  await walk.getByRole('textbox', { name: 'Description of members.joined_at' }).fill('When the profile joined.')
  await walk.getByRole('button', { name: 'Save and next' }).click()

  await expect(walk.getByRole('heading', { name: 'Done' })).toBeVisible()
  await expect(walk).toContainText('No data contract.')
  await expect(walk).toContainText('No service-level objectives.')
  await walk.getByRole('button', { name: 'Close' }).click()

  const missing = page.getByRole('list', { name: 'Gaps to fix in Tessera' })
  await expect(missing).not.toContainText('No description')
  await expect(missing).toContainText('1 column has no description')
  await expect(page.getByRole('region', { name: 'Description' }).locator('strong', { hasText: 'watch together' })).toBeVisible()
})
