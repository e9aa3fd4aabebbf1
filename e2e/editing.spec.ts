import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'
import { snap } from './support/editing-shots'

const descriptionBox = (page: Page) => page.getByRole('textbox', { name: 'Description (Markdown)' })

test('an owner edits a description with a live preview and toolbar, saves, and it survives a reload', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  await page.getByRole('button', { name: 'Edit description' }).click()
  const box = descriptionBox(page)
  await expect(box).toBeFocused()
  const text = `Sessions, revised ${Date.now()}.\n\n- one row per **playback session**\n`
  await box.fill(text)

  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.locator('strong', { hasText: 'playback session' })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveText('one row per playback session')

  // Toolbar and shortcut act on the selection, in Markdown.
  await box.press('End')
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' }).click()
  await expect(box).toHaveValue(`${text}**bold text**`)
  await box.press('Control+z')
  await expect(box).toHaveValue(text)
  await box.press('Control+b')
  await page.keyboard.type('late addition')
  await expect(box).toHaveValue(`${text}**late addition**`)
  await expect(preview.locator('strong', { hasText: 'late addition' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'editor-description', page.getByRole('region', { name: 'Description' }))

  await page.getByRole('button', { name: 'Preview', exact: true }).click()
  await expect(box).toBeHidden()
  await page.getByRole('button', { name: 'Write', exact: true }).click()
  await expect(preview).toBeHidden()

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const description = page.getByRole('region', { name: 'Description' })
  await expect(description.getByText(/^Sessions, revised \d+\.$/)).toBeVisible()
  await expect(description.getByText('Saved.')).toBeVisible()
  await expect(page.getByText('revision 2')).toBeVisible()

  await page.reload()
  await expect(description.getByText(/^Sessions, revised \d+\.$/)).toBeVisible()
  await expect(description.locator('.markdown strong', { hasText: 'late addition' })).toBeVisible()
  await expect(page.getByRole('region', { name: /Unsaved changes from/ })).toHaveCount(0)
})

test('pasting keeps Markdown as typed and never takes HTML; a pasted address links the selected words', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  await page.getByRole('button', { name: 'Edit description' }).click()
  const box = descriptionBox(page)
  await box.fill('')
  await page.evaluate(async () => {
    const html = new Blob(['<b onclick="alert(1)">Rich</b> <script>alert(1)</script>'], { type: 'text/html' })
    const text = new Blob(['**Rich** and `code`'], { type: 'text/plain' })
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })])
  })
  await box.press('Control+v')
  await expect(box).toHaveValue('**Rich** and `code`')

  await box.fill('Read the runbook')
  await box.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(9, 16))
  await page.evaluate(() => navigator.clipboard.writeText('https://wiki.lumen.example/runbook'))
  await box.press('Control+v')
  await expect(box).toHaveValue('Read the [runbook](https://wiki.lumen.example/runbook)')
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('link', { name: 'runbook' })).toHaveAttribute('href', 'https://wiki.lumen.example/runbook')
})

test('a non-owner sees no edit controls, the server refuses a forged write, and a refused save keeps the draft', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Sam Okafor')
  await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Document the gaps' })).toHaveCount(0)
  await page.getByRole('tab', { name: /^Schema/ }).click()
  await expect(page.getByRole('table', { name: 'Columns of Sessions table' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^(Edit|Add description|Classify|Change)/ })).toHaveCount(0)

  const status = await page.evaluate(async (urn) => {
    const response = await fetch(`/demo-api/products/${encodeURIComponent(urn)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"', 'X-Tessera-Demo-User': 'sam-okafor' },
      body: JSON.stringify({ description: 'hijacked' }),
    })
    return response.status
  }, SESSIONS_URN)
  expect(status).toBe(403)

  // An editor left open while ownership is lost: the save goes out and the server refuses it.
  await page.getByRole('tab', { name: 'Overview' }).click()
  await actAs(page, 'Maya Chen')
  await page.getByRole('button', { name: 'Edit description' }).click()
  await descriptionBox(page).fill('Text written by someone who lost ownership')
  await actAs(page, 'Sam Okafor')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const description = page.getByRole('region', { name: 'Description' })
  await expect(description.getByText(/The catalogue refused the change: Only the owners and stewards .* kept as a draft/)).toBeVisible()
  await expect(description.getByText('Text written by someone who lost ownership')).toHaveCount(0)

  page.once('dialog', (dialog) => void dialog.accept())
  await page.reload()
  const drafts = page.getByRole('region', { name: /Unsaved changes from/ })
  await expect(drafts).toContainText('You cannot edit this product')
  await expect(drafts.getByRole('button', { name: 'Restore draft' })).toHaveCount(0)
  await drafts.getByRole('button', { name: 'Show draft' }).click()
  await expect(drafts).toContainText('Text written by someone who lost ownership')
  await expect(page.getByRole('region', { name: 'Description' }).getByText('Text written by someone who lost ownership')).toHaveCount(0)
})

// Both Maya Chen (owner) and Lena Fischer (steward) may edit it.
const SHARED_URN = 'urn:tessera:product:playback.viewing_time_daily'

test('two people edit the same description: the second sees both versions side by side, merges, and history shows both edits', async ({ context }) => {
  const mine = await context.newPage()
  await mine.goto(productUrl(SHARED_URN))
  await actAs(mine, 'Maya Chen')
  await mine.getByRole('button', { name: 'Edit description' }).click()
  await descriptionBox(mine).fill('My careful rewrite of the sessions description.')

  const theirs = await context.newPage()
  await theirs.goto(productUrl(SHARED_URN))
  await actAs(theirs, 'Lena Fischer')
  await theirs.getByRole('button', { name: 'Edit description' }).click()
  await descriptionBox(theirs).fill('Their quick fix of the sessions description.')
  await theirs.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(theirs.getByText('revision 2')).toBeVisible()

  await mine.getByRole('button', { name: 'Save', exact: true }).click()
  const conflict = mine.getByRole('region', { name: 'Someone else saved first' })
  await expect(conflict).toContainText('Lena Fischer saved revision 2')
  const their = conflict.getByRole('region', { name: 'Their version of Description' })
  const your = conflict.getByRole('region', { name: 'Your version of Description' })
  await expect(their.locator('del')).toHaveText(/^\[only in theirs: Their quick fix\]$/)
  await expect(their).toContainText('of the sessions description.')
  await expect(your.locator('ins')).toHaveText(/^\[only in yours: My careful rewrite\]$/)
  await expect(your).toContainText('of the sessions description.')
  // Nothing was overwritten: the page shows their saved text until a choice is made.
  await expect(mine.getByRole('region', { name: 'Description' }).getByText('Their quick fix of the sessions description.')).toBeVisible()
  await expectNoSeriousA11yViolations(mine)
  await snap(mine, 'conflict', conflict)

  await conflict.getByRole('button', { name: 'Save my choices' }).click()
  await expect(conflict.getByRole('alert')).toContainText('Choose a version of description')
  await conflict.getByRole('radio', { name: 'Merge both' }).check()
  const merged = conflict.getByRole('textbox', { name: 'Merged description' })
  await expect(merged).toHaveValue(/<<<<<<< yours\nMy careful rewrite[^]*=======\nTheir quick fix[^]*>>>>>>> theirs/)
  await conflict.getByRole('button', { name: 'Save my choices' }).click()
  await expect(conflict.getByRole('alert')).toContainText('Resolve the marked lines')
  await merged.fill('My careful rewrite, with their quick fix.')
  await conflict.getByRole('button', { name: 'Save my choices' }).click()

  await expect(conflict).toHaveCount(0)
  await expect(mine.getByRole('region', { name: 'Description' }).getByText('My careful rewrite, with their quick fix.')).toBeVisible()
  await expect(mine.getByText('revision 3')).toBeVisible()

  await mine.getByRole('tab', { name: 'History' }).click()
  const changes = mine.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem')
  await expect(changes).toHaveCount(2)
  await expect(changes.nth(0)).toContainText(/Revision 3\s*Maya Chen changed Description/)
  await expect(changes.nth(0).locator('ins')).toContainText(['My careful rewrite, with their'])
  await expect(changes.nth(1)).toContainText(/Revision 2\s*Lena Fischer changed Description/)
  await expect(changes.nth(1).locator('del').first()).toBeVisible()
  await expectNoSeriousA11yViolations(mine)
  await snap(mine, 'history', mine.getByRole('tablist'))
})
