import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'
import { snap } from './support/editing-shots'

// Maya Chen (owner) and Lena Fischer (steward) may both edit it; it has no "pii" tag.
const SHARED_URN = 'urn:tessera:product:playback.viewing_time_daily'

const descriptionBox = (page: Page) => page.getByRole('textbox', { name: 'Description (Markdown)' })
const description = (page: Page) => page.getByRole('region', { name: 'Description' })

/** The product as the demo server now holds it. */
const stored = (page: Page, urn: string) =>
  page.evaluate(async (u) => (await (await fetch(`/demo-api/products/${encodeURIComponent(u)}`)).json()) as { description: string; tags: string[]; revision: number }, urn)

async function saveDescription(page: Page, text: string) {
  await page.getByRole('button', { name: 'Edit description' }).click()
  await descriptionBox(page).fill(text)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(description(page).getByRole('button', { name: 'Edit description' })).toBeVisible()
}

test('an owner types a list with nested items and the saved Markdown is exactly what was typed', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  await page.getByRole('button', { name: 'Edit description' }).click()
  const box = descriptionBox(page)
  await box.fill('')
  const typed = 'One row per session.\n\n- Starts when playback begins\n  - nested: first frame\n  - nested: resumed\n- Ends when the player closes\n\n1. first\n2. second\n\nThe end.'
  await box.pressSequentially(typed)
  await expect(box).toHaveValue(typed)
  await snap(page, 'editor-list', description(page))
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(description(page).locator('li li', { hasText: 'nested: resumed' })).toBeVisible()
  // The page shows a save at once; the server has it a moment later.
  await expect.poll(async () => (await stored(page, SESSIONS_URN)).description).toBe(typed)
  // The paragraph after the list stays out of it.
  await expect(description(page).getByText('The end.')).toHaveJSProperty('tagName', 'P')
})

test('Enter on “pi” picks the tag “pii” in use; a new tag is made only by choosing “Create tag”', async ({ page }) => {
  await page.goto(productUrl(SHARED_URN))
  await actAs(page, 'Maya Chen')
  const header = page.locator('.product-header')
  await header.getByRole('button', { name: 'Edit tags' }).click()
  const form = page.getByRole('form', { name: 'Edit tags' })
  await form.getByRole('combobox', { name: 'Add a tag' }).pressSequentially('pi')
  const options = form.getByRole('listbox', { name: 'Tag suggestions' }).getByRole('option')
  await expect(options.first()).toHaveText(/^pii\d+ products$/)
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await expect(options.last()).toHaveText('Create tag “pi”')
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'tag-picker', header)
  await page.keyboard.press('Enter')
  await expect(form.getByRole('list', { name: 'Tags' }).getByRole('listitem').last()).toHaveText('pii×')

  await form.getByRole('combobox', { name: 'Add a tag' }).pressSequentially('weekly')
  await expect(options).toHaveText(['Create tag “weekly”'])
  await page.keyboard.press('Enter')
  await form.getByRole('button', { name: 'Save tags' }).click()
  await expect(header.getByRole('link', { name: 'pii' })).toBeVisible()
  await expect.poll(async () => (await stored(page, SHARED_URN)).tags.slice(-2)).toEqual(['pii', 'weekly'])
})

test('three quick saves are one revision in history, rendered; restoring the earlier description brings it back as a new revision', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  const original = (await stored(page, SESSIONS_URN)).description
  await saveDescription(page, 'First rewrite, with **bold** words.')
  const header = page.locator('.product-header')
  await header.getByRole('button', { name: 'Edit tags' }).click()
  await page.getByRole('form', { name: 'Edit tags' }).getByRole('button', { name: 'Remove tag kpi' }).click()
  await page.getByRole('button', { name: 'Save tags' }).click()
  await saveDescription(page, 'Second rewrite, with **bold** words.\n\n- and a list')
  await expect(page.getByText('revision 4')).toBeVisible()
  await expect(header.locator('time')).toHaveText(/now|seconds? ago/)

  await page.getByRole('tab', { name: 'History' }).click()
  const entries = page.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li')
  await expect(entries).toHaveCount(1)
  const entry = entries.first()
  await expect(entry).toContainText(/Revisions 2–4\s*Maya Chen changed Description, Tags/)
  await expect(entry.locator('time').first()).toHaveAttribute('title', /\d{4}/)
  // Rendered: the new text in bold, inserted as a whole passage; the source one click away.
  await expect(entry.locator('ins strong', { hasText: 'bold' })).toBeVisible()
  await expect(entry.locator('ins li', { hasText: 'and a list' })).toBeVisible()
  await snap(page, 'history-rendered', entry)
  await entry.getByRole('button', { name: 'Markdown source' }).click()
  await expect(entry.locator('.md-diff .diff-text')).toContainText('**bold**')
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'history-source', entry)

  await entry.getByRole('button', { name: 'Restore the earlier description' }).click()
  await expect(entry.getByText('Restored the earlier description: saved as a new revision.')).toBeVisible()
  await expect(page.getByText('· revision 5')).toBeVisible()
  expect((await stored(page, SESSIONS_URN)).description).toBe(original)
  await entry.getByText('4 saves in one sitting').click()
  await expect(entry.getByRole('listitem').filter({ hasText: 'Revision 5: Description' })).toBeVisible()
  await page.getByRole('tab', { name: 'Overview' }).click()
  await expect(description(page).getByRole('button', { name: 'Edit description' })).toBeVisible()
  await expect(description(page)).toContainText(original.split('\n')[0]!.replace(/[*_`]/g, '').slice(0, 30))
})

test('a restore that meets a newer save by someone else shows the conflict view and overwrites nothing', async ({ context }) => {
  const mine = await context.newPage()
  await mine.goto(productUrl(SHARED_URN))
  await actAs(mine, 'Maya Chen')
  await saveDescription(mine, 'Maya’s version of the description.')
  await mine.getByRole('tab', { name: 'History' }).click()
  const entry = mine.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li').first()
  await expect(entry).toContainText(/Revision 2\s*Maya Chen/)

  const theirs = await context.newPage()
  await theirs.goto(productUrl(SHARED_URN))
  await actAs(theirs, 'Lena Fischer')
  await saveDescription(theirs, 'Lena’s newer description.')
  await expect(theirs.getByText('revision 3')).toBeVisible()

  await entry.getByRole('button', { name: 'Restore the earlier description' }).click()
  const conflict = mine.getByRole('region', { name: 'Someone else saved first' })
  await expect(conflict).toContainText('Lena Fischer saved revision 3')
  await expect(entry.getByText('Not restored yet: someone else changed it first. Compare the versions above.')).toBeVisible()
  await expect(mine.getByRole('region', { name: 'Description' }).getByText('Lena’s newer description.')).toBeVisible()
  expect((await stored(mine, SHARED_URN)).description).toBe('Lena’s newer description.')
  await snap(mine, 'history-restore-conflict', conflict)
})
