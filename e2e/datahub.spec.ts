import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { formatTime } from '../src/backends/datahub/describe-assertion'
import { MORNING } from '../src/mocks/datahub/datahub-fixture'
import { createDataHubHandlers } from '../src/mocks/datahub/datahub-handlers'
import { loadDataHubSchema } from '../src/mocks/datahub/load-datahub-schema'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { snap } from './support/editing-shots'
import { serveBackendFromNode } from './support/node-api'

const DATAHUB = '/datahub'
const ORDERS = 'urn:li:dataProduct:orders'
const CHECKOUT = 'urn:li:dataProduct:checkout_events'
// The emulation runs every query against DataHub's real GraphQL schema, read from ../shared/fixtures.
const schema = loadDataHubSchema()
test.skip(!schema, 'DataHub’s GraphQL schema (../shared/fixtures/datahub) is not present')

/** A DataHub served from Node by its emulation, fresh for each test; the token is the one the handlers require. */
async function serveDataHub(context: BrowserContext) {
  const handlers = createDataHubHandlers(schema!, { basePath: DATAHUB, token: 'e2e-token' })
  await serveBackendFromNode(context, { type: 'datahub', id: 'datahub', label: 'Acme DataHub', baseUrl: DATAHUB, token: 'e2e-token', timeoutMs: 5000 }, DATAHUB, () => handlers)
}

const results = (page: Page) => page.getByRole('list', { name: /^Search results/ })
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' })
const status = (page: Page) => page.getByRole('status').filter({ hasText: /products?$/ })
/** A product node of the lineage graph, found by the name a screen reader hears. */
const node = (page: Page, title: string) => page.getByRole('group', { name: new RegExp(`^${title},`) })

test('an analyst searches DataHub, narrows by a domain facet, opens a product and reads its schema', async ({ page, context }) => {
  await serveDataHub(context)
  await page.goto('/search')
  await expect(status(page)).toHaveText('3 products')
  await expect(results(page).getByRole('link', { name: 'Orders', exact: true })).toBeVisible()
  await expect(results(page).getByRole('link', { name: 'Campaigns', exact: true })).toBeVisible()

  const marketing = filters(page).getByRole('group', { name: 'Domain' }).getByRole('checkbox', { name: /^Marketing \(1/ })
  await marketing.check()
  await expect(status(page)).toHaveText('1 product')
  await expect(results(page).getByRole('link', { name: 'Campaigns', exact: true })).toBeVisible()
  await expect(results(page).getByRole('link', { name: 'Orders', exact: true })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
  await marketing.uncheck()

  await page.goto('/search?q=web%20shop')
  await expect(status(page)).toHaveText('1 product')
  await results(page).getByRole('link', { name: 'Orders', exact: true }).click()
  await expect(page).toHaveURL(productUrl(ORDERS))
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Description' }).locator('strong', { hasText: 'web shop' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('tab', { name: /^Schema/ }).click()
  const orders = page.getByRole('table', { name: 'Columns of orders' })
  await expect(orders.getByRole('rowheader', { name: 'order_id' })).toBeVisible()
  // A column description edited in DataHub wins over the ingested one.
  await expect(orders.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'customer_email' }) })).toContainText('Buyer e-mail, hashed.')
  await expectNoSeriousA11yViolations(page)
})

test('an owner edits a product description in DataHub and finds it after a reload', async ({ page, context }) => {
  await serveDataHub(context)
  await page.goto(productUrl(ORDERS))
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await page.getByRole('button', { name: 'Edit description' }).click()
  await page.getByRole('textbox', { name: 'Description (Markdown)' }).fill('Every order, edited from **Tessera**.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const description = page.getByRole('region', { name: 'Description' })
  await expect(description.getByText('Saved.')).toBeVisible()

  await page.reload()
  await expect(description.locator('strong', { hasText: 'Tessera' })).toBeVisible()
  await expect(description).toContainText('Every order, edited from Tessera.')
  await expect(page.getByRole('region', { name: /Unsaved changes from/ })).toHaveCount(0)
})

test('an owner changes tags and owners in DataHub, and both survive a reload', async ({ page, context }) => {
  await serveDataHub(context)
  await page.goto(productUrl(ORDERS))
  const header = page.locator('.product-header')
  await expect(header.getByRole('link', { name: 'gold', exact: true })).toBeVisible()

  await header.getByRole('button', { name: 'Edit tags' }).click()
  const tags = page.getByRole('form', { name: 'Edit tags' })
  await tags.getByRole('button', { name: 'Remove tag gold' }).click()
  await tags.getByRole('combobox', { name: 'Add a tag' }).fill('Needs review')
  await page.keyboard.press('Enter')
  await tags.getByRole('combobox', { name: 'Add a tag' }).fill('pii')
  await page.keyboard.press('Enter')
  await tags.getByRole('button', { name: 'Save tags' }).click()
  await expect(header.getByRole('link', { name: 'pii', exact: true })).toBeVisible()

  await header.getByRole('button', { name: 'Edit owners' }).click()
  const owners = page.getByRole('form', { name: 'Edit owners' })
  await owners.getByRole('combobox', { name: 'Team or person' }).fill('Bo Smith')
  await owners.getByRole('combobox', { name: 'Role of the new owner' }).selectOption('steward')
  await owners.getByRole('button', { name: 'Add owner' }).click()
  await expectNoSeriousA11yViolations(page)
  await owners.getByRole('button', { name: 'Save owners' }).click()
  await expect(page.getByRole('region', { name: 'Owners' })).toContainText('Bo Smith')

  await page.reload()
  await expect(header.getByRole('link', { name: 'Needs review', exact: true })).toBeVisible()
  await expect(header.getByRole('link', { name: 'pii', exact: true })).toBeVisible()
  await expect(header.getByRole('link', { name: 'gold', exact: true })).toHaveCount(0)
  const ownerList = page.getByRole('region', { name: 'Owners' })
  await expect(ownerList).toContainText('Steward')
  await expect(ownerList).toContainText('Bo Smith')
  await expect(ownerList).toContainText('Jane Doe')
  await expect(page.getByRole('region', { name: /Unsaved changes from/ })).toHaveCount(0)
})

test('someone who does not own the product sees no edit control', async ({ page, context }) => {
  await serveDataHub(context)
  await page.goto(productUrl('urn:li:dataProduct:campaigns'))
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Description' })).toContainText('Marketing campaigns and their budgets.')
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0)
})

test('DataHub lineage reaches the product page and the graph: an upstream product through an Airflow job, a source outside the catalogue, a consumer', async ({
  page,
  context,
}) => {
  await serveDataHub(context)
  await page.goto(`${productUrl(ORDERS)}?tab=lineage`)
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  const upstream = page.getByRole('region', { name: 'Upstream' })
  await expect(upstream.getByRole('link', { name: 'Checkout events', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Campaigns', exact: true })).toBeVisible()
  const outside = page.getByRole('region', { name: 'Sources outside the catalogue' })
  await expect(outside).toContainText('shop.public.customers')
  await expect(outside).toContainText('system PostgreSQL')
  // The order lines view reads the orders table inside the same product: not an input.
  await expect(upstream.getByRole('listitem')).toHaveCount(1)
  await expectNoSeriousA11yViolations(page)

  await upstream.getByRole('link', { name: 'Checkout events', exact: true }).click()
  await expect(page).toHaveURL(productUrl(CHECKOUT))
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout events' })).toBeVisible()
  await page.getByRole('tab', { name: /^Lineage/ }).click()
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Orders', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Upstream' })).toContainText('Reads no other product of the mesh.')

  await page.goto(`/lineage?focus=${encodeURIComponent(ORDERS)}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Lineage of Orders' })).toBeVisible()
  await expect(node(page, 'Orders')).toBeVisible()
  await expect(node(page, 'Checkout events')).toBeVisible()
  await expect(node(page, 'Campaigns')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('the lineage graph traces DataHub’s lineage on its server, reaching products its capped catalogue never read', async ({ page, context }) => {
  const handlers = createDataHubHandlers(schema!, { basePath: DATAHUB, token: 'e2e-token' })
  // The catalogue reads one data product (Orders); Checkout events and Campaigns only lineage finds.
  await serveBackendFromNode(context, { type: 'datahub', id: 'datahub', label: 'Acme DataHub', baseUrl: DATAHUB, token: 'e2e-token', timeoutMs: 5000, maxProducts: 1 }, DATAHUB, () => handlers)
  await page.goto(`/lineage?focus=${encodeURIComponent(CHECKOUT)}&up=1&down=1`)
  await expect(page.getByRole('heading', { level: 1, name: 'Lineage of Checkout events' })).toBeVisible()
  await expect(node(page, 'Orders')).toBeVisible()
  await expect(node(page, 'Campaigns')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Show 1 more downstream of Orders' })).toBeVisible()

  await page.getByRole('combobox', { name: 'Downstream' }).selectOption('2')
  await expect(node(page, 'Campaigns')).toBeVisible()
  await expect(node(page, 'Checkout events')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'datahub-lineage-depth-2')
})


test('a consumer checks what DataHub’s contract on Orders promises and how it fares: state, freshness, checks passing and failing', async ({ page, context }) => {
  await serveDataHub(context)
  await page.goto('/search')
  await expect(status(page)).toHaveText('3 products')
  const row = (title: string) => results(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) })
  await expect(row('Orders').getByText('Contract', { exact: true })).toBeVisible()
  await expect(row('Orders').getByText('SLOs met', { exact: true })).toBeVisible()
  await expect(row('Campaigns').getByText('No contract', { exact: true })).toBeVisible()

  await row('Orders').getByRole('link', { name: 'Orders', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await page.getByRole('tab', { name: 'Contract & quality' }).click()

  const contract = page.getByRole('region', { name: 'Data contract' })
  await expect(contract).toContainText('urn:li:dataContract:orders-table')
  await expect(contract).toContainText('active')
  await expect(contract).toContainText('the orders port')
  await expect(contract).toContainText('Dataset orders keeps at least these columns: order_id, customer_email; columns may be added.')

  const freshness = page.getByRole('table', { name: 'Service-level objectives' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Freshness of orders' }) })
  await expect(freshness).toContainText('Updated at least every day')
  await expect(freshness).toContainText(`on time (checked ${formatTime(MORNING)})`)
  await expect(freshness).toContainText('Met')

  const checks = page.getByRole('table', { name: 'Quality checks', exact: true })
  const check = (name: string) => checks.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
  await expect(page.getByRole('region', { name: 'Quality checks', exact: true })).toContainText('2 of 3 checks passing, 1 failing.')
  await expect(check('Null count of order_id is 0')).toContainText('Passing')
  await expect(check('Null count of order_id is 0')).toContainText('order_id')
  await expect(check('No order has a negative total')).toContainText('Failing')
  await expect(check('No order has a negative total')).toContainText(`last run ${formatTime(MORNING + 10 * 60_000)}`)
  // An assertion no contract names is shown apart, so nobody takes it for a promise.
  await expect(check('Row count is at least 1,000')).toHaveCount(0)
  const monitored = page.getByRole('region', { name: 'Other quality checks' })
  await expect(monitored).toContainText('the contract does not promise them')
  await expect(monitored.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Row count is at least 1,000' }) })).toContainText('On order_lines_v1, not run yet.')
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'datahub-contract')
  await snap(page, 'datahub-contract-checks', page.getByRole('region', { name: 'Service-level objectives' }))

  await page.goto(`${productUrl('urn:li:dataProduct:campaigns')}?tab=contract`)
  await expect(page.getByRole('heading', { level: 2, name: 'No data contract' })).toBeVisible()
  const late = page.getByRole('table', { name: 'Service-level objectives' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Freshness' }) })
  await expect(late).toContainText('Updated daily by 06:00 UTC')
  await expect(late).toContainText('Breached')
})
