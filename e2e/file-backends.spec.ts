import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import { expect, test, type BrowserContext } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'

/** Real artifacts from ../shared/fixtures, served beside the app without copying them into the repo. */
const FIXTURES = join(import.meta.dirname, '..', '..', 'shared', 'fixtures')
test.skip(!existsSync(FIXTURES), 'the shared fixtures folder is absent')

async function serveFixtures(context: BrowserContext, config: unknown, extra: Record<string, unknown> = {}) {
  await context.route('**/config.json', (route) => route.fulfill({ json: config }))
  // context.route (not page.route) so the parsing workers' requests are served too.
  await context.route('**/fixtures/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/fixtures\//, ''))
    if (path in extra) return route.fulfill({ json: extra[path] })
    const file = normalize(join(FIXTURES, path))
    if (!file.startsWith(FIXTURES) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
    return route.fulfill({ body: await readFile(file), contentType: file.endsWith('.json') ? 'application/json' : 'text/yaml' })
  })
}

const SHOPIFY_ORDERS = 'urn:tessera:product:dbt.shopify.shopify__orders'

test.describe('a dbt project’s target folder', () => {
  test.beforeEach(async ({ context }) => {
    await serveFixtures(context, {
      backends: [{ type: 'dbt', id: 'shopify', label: 'Shopify dbt project', projects: [{ target: 'fixtures/dbt/fivetran-dbt_shopify/docs/' }] }],
    })
  })

  test('an analyst finds a model, reads its columns with warehouse types, and follows its lineage', async ({ page }) => {
    await page.goto('/search?q=shopify__orders')
    await page.getByRole('link', { name: 'Shopify orders', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(encodeURIComponent(SHOPIFY_ORDERS).replace(/\./g, '\\.')))
    await expect(page.getByRole('heading', { level: 1, name: 'Shopify orders' })).toBeVisible()

    await page.goto(`${productUrl(SHOPIFY_ORDERS)}?tab=schema`)
    const orderId = page.getByRole('row', { name: /order_id/ }).first()
    await expect(orderId).toContainText('bigint')
    await expect(orderId).toContainText('The ID of the order')

    await page.goto(`${productUrl(SHOPIFY_ORDERS)}?tab=lineage`)
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: 'Shopify customer cohorts' }).first()).toBeVisible()
    await expect(main.getByRole('link', { name: 'Stg shopify order', exact: true }).first()).toBeVisible()
  })

  test('the Sources page says which artifacts were read and what came of them', async ({ page }) => {
    await page.goto('/sources')
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'files' })).toContainText('2 files: 2 loaded')
    const manifest = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'fixtures/dbt/fivetran-dbt_shopify/docs/manifest.json' }) })
    await expect(manifest).toContainText('dbt manifest (schema v12, dbt 1.10.5)')
    await expect(manifest).toContainText('107 products with 107 output ports')
    await expectNoSeriousA11yViolations(page)
  })
})

test.describe('a folder of data contracts with a broken file', () => {
  const index = {
    files: [
      '../odcs/docs/examples/all/full-example.odcs.yaml',
      '../datacontract-specification/examples/covid-cases/datacontract.yaml',
      '../odps-v4.1/source/examples/DataContract/datacontract-inline.yml',
    ],
  }
  test.beforeEach(async ({ context }) => {
    await serveFixtures(
      context,
      { backends: [{ type: 'contracts', id: 'contracts', label: 'Contract files', index: 'fixtures/contracts/index.json' }] },
      { 'contracts/index.json': index },
    )
  })

  test('the valid contracts are products; the broken one is listed with its error and line', async ({ page }) => {
    await page.goto('/search')
    const results = page.getByRole('main')
    await expect(results.getByRole('link', { name: 'my quantum', exact: true })).toBeVisible()
    await expect(results.getByRole('link', { name: 'COVID-19 cases', exact: true })).toBeVisible()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'files' })).toContainText('4 files: 3 loaded, 0 with problems, 1 not loaded')
    const broken = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'fixtures/odps-v4.1/source/examples/DataContract/datacontract-inline.yml' }) })
    await expect(broken).toContainText('Not loaded')
    await expect(broken).toContainText(/Error at line 26, column \d+: Invalid YAML/)
    await expectNoSeriousA11yViolations(page)
  })

  test('a product from a contract shows its columns', async ({ page }) => {
    await page.goto('/search?q=covid')
    await page.getByRole('link', { name: 'COVID-19 cases', exact: true }).click()
    await page.getByRole('tab', { name: /Schema/ }).click()
    await expect(page.getByRole('row', { name: /fips/ }).first()).toContainText('string')
  })
})
