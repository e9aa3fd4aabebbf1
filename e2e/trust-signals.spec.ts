import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl, SESSIONS_URN } from './support/demo'

const FIXTURES = join(import.meta.dirname, '..', '..', 'shared', 'fixtures')
const SHOTS = process.env.TRUST_SHOTS
// screenshots, light and dark, are only taken when TRUST_SHOTS names a folder
test.slow(!!SHOTS)

async function shoot(page: Page, name: string, at?: Locator) {
  if (!SHOTS) return
  if (at) await at.evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 80 }))
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png` })
  }
  await page.emulateMedia({ colorScheme: null })
}

const contractTab = (page: Page) => page.getByRole('tabpanel', { name: 'Contract & quality' })
const sloRow = (page: Page, name: string | RegExp) =>
  page.getByRole('table', { name: 'Service-level objectives' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })

test('an analyst sees when a product was last fresh, the last runs of its checks, and an SLO never observed as Unknown', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  const line = page.locator('.trust-line')
  await expect(line).toContainText(/Fresh: landed \d+ (min|h) ago · \d+ of \d+ checks passing · last run \d\d:\d\d/)
  await line.getByRole('link').click()
  await expect(page).toHaveURL(/tab=contract/)

  const freshness = sloRow(page, 'Freshness')
  await expect(freshness).toContainText(/Data landed \d+ (min|h) ago/)
  await expect(freshness).toContainText(/stale after \d+ h/)
  await expect(freshness.getByText('Met', { exact: true })).toBeVisible()
  // the absolute time is in the viewer's zone and in the page, not only in a tooltip
  await expect(freshness.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
  const strip = contractTab(page).getByRole('list', { name: /^Session id is unique: last 30 runs, / })
  await expect(strip.getByRole('listitem')).toHaveCount(30)
  await expectNoSeriousA11yViolations(page)
  await shoot(page, 'demo-contract', page.getByRole('heading', { name: 'Service-level objectives' }))

  await page.goto(`${productUrl('urn:tessera:product:content.talent_credits')}?tab=contract`)
  const never = sloRow(page, 'Freshness')
  await expect(never.getByText('Unknown', { exact: true })).toBeVisible()
  await expect(never).toContainText('never observed')
  await expect(page.locator('.trust-line')).toContainText('Freshness never observed')

  await page.goto(`${productUrl('urn:tessera:product:content-licensing.licence_agreements')}?tab=contract`)
  await expect(sloRow(page, 'Freshness').getByText('Stale', { exact: true })).toBeVisible()
  await expect(sloRow(page, 'Freshness')).toContainText('last result: met')
})

test.describe('a dbt project served with run_results.json and sources.json', () => {
  test.skip(!existsSync(FIXTURES), 'the shared fixtures folder is absent')

  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString()
  const sourcesJson = () => ({
    metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/sources/v3.json', dbt_version: '1.10.5', generated_at: hoursAgo(1) },
    results: [
      {
        unique_id: 'source.shopify_source.shopify.order',
        max_loaded_at: hoursAgo(3),
        snapshotted_at: hoursAgo(1),
        max_loaded_at_time_ago_in_s: 7200,
        status: 'pass',
        criteria: { warn_after: { count: 12, period: 'hour' }, error_after: { count: 24, period: 'hour' }, filter: null },
        adapter_response: {},
        timing: [],
        thread_id: 'Thread-1',
        execution_time: 0.4,
      },
    ],
  })

  async function serve(context: BrowserContext) {
    const config = {
      backends: [
        {
          type: 'dbt',
          id: 'jaffle',
          label: 'Jaffle shop',
          projects: [
            {
              manifestUrl: 'fixtures/dbt/dbt-artifacts-parser/tests/resources/manifest/v12/jaffle_shop/manifest_1.8.json',
              runResultsUrl: 'fixtures/dbt/dbt-artifacts-parser/tests/resources/run_results/v6/jaffle_shop/run_results.json',
            },
            { target: 'fixtures/dbt/fivetran-dbt_shopify/docs/', sourcesUrl: 'fixtures/generated/sources.json' },
          ],
        },
      ],
    }
    await context.route('**/config.json', (route) => route.fulfill({ json: config }))
    await context.route('**/fixtures/**', async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/fixtures\//, ''))
      if (path === 'generated/sources.json') return route.fulfill({ json: sourcesJson() })
      const file = normalize(join(FIXTURES, path))
      if (!file.startsWith(FIXTURES) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
      return route.fulfill({ body: await readFile(file), contentType: 'application/json' })
    })
  }

  test('shows each dbt test as a check with its last result, and source freshness as the freshness SLO', async ({ page, context }) => {
    await serve(context)
    await page.goto(`${productUrl('urn:tessera:product:dbt.jaffle_shop.orders')}?tab=contract`)
    // two projects are parsed in a worker before the page can answer
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible({ timeout: 30_000 })
    const checks = page.getByRole('table', { name: 'Quality checks' })
    await expect(checks.getByRole('row')).toHaveCount(11)
    const statusCheck = checks.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^accepted_values/ }) })
    await expect(statusCheck).toContainText('status')
    await expect(statusCheck).toContainText('placed, shipped, completed, return_pending, returned')
    await expect(statusCheck).toContainText('Fails the run')
    await expect(statusCheck).toContainText(/\((Dec 16, 2024|16 Dec 2024)/)
    // a result from December 2024 is far past its maximum age: stale, never shown as passing now
    await expect(statusCheck.getByText('Stale', { exact: true })).toBeVisible()
    await expect(statusCheck).toContainText('last result: passing')
    await shoot(page, 'dbt-contract', checks)

    await page.goto(`${productUrl('urn:tessera:product:dbt.shopify_source.stg_shopify__order_tmp')}?tab=contract`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
    const freshness = sloRow(page, /^Freshness/)
    await expect(freshness).toContainText('Loaded within 24 hours; warns after 12 hours')
    await expect(freshness).toContainText('Data landed 3 h ago')
    await expect(freshness.getByText('Met', { exact: true })).toBeVisible()
    await expect(page.locator('.trust-line')).toContainText('Fresh: landed 3 h ago')
    await expectNoSeriousA11yViolations(page)

    await page.goto('/sources')
    await expect(page.getByRole('main')).toContainText('dbt run results (schema v6, dbt 1.9.0)', { timeout: 30_000 })
    await expect(page.getByRole('main')).toContainText('dbt source freshness (schema v3, dbt 1.10.5)')
  })
})
