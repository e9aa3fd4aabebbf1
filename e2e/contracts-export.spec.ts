import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { CONTRACTS, EXPORT, serveBeside } from './support/file-addresses'
import { shoot } from './support/shots'

const ORDERS = 'urn:tessera:product:contracts.sales.orders'
const REVENUE = 'urn:tessera:product:contracts.finance.revenue'
/** Every page load reads and validates the export's files again in a worker. */
const LOADED = { timeout: 30_000 }

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })
const tab = (page: Page, name: string) => page.getByRole('tabpanel', { name })

// A Data Mesh Manager export: each file a YAML stream named `urn:…`, two ports sharing one contract,
// a second contract, and a data usage agreement between two products.
test.describe('a Data Mesh Manager export', () => {
  test.slow()
  test.beforeEach(async ({ context, baseURL }) => serveBeside(context, baseURL!, '/', EXPORT))

  test('ports sharing a contract name it, the contract covers both, and each of its checks is its own row', async ({ page }) => {
    await page.goto(`${productUrl(ORDERS)}?tab=access`)
    await expect(heading(page, 'Orders')).toBeVisible(LOADED)
    for (const port of ['Orders table', 'Orders share for partners']) {
      const card = tab(page, 'Access').getByRole('region', { name: port, exact: true })
      await expect(card).toContainText('Contract orders_v1')
    }

    await page.getByRole('tab', { name: 'Contract & quality' }).click()
    const contract = tab(page, 'Contract & quality')
    await expect(contract.getByRole('definition').filter({ hasText: 'ports' }).first()).toHaveText('the Orders table and Orders share for partners ports')
    const other = contract.getByRole('article', { name: 'Contract returns_v1' })
    await expect(other).toContainText('Returns files')
    const checks = contract.getByRole('table', { name: 'Quality checks' })
    await expect(checks.getByRole('row')).toHaveCount(10)
    const library = checks.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^nullValues/ }) })
    await expect(library.getByRole('cell').first()).toHaveText('customer')
    await expect(library).toContainText('Rule: nullValues (field: customer) — must be 0')
    // never observed is said as such in the header and the tab, never as passing or lately unobserved
    await expect(page.locator('.trust-line')).toContainText('0 of 9 checks passing, 9 never observed')
    await shoot(page, 'contracts-export-contract', contract)
    await expectNoSeriousA11yViolations(page)
  })

  test('a data usage agreement is drawn as lineage and lists the consumer; ids open and find the product', async ({ page }) => {
    await page.goto(`${productUrl(REVENUE)}?tab=lineage`)
    await expect(heading(page, 'Revenue')).toBeVisible(LOADED)
    const upstream = tab(page, 'Lineage').getByRole('region', { name: /Upstream/ })
    await expect(upstream.getByRole('link', { name: 'Orders' })).toBeVisible()

    await page.goto(`${productUrl(ORDERS)}?tab=consumers`)
    const readers = tab(page, 'Consumers').getByRole('table')
    await expect(readers.getByRole('row').filter({ hasText: 'Revenue' })).toContainText('Orders table')

    // the contract's id, and the descriptor's own id, are addresses of the product
    await page.goto('/products/orders_v1?tab=access')
    await expect(heading(page, 'Orders')).toBeVisible(LOADED)
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/products/${ORDERS}`)
    expect(new URL(page.url()).searchParams.get('tab')).toBe('access')
    await page.goto('/products/revenue')
    await expect(heading(page, 'Revenue')).toBeVisible(LOADED)

    await page.goto('/search?q=returns_v1')
    const first = page.getByRole('list', { name: /^Search results/ }).getByRole('listitem').first()
    await expect(first).toContainText('Orders', LOADED)
    await expect(first).toContainText('Id returns_v1 matches')
  })
})

test('the Sources page tells a missing file, a parse error, a schema violation and an unknown format apart', async ({ page, context, baseURL }) => {
  test.slow()
  await serveBeside(context, baseURL!, '/', CONTRACTS)
  await page.goto('/sources')
  const file = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `fixtures/contracts/${name}` }) })
  await expect(page.getByRole('status').filter({ hasText: 'files' })).toContainText('8 files: 4 loaded, 1 with problems, 3 not loaded', LOADED)
  await expect(file('missing.yaml')).toContainText('Not found: nothing at this address')
  await expect(file('broken.yaml')).toContainText(/Parse error: not valid YAML or JSON.*Error at line 4, column 10/s)
  await expect(file('refunds.odcs.yaml')).toContainText(/Loaded with problems.*Schema violation: read best-effort.*line 12/s)
  await expect(file('notes.yaml')).toContainText('Unknown format: not a file Tessera reads')
  await expect(file('checkout.odps.yaml')).toContainText('Loaded')
  await shoot(page, 'contracts-sources')
  await expectNoSeriousA11yViolations(page)
})
