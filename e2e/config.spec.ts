import { expect, test } from '@playwright/test'

test('a config.json that is not JSON shows what is wrong', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ body: '{ "backends": [ oops', contentType: 'application/json' }))
  await page.goto('/')
  const screen = page.getByRole('alert')
  await expect(screen.getByRole('heading', { name: /configuration needs attention/ })).toBeVisible()
  await expect(screen).toContainText('not valid JSON')
})

test('a config naming an unknown setting or missing backends lists each problem', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { backends: [{ type: 'rest' }] } }))
  await page.goto('/search')
  await expect(page.getByRole('alert')).toContainText('backends.0.baseUrl')
})

test('a missing config.json says where to put one', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not found' }))
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('No configuration file was found')
})
