import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { createOpenMetadataHandlers } from '../src/mocks/openmetadata/openmetadata-handlers'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { snap } from './support/editing-shots'
import { serveBackendFromNode } from './support/node-api'

const OPENMETADATA = '/openmetadata'
const TOKEN = 'om-personal-token-4f9a2c'
const WRONG = 'om-expired-token-000000'
const ORDERS = 'urn:openmetadata:dataProduct:Orders'

/** An OpenMetadata that requires TOKEN, configured in Tessera without one: the user has to enter it. */
async function serveOpenMetadataWithoutConfiguredToken(context: BrowserContext) {
  const handlers = createOpenMetadataHandlers({ basePath: OPENMETADATA, token: TOKEN })
  await serveBackendFromNode(
    context,
    { type: 'openmetadata', id: 'openmetadata', label: 'Acme OpenMetadata', baseUrl: OPENMETADATA, timeoutMs: 5000 },
    OPENMETADATA,
    () => handlers,
  )
}

const tokenField = (page: Page) => page.getByRole('main').getByLabel('Access token for Acme OpenMetadata')
const header = (page: Page) => page.getByRole('banner')
const status = (page: Page) => page.getByRole('status').filter({ hasText: /products?$/ })

/** Every address the page asked for, to show that no token ever travels in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  page.on('framenavigated', (frame) => urls.push(frame.url()))
  return urls
}

test('an analyst signs in to OpenMetadata with an access token: refused, accepted, kept on reload, forgotten', async ({ page, context }) => {
  // four page loads and three accessibility scans in one journey
  test.slow()
  await serveOpenMetadataWithoutConfiguredToken(context)
  const urls = recordUrls(page)
  await page.goto('/search')

  await expect(page.getByRole('main').getByRole('alert')).toContainText('Sign in to Acme OpenMetadata with an access token to continue.')
  await expect(tokenField(page)).toHaveAttribute('type', 'password')
  await expect(tokenField(page)).toHaveAccessibleDescription(/profile → Access Token/)
  await expect(header(page).getByRole('button', { name: 'Enter access token' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'token-prompt')

  await tokenField(page).fill(WRONG)
  await page.getByRole('button', { name: 'Use this token' }).click()
  await expect(page.getByRole('main').getByText('The token was refused.')).toBeVisible()
  await expect(tokenField(page)).toBeFocused()
  await expect(tokenField(page)).toHaveAttribute('aria-invalid', 'true')
  await expect(header(page).getByRole('button', { name: 'Token refused' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'token-refused')

  await tokenField(page).fill(TOKEN)
  await tokenField(page).press('Enter')
  await expect(status(page)).toHaveText('3 products')
  await expect(page.getByRole('list', { name: /^Search results/ }).getByRole('link', { name: 'Orders', exact: true })).toBeVisible()
  await expect(header(page).getByRole('button', { name: 'Signed in with a token' })).toBeVisible()

  // The token lives in this tab's session storage: a reload keeps working.
  await page.reload()
  await expect(status(page)).toHaveText('3 products')
  await page.goto(productUrl(ORDERS))
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()

  await header(page).getByRole('button', { name: 'Signed in with a token' }).click()
  const panel = header(page).getByRole('group', { name: 'Access tokens' })
  await expect(panel).toContainText('Acme OpenMetadata: signed in with a token.')
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'token-menu')
  await panel.getByRole('button', { name: 'Forget token' }).click()
  await expect(tokenField(page)).toBeVisible()
  await expect(page.getByRole('main').getByText('The token was refused.')).toHaveCount(0)
  await expect(header(page).getByRole('button', { name: 'Enter access token' })).toBeFocused()

  expect(urls.length).toBeGreaterThan(10)
  for (const url of [...urls, page.url()]) for (const token of [TOKEN, WRONG]) expect(url).not.toContain(token)
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(TOKEN)
})

test('a product page refused for want of a token recovers once one is entered in the header', async ({ page, context }) => {
  await serveOpenMetadataWithoutConfiguredToken(context)
  await page.goto(productUrl(ORDERS))
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible()
  await expect(tokenField(page)).toBeVisible()

  await header(page).getByRole('button', { name: 'Enter access token' }).click()
  const panel = header(page).getByRole('group', { name: 'Access tokens' })
  await expect(panel.getByLabel('Access token for Acme OpenMetadata')).toBeFocused()
  await snap(page, 'token-menu-form')
  await page.keyboard.type(TOKEN)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Description' })).toContainText('Updated hourly.')
  await expect(header(page).getByRole('button', { name: 'Signed in with a token' })).toBeFocused()
})

test('the demo, which takes no token, offers no token control', async ({ page }) => {
  await page.goto('/search')
  await expect(status(page)).toHaveText(/products$/)
  await expect(header(page).getByRole('button', { name: /token/i })).toHaveCount(0)
})
