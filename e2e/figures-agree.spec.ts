import { expect, test, type Page } from '@playwright/test'

const LICENSING = 'content-licensing'
const AGREEMENTS = 'Licence agreements'

/** Each product row of the domain page with the documentation figure its badge shows. */
async function domainFigures(page: Page): Promise<Map<string, number>> {
  const rows = page.getByRole('listitem').filter({ has: page.locator('.documentation-status') })
  await expect(rows.first()).toBeVisible()
  const pairs = await rows.evaluateAll((items) =>
    items.map((item) => [item.querySelector('a')?.textContent?.trim() ?? '', item.querySelector('.documentation-status')?.textContent ?? ''] as const),
  )
  return new Map(pairs.map(([title, badge]) => [title, Number(/^(\d+)% documented/.exec(badge)?.[1])]))
}

test('a product’s documentation figure is the same on its page, its team page, its domain page and the coverage map', async ({ page }) => {
  await page.goto(`/domains/${LICENSING}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Content licensing' })).toBeVisible()
  const figures = await domainFigures(page)
  const percent = figures.get(AGREEMENTS)
  expect(percent).toBeGreaterThan(0)
  const complete = [...figures.values()].filter((p) => p === 100).length
  // the domain's own coverage row counts exactly the products whose badge says 100%
  await expect(page.getByRole('row', { name: /^Documented/ }).getByRole('cell').first()).toHaveText(new RegExp(`^${complete} of ${figures.size} \\(`))

  await page.locator('a.result-title', { hasText: AGREEMENTS }).click()
  await expect(page.getByRole('heading', { level: 1, name: AGREEMENTS })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Documentation \d+% complete$/ })).toHaveText(`Documentation ${percent}% complete`)

  await page.goto('/teams/licensing-data')
  const onTeamPage = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: AGREEMENTS, exact: true }) })
  await expect(onTeamPage.locator('.documentation-status')).toHaveText(new RegExp(`^${percent}% documented`))

  await page.goto('/coverage?measure=documented')
  const tile = page.getByRole('link', { name: new RegExp(`^Content licensing(, its own products)?: Documented, `) }).first()
  await expect(tile).toHaveAttribute('aria-label', new RegExp(`Documented, ${complete} of ${figures.size} \\(`))
})

test('a domain’s product count agrees on the domains list, its page, the coverage map and its search, and says what it includes', async ({ page }) => {
  await page.goto('/domains/content')
  const count = page.locator('.domain-product-count')
  await expect(count).toHaveText(/^\d+ products? \(\d+ in sub-domains/)
  const text = (await count.textContent()) ?? ''
  const total = Number(/^(\d+)/.exec(text)?.[1])

  await page.goto('/domains')
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Content catalogue', exact: true }) }).first()
  await expect(item.locator('.domain-product-count').first()).toHaveText(`${text}:`)

  await page.goto('/coverage?measure=owned')
  await expect(page.getByRole('link', { name: /^Content catalogue with its sub-domains: / })).toHaveAttribute('aria-label', new RegExp(` of ${total} \\(`))

  await page.goto('/domains/content')
  await page.getByRole('link', { name: 'Search this domain’s products' }).click()
  await expect(page.getByRole('status').filter({ hasText: /products?$/ })).toHaveText(new RegExp(`^${total} products?$`))
  await expect(page).toHaveURL(/domain=content/)
})
