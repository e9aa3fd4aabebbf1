import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { createDataHubHandlers } from '../src/mocks/datahub/datahub-handlers'
import { loadDataHubSchema } from '../src/mocks/datahub/load-datahub-schema'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { serveBackendFromNode } from './support/node-api'
import { shoot } from './support/shots'

const DATAHUB = '/datahub'
const ORDERS_TABLE = 'urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.orders.orders,PROD)'
const schema = loadDataHubSchema()
test.skip(!schema, 'DataHub’s GraphQL schema (../shared/fixtures/datahub) is not present')


const results = (page: Page) => page.getByRole('list', { name: /^Search results/ })
const status = (page: Page) => page.getByRole('status').filter({ hasText: /products?$/ })
const notice = (page: Page) => page.getByRole('complementary', { name: 'About this catalogue' })

/** A DataHub that holds datasets and no data products, as most do, served from Node by its emulation. */
async function serveDataHub(context: BrowserContext) {
  const handlers = createDataHubHandlers(schema!, { basePath: DATAHUB, withoutDataProducts: true })
  await serveBackendFromNode(context, { type: 'datahub', id: 'datahub', label: 'Acme DataHub', baseUrl: DATAHUB, timeoutMs: 5000 }, DATAHUB, () => handlers)
}

test('an analyst searching a DataHub with no data products finds its datasets and is told why', async ({ page, context }) => {
  await serveDataHub(context)
  await page.goto('/search')
  await expect(status(page)).toHaveText('5 products')
  await expect(notice(page)).toContainText('Acme DataHub holds no data products, so each of its 5 datasets is shown as a product')
  const domains = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Domain' })
  await expect(domains.getByRole('checkbox', { name: /^public \(1/ })).toBeVisible()
  // Commerce, Orders (its sub-domain), Marketing and the public schema; the ORDERS schema holds only datasets a domain claims.
  await expect(domains.getByRole('checkbox')).toHaveCount(4)
  await expect(results(page).getByRole('listitem').filter({ hasText: 'checkout_events' })).toContainText('No domain')
  await shoot(page, 'datahub-datasets-search')
  await expectNoSeriousA11yViolations(page)
})

test('an analyst finds a DataHub dataset by a column name and opens it, and is told DataHub cannot sort by last update', async ({ page, context }) => {
  await serveDataHub(context)
  // DataHub's search cannot sort by when a product changed: the page says so rather than pretend.
  await page.goto('/search?sort=updated')
  await expect(page.getByRole('note').filter({ hasText: 'Acme DataHub cannot sort by last updated, so these results are in order of relevance.' })).toBeVisible()
  await page.getByRole('button', { name: 'Sort by relevance' }).click()
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance')
  await expect(page.getByRole('note').filter({ hasText: 'cannot sort' })).toHaveCount(0)

  await page.goto('/search?q=customer_email')
  await expect(status(page)).toHaveText('1 product')
  const hit = results(page).getByRole('listitem').first()
  await expect(hit).toContainText('customer_email')
  await hit.getByRole('link', { name: 'orders', exact: true }).click()
  await expect(page).toHaveURL(productUrl(ORDERS_TABLE))
  await expect(page.getByRole('heading', { level: 1, name: 'orders' })).toBeVisible()
  await page.getByRole('tab', { name: /^Schema/ }).click()
  await expect(page.getByRole('table', { name: 'Columns of orders' }).getByRole('rowheader', { name: 'customer_email' })).toBeVisible()
})

test('a leader opens domains, coverage and the whole-mesh lineage of a DataHub with no data products and sees its datasets', async ({ page, context }) => {
  await serveDataHub(context)
  await page.goto('/domains')
  await expect(page.getByRole('link', { name: 'Orders', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'public', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'No domain', exact: true })).toBeVisible()
  await shoot(page, 'datahub-datasets-domains')

  // Within the app, as a user goes: the catalogue read once serves every view.
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Coverage' }).click()
  await expect(notice(page)).toContainText('holds no data products')
  await expect(page.getByRole('main')).toContainText('5 products')
  await shoot(page, 'datahub-datasets-coverage')

  await nav.getByRole('link', { name: 'Lineage' }).click()
  await page.getByRole('navigation', { name: 'Lineage views' }).getByRole('link', { name: 'Whole mesh' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Lineage of the whole mesh' })).toBeVisible()
  // Domains start collapsed; the links between them come from the datasets' lineage.
  await expect(page.getByRole('img', { name: 'Orders feeds Marketing' })).toBeAttached()
  await expect(page.getByRole('img', { name: 'public feeds Orders' })).toBeAttached()
  await shoot(page, 'datahub-datasets-lineage')
})
