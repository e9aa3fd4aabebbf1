import { expect, test, type BrowserContext } from '@playwright/test'
import { getResponse } from 'msw'
import { createBackstageHandlers } from '../src/mocks/backstage/backstage-handlers'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'

const BACKSTAGE = '/backstage-api'
const ORDERS = 'system:default/orders'
const CAMPAIGNS = 'system:default/campaign-performance'

/** A Backstage catalog API served from Node by the MSW emulation, configured as the only backend. */
async function serveBackstage(context: BrowserContext) {
  const handlers = createBackstageHandlers({ basePath: BACKSTAGE, token: 'e2e-token' })
  await context.route('**/config.json', (route) =>
    route.fulfill({
      json: { backends: [{ type: 'backstage', id: 'backstage', label: 'Acme Backstage', baseUrl: BACKSTAGE, token: 'e2e-token', appUrl: 'https://backstage.acme.example', timeoutMs: 5000 }] },
    }),
  )
  await context.route(`**${BACKSTAGE}/**`, async (route) => {
    const source = route.request()
    const response = await getResponse(handlers, new Request(source.url(), { method: source.method(), headers: await source.allHeaders() }))
    if (!response) return route.fulfill({ status: 404, json: { error: 'No handler' } })
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) })
  })
}

test('an analyst finds a Backstage data product, reads its schema from the API definition and its source file', async ({ page, context }) => {
  await serveBackstage(context)
  await page.goto('/search?q=campaign')
  await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Campaign performance', exact: true }).click()
  await expect(page).toHaveURL(productUrl(CAMPAIGNS))
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign performance' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.goto(productUrl(ORDERS))
  await expect(page.getByRole('link', { name: 'Edit in source' })).toHaveAttribute('href', 'https://github.com/acme/data-mesh/edit/main/orders/catalog-info.yaml')
  await expect(page.getByRole('link', { name: 'Open in Backstage' })).toHaveAttribute('href', 'https://backstage.acme.example/catalog/default/system/orders')
  await expect(page.getByRole('link', { name: 'Not a link' })).toHaveCount(0)

  await page.getByRole('tab', { name: /^Schema/ }).click()
  const events = page.getByRole('table', { name: 'Columns of Order events' })
  await expect(events.getByRole('rowheader', { name: 'order_id' })).toBeVisible()
  await expect(events.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'amount', exact: true }) })).toContainText('Total in EUR.')
  await expectNoSeriousA11yViolations(page)
})

test('lineage follows dependsOn and consumesApi between Backstage products and to the services they read', async ({ page, context }) => {
  await serveBackstage(context)
  await page.goto(`${productUrl(CAMPAIGNS)}?tab=lineage`)
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign performance' })).toBeVisible()
  await page.getByRole('region', { name: 'Upstream' }).getByRole('link', { name: 'Orders' }).click()

  await expect(page).toHaveURL(productUrl(ORDERS))
  await page.getByRole('tab', { name: /Lineage/ }).click()
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Campaign performance' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Customer 360' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Sources outside the catalogue' })).toContainText('Checkout events')
  await expectNoSeriousA11yViolations(page)
})
