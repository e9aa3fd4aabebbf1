import { expect, test, type Page } from '@playwright/test'
import { http, HttpResponse } from 'msw'
import { demoMesh } from '../src/mocks/demo-mesh/demo-mesh'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl, SESSIONS_URN } from './support/demo'
import { hostileMesh } from './support/hostile-mesh'
import { serveCatalogApi } from './support/mock-api'

const LEGACY_URN = 'urn:tessera:product:playback.playback_sessions_legacy'
const tab = (page: Page, name: string | RegExp) => page.getByRole('tab', { name })

test.describe('an analyst', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('opens a product from search, reads its schema, copies the address, and follows the owner to another product', async ({ page }) => {
    await page.goto('/search?q=sessions')
    await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Playback sessions', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()
    await expect(tab(page, 'Overview')).toHaveAttribute('aria-selected', 'true')

    await tab(page, /^Schema/).click()
    await expect(page).toHaveURL(/[?&]tab=schema/)
    const sessions = page.getByRole('table', { name: 'Columns of Sessions table' })
    await expect(sessions.getByRole('rowheader', { name: 'session_id' })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Filter columns by name' }).fill('device')
    await expect(page).toHaveURL(/column=device/)
    const device = sessions.getByRole('button', { name: /^device/ })
    await expect(device).toHaveAttribute('aria-expanded', 'false')
    await device.click()
    await expect(device).toHaveAttribute('aria-expanded', 'true')
    await expect(sessions.getByRole('rowheader', { name: 'os_name' })).toBeVisible()
    const osName = sessions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'os_name', exact: true }) })
    await expect(osName).toContainText('Operating system reported by the app.')
    await expectNoSeriousA11yViolations(page)

    await tab(page, /^Access/).click()
    await expect(page).toHaveURL(/[?&]tab=access$/)
    const port = page.getByRole('region', { name: 'Sessions table' })
    await port.getByRole('button', { name: 'Copy address of Sessions table' }).click()
    await expect(port.getByRole('button', { name: 'Copy address of Sessions table' })).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('lumen_prod.playback.sessions')

    await page.getByRole('region', { name: 'Owners' }).getByRole('link', { name: 'Playback Data' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Playback Data' })).toBeVisible()
    await expect(page.getByRole('region', { name: /Members/ }).getByRole('link', { name: 'Maya Chen' })).toBeVisible()
    await page.getByRole('region', { name: /^Products/ }).getByRole('link', { name: 'Player errors' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Player errors' })).toBeVisible()
  })

  test('copies a product URN from the header', async ({ page }) => {
    await page.goto(productUrl(SESSIONS_URN))
    await page.getByRole('button', { name: 'Copy URN' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SESSIONS_URN)
    await expect(page.getByRole('status').filter({ hasText: 'Copied URN' })).toBeAttached()
  })
})

test('tabs are reachable by keyboard, live in the URL and survive a reload', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN))
  await tab(page, 'Overview').focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, /^Schema/)).toBeFocused()
  await expect(tab(page, /^Schema/)).toHaveAttribute('aria-selected', 'true')
  await expect(page).toHaveURL(/[?&]tab=schema/)
  await page.keyboard.press('End')
  await expect(tab(page, 'History')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(tab(page, /^Consumers/)).toBeFocused()
  await expect(page.getByRole('tabpanel')).toContainText('Products reading this one')
  await page.reload()
  await expect(tab(page, /^Consumers/)).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tabpanel').getByRole('link', { name: 'Viewing history' })).toBeVisible()
})

test('the contract tab shows terms, SLO status, quality checks and the contract as written', async ({ page }) => {
  await page.goto(productUrl('urn:tessera:product:playback.playback_events') + '?tab=contract')
  const panel = page.getByRole('tabpanel', { name: 'Contract & quality' })
  await expect(panel.getByRole('heading', { name: 'Data contract' })).toBeVisible()
  await expect(panel).toContainText('Columns are only ever added')
  await expect(panel.getByRole('row', { name: /Bitrate is recorded/ })).toContainText('Failing')
  await expect(panel.getByRole('row', { name: /Freshness/ })).toContainText('Met')
  await panel.getByText(/Show the contract document/).click()
  await expect(panel.getByLabel('Contract document')).toContainText('kind: "DataContract"')
  await expectNoSeriousA11yViolations(page)
})

test('the lineage tab lists direct neighbours and links to the lineage graph', async ({ page }) => {
  await page.goto(productUrl(SESSIONS_URN) + '?tab=lineage')
  await expect(page.getByRole('region', { name: 'Downstream' }).getByRole('link', { name: 'Viewing history' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Sources outside the catalogue' })).toContainText('Playback service events')
  await expect(page.getByRole('link', { name: 'Open lineage graph' })).toHaveAttribute('href', `/lineage?focus=${encodeURIComponent(SESSIONS_URN)}`)
})

test('script payloads in a description and in column descriptions stay inert', async ({ page }) => {
  await page.addInitScript(() => {
    const flag = window as unknown as { __alerted?: boolean }
    window.alert = () => {
      flag.__alerted = true
    }
  })
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await serveCatalogApi(page, undefined, hostileMesh())
  await page.goto(productUrl(LEGACY_URN))
  const description = page.getByRole('region', { name: 'Description' })
  await expect(description).toContainText("<script>alert('xss')</script>")
  await expect(page.getByText('This product is deprecated')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Playback sessions', exact: true })).toBeVisible()

  await tab(page, /^Schema/).click()
  const notes = page.getByRole('row', { name: /notes/ })
  await expect(notes).toContainText('<img src=x onerror=')
  await expect(notes.getByText('old wiki')).toBeVisible()
  await expect(notes.getByRole('link')).toHaveCount(0)
  await expect(page.locator('main script, main img, main [onerror], main a[href^="javascript" i]')).toHaveCount(0)
  await expect(page.getByRole('row', { name: /sess_id/ })).toContainText('Undocumented')

  await page.waitForTimeout(300)
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __tesseraPwned?: boolean; __alerted?: boolean }
    return { pwned: w.__tesseraPwned ?? false, alerted: w.__alerted ?? false }
  })
  expect(ran).toEqual({ pwned: false, alerted: false })
  expect(dialogs).toEqual([])
})

test('an unknown URN offers similar products and a search', async ({ page }) => {
  await page.goto(productUrl('urn:tessera:product:playback.playback_sesions'))
  await expect(page.getByRole('heading', { level: 1, name: 'Product not found' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('not found')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('list', { name: 'Similar products' }).getByRole('link', { name: 'Playback sessions', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Playback sessions' })).toBeVisible()
})

test.describe('bad input from the catalogue', () => {
  const STRESS_URN = 'urn:tessera:product:playback.stress_test'
  const paragraph = 'Lorem ipsum dolor sit amet, **consectetur** adipiscing elit, sed do eiusmod tempor. '
  const description = `${paragraph.repeat(1250)}\n\nThe very last line.\n\n<img src=x onerror="window.__tesseraPwned=true"> [x](javascript:window.__tesseraPwned=true)`
  // Sparse on purpose: no owners, tags, SLOs, links, version, input ports; a date that is not one.
  const stress = {
    urn: STRESS_URN,
    name: 'stress_test',
    title: 'Stress test with a very long title that keeps going to see whether the header wraps it sensibly on narrow screens',
    domainId: 'playback',
    kind: 'aggregate',
    lifecycle: 'active',
    revision: 3,
    updatedAt: 'sometime last week',
    description,
    outputPorts: [
      {
        id: 'wide',
        name: 'Wide table',
        type: 'table',
        location: 'lumen_prod.stress.wide',
        columns: Array.from({ length: 1000 }, (_, i) => ({ name: `col_${i}`, type: 'string', ...(i % 3 ? { description: `Column *${i}*.` } : {}) })),
      },
      { id: 'empty', name: 'Empty topic', type: 'topic', location: 'kafka://stress.empty' },
    ],
  }

  test.beforeEach(async ({ page }) => {
    await serveCatalogApi(page, () => [
      http.get('*/test-api/catalog', () => HttpResponse.json({ ...demoMesh, products: [...demoMesh.products, stress] })),
      http.get('*/test-api/products/:urn', ({ params }) => (params.urn === STRESS_URN ? HttpResponse.json(stress) : undefined)),
    ])
  })

  test('a sparse product with a 100 KB description and 1,000 columns renders sensibly and fast', async ({ page }) => {
    expect(description.length).toBeGreaterThan(100_000)
    await page.goto(productUrl(STRESS_URN))
    await expect(page.getByRole('heading', { level: 1, name: /Stress test/ })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Description' })).toContainText('The very last line.')
    await expect(page.getByText('No owner is recorded for this product')).toBeVisible()
    await expect(page.getByText('sometime last week')).toBeVisible()
    await expect(page.getByRole('list', { name: 'Gaps to fix in Tessera' })).toContainText('334 columns have no description')

    const started = Date.now()
    await tab(page, /^Schema/).click()
    const table = page.getByRole('table', { name: 'Columns of Wide table' })
    await expect(table.getByRole('rowheader', { name: 'col_0', exact: true })).toBeVisible()
    const elapsed = Date.now() - started
    await expect(table).toHaveAttribute('aria-rowcount', '1001')
    const rendered = await table.locator('tbody tr:not([aria-hidden])').count()
    expect(rendered).toBeLessThan(120)
    expect(elapsed).toBeLessThan(3000)
    console.log(`schema tab with 1,000 columns shown in ${elapsed} ms, ${rendered} rows in the DOM`)

    const scroller = page.getByRole('region', { name: /Columns of Wide table, scrollable/ })
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
    await expect(table.getByRole('rowheader', { name: 'col_999', exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Empty topic' })).toContainText('This port declares no columns.')

    await page.getByRole('searchbox', { name: 'Filter columns by name' }).fill('col_5')
    await expect(page.getByText('111 of 1,000 columns match')).toBeVisible()
    await page.getByRole('checkbox', { name: 'Only undocumented columns' }).check()
    await expect(page.getByText('36 of 1,000 columns match')).toBeVisible()
    await expectNoSeriousA11yViolations(page)

    const pwned = await page.evaluate(() => (window as unknown as { __tesseraPwned?: boolean }).__tesseraPwned ?? false)
    expect(pwned).toBe(false)
  })
})

test('a product whose kind Tessera does not know is explained, not a blank page', async ({ page }) => {
  await serveCatalogApi(page, () => [http.get('*/test-api/products/:urn', () => HttpResponse.json({ ...demoMesh.products[0], kind: 'golden-record' }))])
  await page.goto(productUrl(SESSIONS_URN))
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The catalogue sent data Tessera cannot read')
  await alert.getByText('Details').click()
  await expect(alert).toContainText('kind')
})

test.describe('ownership pages', () => {
  test('a team page shows members with contacts, domains and products grouped with health badges', async ({ page }) => {
    await page.goto('/teams/playback-data')
    await expect(page.getByRole('heading', { level: 1, name: 'Playback Data' })).toBeVisible()
    const members = page.getByRole('region', { name: /Members/ })
    await expect(members).toContainText('Product owner')
    await expect(members.getByRole('link', { name: 'maya.chen@lumen.example' })).toHaveAttribute('href', 'mailto:maya.chen@lumen.example')
    await expect(page.getByRole('link', { name: 'Playback', exact: true }).first()).toBeVisible()
    const playback = page.getByRole('region', { name: 'Domain Playback' })
    await expect(playback.getByRole('heading', { name: 'Source-aligned' })).toBeVisible()
    const errors = playback.getByRole('listitem').filter({ hasText: 'Player errors' })
    await expect(errors).toContainText(/\d+% documented/)
    await expect(errors).toContainText('SLO breached')
    await expectNoSeriousA11yViolations(page)
  })

  test('a team whose products are all undocumented says so', async ({ page }) => {
    await page.goto('/teams/growth-engineering')
    await expect(page.getByText('None of this team’s products is documented')).toBeVisible()
  })

  test('a team that owns nothing says so', async ({ page }) => {
    await page.goto('/teams/support-ops')
    await expect(page.getByRole('heading', { name: 'No data products' })).toBeVisible()
  })

  test('a person page lists their teams with roles and the products they answer for', async ({ page }) => {
    await page.goto('/people/maya-chen')
    await expect(page.getByRole('heading', { level: 1, name: 'Maya Chen' })).toBeVisible()
    const teams = page.getByRole('region', { name: /^Teams/ })
    await expect(teams.getByRole('link', { name: 'Playback Data' })).toBeVisible()
    await expect(teams).toContainText('Product owner')
    await expect(page.getByRole('region', { name: /Products with a role/ }).getByRole('link', { name: 'Playback sessions', exact: true })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })

  test('the teams index finds a team by a member’s name and shows product counts', async ({ page }) => {
    await page.goto('/teams')
    await page.getByLabel('Filter teams').fill('maya')
    await expect(page).toHaveURL(/filter=maya/)
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows.filter({ hasText: 'Playback Data' })).toBeVisible()
    await expect(page.getByRole('status')).toContainText(/\d+ of 20 teams/)
    await expect(rows.filter({ hasText: 'Playback Data' }).getByRole('cell').nth(2)).toHaveText(/\d+/)
    await page.getByLabel('Filter teams').fill('zzzz')
    await expect(page.getByRole('heading', { name: 'No team matches “zzzz”' })).toBeVisible()
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every product tab in ${colorScheme} mode`, () => {
    test.use({ colorScheme })
    for (const name of ['access', 'schema', 'contract', 'lineage', 'consumers', 'history']) {
      test(`${name} has no serious accessibility problem`, async ({ page }) => {
        await page.goto(`${productUrl(SESSIONS_URN)}?tab=${name}`)
        await expect(page.getByRole('tabpanel')).toBeVisible()
        await expectNoSeriousA11yViolations(page)
      })
    }
    test('a poorly documented and a deprecated product have no serious accessibility problem', async ({ page }) => {
      for (const urn of ['urn:tessera:product:content.genres_taxonomy', LEGACY_URN]) {
        await page.goto(productUrl(urn))
        await expect(page.getByRole('tabpanel')).toBeVisible()
        await expectNoSeriousA11yViolations(page)
      }
    })
  })
}
