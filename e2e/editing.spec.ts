import { expect, test } from '@playwright/test'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

test('an owner edits a description through the demo API and it survives a reload', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  await page.getByRole('button', { name: 'Edit description' }).click()
  const text = `Sessions, revised ${Date.now()}.\n\n- one row per **playback session**`
  await page.getByLabel('Description (Markdown)').fill(text)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/^Sessions, revised \d+\.$/)).toBeVisible()
  await expect(page.getByText('revision 2')).toBeVisible()

  await page.reload()
  await expect(page.getByText(/^Sessions, revised \d+\.$/)).toBeVisible()
  await expect(page.locator('.markdown strong', { hasText: 'playback session' })).toBeVisible()
})

test('a non-owner’s save is refused by the server and their text is kept', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  await page.getByRole('button', { name: 'Edit description' }).click()
  await page.getByLabel('Description (Markdown)').fill('Text written by someone who lost ownership')
  await actAs(page, 'Sam Okafor')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('alert')).toContainText('Only the owners and stewards')
  await expect(page.getByLabel('Description (Markdown)')).toHaveValue('Text written by someone who lost ownership')

  await page.reload()
  await expect(page.getByText('Text written by someone who lost ownership')).toHaveCount(0)
})

test('the demo API answers a non-owner’s write with 403', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()
  const status = await page.evaluate(async (urn) => {
    const response = await fetch(`/demo-api/products/${encodeURIComponent(urn)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"', 'X-Tessera-Demo-User': 'sam-okafor' },
      body: JSON.stringify({ description: 'hijacked' }),
    })
    return response.status
  }, SESSIONS_URN)
  expect(status).toBe(403)
})

test('when someone saved first, the owner sees their version and chooses, with no silent overwrite', async ({ context }) => {
  const mine = await context.newPage()
  await mine.goto(productUrl(SESSIONS_URN))
  await actAs(mine, 'Maya Chen')
  await mine.getByRole('button', { name: 'Edit description' }).click()
  await mine.getByLabel('Description (Markdown)').fill('My careful rewrite')

  const theirs = await context.newPage()
  await theirs.goto(productUrl(SESSIONS_URN))
  await theirs.getByRole('button', { name: 'Edit description' }).click()
  await theirs.getByLabel('Description (Markdown)').fill('Their quick fix')
  await theirs.getByRole('button', { name: 'Save' }).click()
  await expect(theirs.getByText('revision 2')).toBeVisible()

  await mine.getByRole('button', { name: 'Save' }).click()
  await expect(mine.getByRole('alert')).toContainText('Someone else saved this product')
  const their = mine.getByRole('region', { name: 'Their version' })
  await expect(their).toContainText('Their quick fix')
  await expect(mine.getByLabel('Description (Markdown)')).toHaveValue('My careful rewrite')

  await their.getByRole('button', { name: 'Keep my text, replacing theirs' }).click()
  await mine.getByRole('button', { name: 'Save' }).click()
  await expect(mine.getByText('My careful rewrite')).toBeVisible()
  await expect(mine.getByText('revision 3')).toBeVisible()
})
