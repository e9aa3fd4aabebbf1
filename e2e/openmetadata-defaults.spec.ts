import { expect, test, type BrowserContext } from '@playwright/test'
import { createOpenMetadataHandlers } from '../src/mocks/openmetadata/openmetadata-handlers'
import { expectNoSeriousA11yViolations } from './support/axe'
import { serveBackendFromNode } from './support/node-api'
import { shoot } from './support/shots'

const OPENMETADATA = '/openmetadata'
/** An OpenMetadata whose search settings are as shipped, served from Node by its emulation. */
async function serveOpenMetadata(context: BrowserContext) {
  const handlers = createOpenMetadataHandlers({ basePath: OPENMETADATA, defaultSearchSettings: true })
  await serveBackendFromNode(context, { type: 'openmetadata', id: 'openmetadata', label: 'Acme OpenMetadata', baseUrl: OPENMETADATA, timeoutMs: 5000 }, OPENMETADATA, () => handlers)
}

test('an analyst searching an OpenMetadata with its shipped search settings is told which filters it cannot offer, and a domain link still narrows', async ({ page, context }) => {
  await serveOpenMetadata(context)

  await page.goto('/search')
  const status = page.getByRole('status').filter({ hasText: /products?$/ })
  await expect(status).toHaveText('3 products')
  const notice = page.getByRole('complementary', { name: 'About this catalogue' })
  await expect(notice).toHaveText(/Acme OpenMetadata’s search settings do not count domain, owner team or lifecycle, so those filters are not offered here/)
  await expect(notice.getByRole('paragraph')).toHaveCount(1)
  const filters = page.getByRole('complementary', { name: 'Filters' })
  await expect(filters.getByRole('group', { name: 'Tag' }).getByRole('checkbox')).toHaveCount(1)
  await expect(filters.getByRole('group', { name: 'Tag' }).getByRole('checkbox', { name: /^Tier\.Tier1/ })).toBeVisible()
  await expect(filters.getByRole('group', { name: 'Domain' })).toHaveCount(0)
  // The header names who the server says is signed in.
  await expect(page.getByRole('button', { name: 'Signed in as Jane Doe' })).toBeVisible()
  await shoot(page, 'openmetadata-defaults-search')
  await expectNoSeriousA11yViolations(page)

  // Commerce has no product of its own: its sub-domain Orders holds one.
  await page.goto('/search?domain=Commerce')
  await expect(status).toHaveText('1 product')
  await expect(page.getByRole('list', { name: /^Search results/ }).getByRole('link', { name: 'Orders', exact: true })).toBeVisible()
})

test('a leader sees the links OpenMetadata’s lineage holds between the products’ tables on the whole-mesh lineage', async ({ page, context }) => {
  await serveOpenMetadata(context)
  await page.goto('/lineage?mode=mesh')
  // The figures are read from the catalogue before the layout finishes.
  const graphStatus = page.getByRole('status').filter({ hasText: /\d+ links?\b/ })
  await expect(graphStatus).toContainText('2 collapsed domains, 1 link')
  await expect(page.getByRole('img', { name: 'Orders feeds Marketing' })).toBeAttached()
  await page.getByRole('button', { name: 'Show all products' }).click()
  await expect(graphStatus).toContainText('2 links')
  await shoot(page, 'openmetadata-whole-mesh')
})
