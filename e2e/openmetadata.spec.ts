import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import { dataProducts } from '../src/mocks/openmetadata/openmetadata-fixture'
import { createOpenMetadataHandlers } from '../src/mocks/openmetadata/openmetadata-handlers'
import { openMetadataEntityCheck } from '../src/mocks/openmetadata/load-openmetadata-schemas'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { snap } from './support/editing-shots'
import { serveBackendFromNode } from './support/node-api'

const OPENMETADATA = '/openmetadata'
const TOKEN = 'e2e-token'
const ORDERS = 'urn:openmetadata:dataProduct:Orders'
const CAMPAIGNS = 'urn:openmetadata:dataProduct:Campaigns'
/** Every patched entity is checked against OpenMetadata's JSON Schemas, when the fixtures are there. */
const check = openMetadataEntityCheck()

/** An OpenMetadata served from Node by its emulation, fresh for each test (the signed-in user is Jane Doe, an expert of Orders). */
async function serveOpenMetadata(context: BrowserContext, overrides: RequestHandler[] = []): Promise<RequestHandler[]> {
  const handlers = [...overrides, ...createOpenMetadataHandlers({ basePath: OPENMETADATA, token: TOKEN, check })]
  await serveBackendFromNode(
    context,
    { type: 'openmetadata', id: 'openmetadata', label: 'Acme OpenMetadata', baseUrl: OPENMETADATA, token: TOKEN, timeoutMs: 5000 },
    OPENMETADATA,
    () => handlers,
  )
  return handlers
}

/** Someone else saves the product in OpenMetadata, moving its version on. */
async function saveElsewhere(handlers: RequestHandler[], id: string, description: string) {
  const response = await getResponse(
    handlers,
    new Request(`http://localhost${OPENMETADATA}/api/v1/dataProducts/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([{ op: 'add', path: '/description', value: description }]),
    }),
  )
  expect(response?.status).toBe(200)
}

const results = (page: Page) => page.getByRole('list', { name: /^Search results/ })
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' })
const status = (page: Page) => page.getByRole('status').filter({ hasText: /products?$/ })
const descriptionBox = (page: Page) => page.getByRole('textbox', { name: 'Description (Markdown)' })
/** A product node of the lineage graph, found by the name a screen reader hears. */
const node = (page: Page, title: string) => page.getByRole('group', { name: new RegExp(`^${title},`) })
const lineageUrl = (urn: string, extra = '') => `/lineage?focus=${encodeURIComponent(urn)}${extra}`

test('an analyst searches OpenMetadata, narrows by a facet, opens a product, reads its schema and lineage', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto('/search')
  await expect(status(page)).toHaveText('3 products')
  // Facets are counted by the server and labelled with display names, not FQNs.
  await expect(filters(page).getByRole('group', { name: 'Owner team' }).getByRole('checkbox')).toHaveAccessibleName(/^Commerce data team \(1/)
  await expect(filters(page).getByRole('group', { name: 'Lifecycle' }).getByRole('checkbox', { name: /^Draft \(1/ })).toBeVisible()
  await filters(page).getByRole('group', { name: 'Domain' }).getByRole('checkbox', { name: /^Orders \(1/ }).check()
  await expect(page).toHaveURL(/domain=Commerce.Orders/)
  await expect(status(page)).toHaveText('1 product')
  await expect(results(page).getByRole('link', { name: 'Orders', exact: true })).toBeVisible()
  await expect(results(page).getByRole('link', { name: 'Campaign performance', exact: true })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)

  await page.goto('/search?q=campaign')
  await expect(status(page)).toHaveText('1 product')
  await page.goto('/search?q=hourly')
  await results(page).getByRole('link', { name: 'Orders', exact: true }).click()
  await expect(page).toHaveURL(productUrl(ORDERS))
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Description' })).toContainText('Updated hourly.')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('tab', { name: /^Schema/ }).click()
  const orders = page.getByRole('table', { name: 'Columns of orders' })
  await expect(orders.getByRole('rowheader', { name: 'order_id' })).toBeVisible()
  await expect(orders.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'customer_email' }) })).toContainText('Buyer e-mail, hashed.')

  await page.getByRole('tab', { name: /Lineage/ }).click()
  await expect(page.getByRole('region', { name: 'Sources outside the catalogue' })).toContainText('shop_events')
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Campaign performance' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.goto(`${productUrl(CAMPAIGNS)}?tab=lineage`)
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign performance' })).toBeVisible()
  await page.getByRole('region', { name: 'Upstream' }).getByRole('link', { name: 'Orders' }).click()
  await expect(page).toHaveURL(productUrl(ORDERS))
})

test('a consumer reads the test case results of a product’s tables, dated, with a month of runs, on the Contract & quality tab', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(`${productUrl(ORDERS)}?tab=contract`)
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  // no contract: the checks OpenMetadata runs are the product's quality checks
  const monitored = page.getByRole('region', { name: 'Quality checks', exact: true })
  const check = (name: string) => monitored.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) })
  await expect(check('SKU matches the product catalogue')).toContainText('Failing')
  await expect(check('SKU matches the product catalogue')).toContainText('Found 3 values not matching the pattern.')
  await expect(check('Orders row count in range')).toContainText('Passing')
  const strip = monitored.getByRole('list', { name: /^Orders row count in range: last 30 runs, / })
  await expect(strip.getByRole('listitem')).toHaveCount(30)
  await expect(page.locator('.trust-line')).toContainText(/2 of 3 checks passing, 1 failing · last run \d\d:\d\d/)
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-contract', monitored)

  // the catalogue lists data products without their tables' columns: the team page says its figure is partial, and why
  await page.goto('/teams/commerce-data')
  const badge = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Orders', exact: true }) }).locator('.documentation-status')
  await expect(badge).toHaveText(/^\d+% documented \(partial\).*columns of 2 output ports/)
  await snap(page, 'openmetadata-team')
})

test('an expert edits a description in OpenMetadata and finds it after a reload', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(productUrl(ORDERS))
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await page.getByRole('button', { name: 'Edit description' }).click()
  await descriptionBox(page).fill('Every order, edited from **Tessera**.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const description = page.getByRole('region', { name: 'Description' })
  await expect(description.getByText('Saved.')).toBeVisible()

  await page.reload()
  await expect(description.locator('strong', { hasText: 'Tessera' })).toBeVisible()
  await expect(description).toContainText('Every order, edited from Tessera.')
  await expect(page.getByRole('region', { name: /Unsaved changes from/ })).toHaveCount(0)
})

test('after editing a description, the History tab shows the change with who, when and what it was before', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(productUrl(ORDERS))
  await expect(page.getByText('revision 3')).toBeVisible()
  await page.getByRole('button', { name: 'Edit description' }).click()
  await descriptionBox(page).fill('Every order, edited from **Tessera**.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Description' }).getByText('Saved.')).toBeVisible()
  await expect(page.getByText('revision 4')).toBeVisible()

  await page.getByRole('tab', { name: 'History' }).click()
  const changes = page.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem')
  await expect(changes).toHaveCount(3)
  const latest = changes.nth(0)
  await expect(latest).toContainText(/Revision 4\s*Jane Doe changed Description · (now|\d+ seconds? ago)/)
  await expect(latest.getByRole('link', { name: 'Jane Doe' })).toHaveAttribute('href', '/people/jane.doe')
  await expect(latest.locator('del')).toContainText(['Updated hourly.'])
  await expect(latest.locator('ins')).toContainText(['edited'])
  // What OpenMetadata recorded before Tessera: tags and glossary terms apart, then the first documentation.
  await expect(changes.nth(1)).toContainText(/Revision 3\s*Jane Doe changed Tags, Glossary terms · .*2025/)
  await expect(changes.nth(1).locator('ins')).toContainText(['Tier.Tier1', 'Business.Order'])
  await expect(changes.nth(2)).toContainText(/Revision 2\s*Jane Doe changed Description, Owners/)
  await expect(page.getByText('Revision 1 and earlier came from the catalogue’s source.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-history', page.getByRole('tablist'))

  // A data product OpenMetadata has not changed since its creation has nothing to show yet.
  await page.goto(`${productUrl(CAMPAIGNS)}?tab=history`)
  await expect(page.getByRole('heading', { name: 'No changes recorded yet' })).toBeVisible()
})

test('a product whose versions cannot be read explains it in the History tab, the rest of the page intact', async ({ page, context }) => {
  await serveOpenMetadata(context, [http.get(`*${OPENMETADATA}/api/v1/dataProducts/:id/versions`, () => HttpResponse.json({ entityType: 'dataProduct', versions: ['{"version":'] }))])
  await page.goto(`${productUrl(ORDERS)}?tab=history`)
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { name: 'The history could not be loaded' })).toBeVisible()
  await expect(alert).toContainText('None of the versions OpenMetadata sent for data product Orders could be read (1 received).')
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-history-error', page.getByRole('tablist'))
})

test('a save against a version someone else moved on shows both versions instead of overwriting', async ({ page, context }) => {
  const handlers = await serveOpenMetadata(context)
  await page.goto(productUrl(ORDERS))
  await page.getByRole('button', { name: 'Edit description' }).click()
  await descriptionBox(page).fill('My rewrite of the orders description.')
  await saveElsewhere(handlers, dataProducts[0]!.id, 'Their fix of the orders description.')

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const conflict = page.getByRole('region', { name: 'Someone else saved first' })
  await expect(conflict.getByRole('region', { name: 'Their version of Description' })).toContainText('Their fix')
  await expect(conflict.getByRole('region', { name: 'Your version of Description' })).toContainText('My rewrite')
  await expect(page.getByRole('region', { name: 'Description' }).getByText('Their fix of the orders description.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await conflict.getByRole('radio', { name: 'Keep yours' }).check()
  await conflict.getByRole('button', { name: 'Save my choices' }).click()
  await expect(conflict).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('region', { name: 'Description' })).toContainText('My rewrite of the orders description.')
})

test('an expert is offered editors only for what OpenMetadata lets Tessera write', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(productUrl(ORDERS))
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Edit tags/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit owners' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit links' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Edit glossary terms/ })).toHaveCount(0)
})

/** Adds a team or person in the open owners editor. */
async function addOwner(page: Page, who: string, role: string) {
  const editor = page.getByRole('form', { name: 'Edit owners' })
  await editor.getByRole('combobox', { name: 'Team or person' }).fill(who)
  await editor.getByRole('combobox', { name: 'Role of the new owner' }).selectOption({ label: role })
  await editor.getByRole('button', { name: 'Add owner' }).click()
}

test('an expert makes a colleague an expert of a data product: saved to OpenMetadata, kept after a reload, in the history', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(productUrl(ORDERS))
  const owners = page.getByRole('region', { name: 'Owners' })
  await expect(owners.getByRole('link', { name: 'Jane Doe' })).toBeVisible()
  await owners.getByRole('button', { name: 'Edit owners' }).click()
  await addOwner(page, 'Bo Smith', 'Steward')
  await expect(page.getByRole('list', { name: 'Owners' }).getByRole('listitem')).toHaveCount(3)
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-owners-editor', owners)
  await page.getByRole('button', { name: 'Save owners' }).click()
  await expect(owners.getByText('Saved.')).toBeVisible()
  await expect(page.getByText('revision 4')).toBeVisible()

  await page.reload()
  const stewards = owners.getByRole('definition').filter({ has: page.getByRole('link', { name: 'Bo Smith' }) })
  await expect(stewards).toHaveCount(1)
  await expect(owners).toContainText(/Steward\s*Bo Smith/)
  await expect(owners.getByRole('link', { name: 'Commerce data team' })).toBeVisible()
  await expect(page.getByRole('region', { name: /Unsaved changes from/ })).toHaveCount(0)

  await page.getByRole('tab', { name: 'History' }).click()
  const latest = page.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem').nth(0)
  await expect(latest).toContainText(/Revision 4\s*Jane Doe changed Owners · (now|\d+ seconds? ago)/)
  await expect(latest.locator('ins')).toContainText(['Steward: Bo Smith'])
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-owners-history', page.getByRole('tablist'))
})

test('the owners editor offers only roles OpenMetadata can hold; an ownership it cannot hold is refused before anything is written, the draft kept', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(productUrl(ORDERS))
  const owners = page.getByRole('region', { name: 'Owners' })
  await owners.getByRole('button', { name: 'Edit owners' }).click()
  const newRole = page.getByRole('form', { name: 'Edit owners' }).getByRole('combobox', { name: 'Role of the new owner' })
  await expect(newRole.getByRole('option')).toHaveText(['Product owner', 'Steward'])

  // OpenMetadata lets several people or one team own an entity, not two teams.
  await addOwner(page, 'Marketing analytics (team)', 'Product owner')
  await page.getByRole('button', { name: 'Save owners' }).click()
  await expect(owners).toContainText('Not saved: This catalogue does not support product owners mixing teams and people, or several teams')
  await expect(owners).toContainText('Your changes are kept as a draft on this device.')
  await expect(owners.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-owners-refused', owners)
  await expect(page.getByText('revision 3')).toBeVisible()

  await owners.getByRole('button', { name: 'Discard draft' }).click()
  await expect(owners.getByRole('link', { name: 'Marketing analytics' })).toHaveCount(0)
  await page.reload()
  await expect(owners.getByRole('link', { name: 'Commerce data team' })).toBeVisible()
  await expect(owners.getByRole('link', { name: 'Marketing analytics' })).toHaveCount(0)
})

test('a link filtering by something OpenMetadata cannot filter says so and offers to drop it', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto('/search?kind=aggregate&lifecycle=draft')
  const note = page.getByRole('note').filter({ hasText: 'cannot filter by' })
  await expect(note).toContainText('Acme OpenMetadata cannot filter by Kind, so these results are not narrowed by it.')
  await expect(status(page)).toHaveText('1 product')
  await expectNoSeriousA11yViolations(page)
  await note.getByRole('button', { name: 'Remove the Kind filter' }).click()
  await expect(page).not.toHaveURL(/kind=/)
  await expect(page).toHaveURL(/lifecycle=draft/)
  await expect(note).toHaveCount(0)
})

test('someone who is not an owner or expert sees no edit control', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(productUrl(CAMPAIGNS))
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign performance' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Description' })).toContainText('Which campaign brought which order.')
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0)
})

test('the lineage graph traces OpenMetadata’s lineage on its server: two hops down is a product the catalogue alone cannot show', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto(lineageUrl(ORDERS, '&up=1&down=1'))
  await expect(page.getByRole('heading', { level: 1, name: 'Lineage of Orders' })).toBeVisible()
  await expect(node(page, 'Campaign performance')).toBeVisible()
  await expect(node(page, 'Return on ad spend')).toHaveCount(0)
  // One hop more than shown was traced, so the edge of the graph knows what lies beyond it.
  await expect(page.getByRole('button', { name: 'Show 1 more downstream of Campaign performance' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-lineage-depth-1')

  await page.getByRole('combobox', { name: 'Downstream' }).selectOption('2')
  await expect(node(page, 'Return on ad spend')).toBeVisible()
  await expect(node(page, 'Campaign performance')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /products?/ }).first()).toContainText('3 products, 2 links')
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-lineage-depth-2')

  // Return on ad spend declares no input: only the lineage OpenMetadata traced links it.
  await page.goto(`${productUrl(CAMPAIGNS)}?tab=lineage`)
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Return on ad spend' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Upstream' }).getByRole('link', { name: 'Orders' })).toBeVisible()
})

test('when OpenMetadata cannot trace lineage, the graph shows the catalogue’s lineage with a notice instead of an error page', async ({ page, context }) => {
  await serveOpenMetadata(context, [http.get(`*${OPENMETADATA}/api/v1/lineage/table/name/:fqn`, () => HttpResponse.json({ code: 503, message: 'search cluster down' }, { status: 503 }))])
  await page.goto(lineageUrl(ORDERS))
  const notice = page.getByRole('complementary', { name: 'Lineage from the catalogue' })
  await expect(notice).toContainText('Acme OpenMetadata could not trace this lineage')
  await expect(node(page, 'Orders')).toBeVisible()
  // Campaign performance declares that it reads Orders, so the catalogue knows that much.
  await expect(node(page, 'Campaign performance')).toBeVisible()
  await expect(node(page, 'Return on ad spend')).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'openmetadata-lineage-fallback')

  // The product's Lineage tab says the same, and still lists what the catalogue knows.
  await page.goto(`${productUrl(ORDERS)}?tab=lineage`)
  const tabNotice = page.getByRole('complementary', { name: 'Lineage from the catalogue' })
  await expect(tabNotice).toContainText('Acme OpenMetadata could not trace this product’s lineage, so these lists show the lineage Tessera read with the catalogue')
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Campaign performance' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await snap(page, 'openmetadata-product-lineage-fallback')
})
