import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'

test('the domain index shows the tree with owners, kinds and gaps', async ({ page }) => {
  await page.goto('/domains')
  const tree = page.getByRole('list', { name: 'Domains' })
  const content = tree.getByRole('list', { name: 'Sub-domains of Content catalogue' })
  const licensing = content.getByRole('listitem').filter({ hasText: 'Content licensing' })
  await expect(licensing).toContainText('Owned by Rights & Licensing Data')
  await expect(licensing).toContainText('no consumer-aligned')
  await expect(tree.getByRole('listitem').filter({ hasText: 'Customer support' })).toContainText('No data products yet.')
  await expectNoSeriousA11yViolations(page)
})

test('a domain page shows its owners, sub-domains, products by kind, place in the mesh and what to fix', async ({ page }) => {
  await page.goto('/domains')
  await page.getByRole('link', { name: 'Content catalogue', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Content catalogue' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Owner' }).getByRole('list')).toContainText('·')
  await expect(page.getByRole('columnheader', { name: 'With sub-domains' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Place in the mesh' }).getByRole('list', { name: 'Feeds' }).getByRole('listitem').first()).toBeVisible()

  await page.getByText('Sub-domains:').getByRole('link', { name: 'Content licensing' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Content licensing' })).toBeVisible()
  await expect(page.getByRole('row', { name: /^Has consumer-aligned/ })).toContainText('No consumer-aligned product')
  await expect(page.getByRole('heading', { name: 'Consumer-aligned products (0)' })).toBeVisible()
  const fedBy = page.getByRole('list', { name: 'Fed by' })
  await expect(fedBy.getByRole('link').first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('a domain without products says so and still lists its owner', async ({ page }) => {
  await page.goto('/domains/customer-support')
  await expect(page.getByRole('heading', { level: 1, name: 'Customer support' })).toBeVisible()
  await expect(page.getByRole('row', { name: /^Under contract/ })).toContainText('No products to measure')
  await expect(page.getByRole('region', { name: 'Owner' }).getByRole('link').first()).toBeVisible()
})

test('an unknown domain says it was not found', async ({ page }) => {
  await page.goto('/domains/no-such-domain')
  await expect(page.getByRole('alert')).toContainText('not found')
})
