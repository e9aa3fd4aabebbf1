import { expect, test } from '@playwright/test'
import { http, HttpResponse } from 'msw'
import { productUrl, SESSIONS_URN } from './support/demo'
import { serveCatalogApi } from './support/mock-api'
import { demoMesh } from '../src/mocks/demo-mesh/demo-mesh'

test('a backend answering 500 shows an error with retry, and retry recovers', async ({ page }) => {
  let failing = true
  await serveCatalogApi(page, () =>
    failing ? [http.get('*/test-api/catalog', () => HttpResponse.json({ error: 'boom' }, { status: 500 }))] : [],
  )
  await page.goto('/domains')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The catalogue is unavailable', { timeout: 15_000 })
  await expect(alert).toContainText('HTTP 500')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

  failing = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Playback', exact: true })).toBeVisible()
})

test('a product answered with garbage explains the data is unreadable', async ({ page }) => {
  await serveCatalogApi(page, () => [http.get('*/test-api/products/:urn', () => HttpResponse.json({ urn: 42, kind: 'banana' }))])
  await page.goto(productUrl(SESSIONS_URN))
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The catalogue sent data Tessera cannot read')
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
})

test('a response that is not JSON at all is explained, not a blank page', async ({ page }) => {
  await serveCatalogApi(page, () => [http.get('*/test-api/catalog', () => new HttpResponse('<html>proxy error</html>', { status: 200 }))])
  await page.goto('/teams')
  await expect(page.getByRole('alert')).toContainText('not JSON')
})

test('malformed records are skipped and reported while the rest loads', async ({ page }) => {
  const { domains, teams, people, products } = demoMesh
  await serveCatalogApi(page, () => [
    http.get('*/test-api/catalog', () =>
      HttpResponse.json({
        domains,
        teams,
        people,
        products: [...products.slice(0, 10), { urn: 'urn:broken:one', kind: 'banana' }, { title: 'No URN at all' }],
      }),
    ),
  ])
  await page.goto('/search')
  await expect(page.getByText('2 records were skipped')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(10)
  await page.getByText('2 records were skipped').click()
  await expect(page.getByText('urn:broken:one')).toBeVisible()
})
