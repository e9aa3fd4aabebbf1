import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { DBT, EXPORT, serveBeside } from './support/file-addresses'

const ROOT = join(import.meta.dirname, '..')

const ORDERS_GROUP = 'urn:tessera:product:dbt.shop.group.orders'

/** A full page load reads and validates every file again; on a busy machine that takes a while. */
const LOADED = { timeout: 30_000 }

/** Opens a product directly and after a reload, then its domain and its owning team directly (each a full page load). */
async function deepLinksHold(page: Page, base: string, urn: string, title: string) {
  await page.goto(`${base}products/${encodeURIComponent(urn)}`)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(LOADED)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(LOADED)

  const main = page.getByRole('main')
  const domainHref = await main.locator('a[href*="/domains/"]').first().getAttribute('href')
  const teamHref = await main.locator('a[href*="/teams/"]').first().getAttribute('href')
  expect(domainHref).toBeTruthy()
  expect(teamHref).toBeTruthy()
  for (const href of [domainHref!, teamHref!]) {
    await page.goto(new URL(href, page.url()).href)
    await expect(main.getByRole('link', { name: title }).first()).toBeVisible(LOADED)
    await expect(page.getByRole('alert')).toHaveCount(0)
  }
}

test.describe('relative addresses under the root base', () => {
  // Each page load reads and validates every file again in a worker.
  test.slow()
  test('a dbt project: product, domain and team pages open directly and after a reload', async ({ page, context, baseURL }) => {
    await serveBeside(context, baseURL!, '/', DBT)
    await deepLinksHold(page, '/', ORDERS_GROUP, 'Orders')
  })

  test('a contracts export: a shared product link opens, and the files named urn:… are on Sources', async ({ page, context, baseURL }) => {
    await serveBeside(context, baseURL!, '/', EXPORT)
    await deepLinksHold(page, '/', 'urn:tessera:product:contracts.sales.orders', 'Orders')
    await page.goto('/sources')
    const file = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'fixtures/export/urn:datamesh:dataproduct:orders.yaml' }) })
    await expect(file).toContainText('Loaded')
    await expect(file).toContainText('Read without validation')
  })

  test('a wrong address is a configuration error naming the file, with a way to Sources and no retry', async ({ page, context, baseURL }) => {
    await serveBeside(context, baseURL!, '/', { backends: [{ type: 'dbt', projects: [{ target: 'fixtures/nowhere/' }] }] })
    await page.goto(`/products/${encodeURIComponent(ORDERS_GROUP)}`)
    const alert = page.getByRole('alert')
    await expect(alert.getByRole('heading', { name: 'Tessera’s configuration needs fixing' })).toBeVisible()
    await expect(alert).toContainText('fixtures/nowhere/manifest.json')
    await expect(alert).not.toContainText('usually temporary')
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0)
    await alert.getByRole('link', { name: /Sources page/ }).click()
    const manifest = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'fixtures/nowhere/manifest.json' }) })
    await expect(manifest).toContainText('Not found: nothing at this address')
    await expectNoSeriousA11yViolations(page)
  })
})

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const VITE = join(ROOT, 'node_modules', '.bin', 'vite')
const run = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(VITE, args, { cwd: ROOT, stdio: 'ignore' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite ${args.join(' ')} exited with ${code}`))))
  })

test.describe('relative addresses under a non-root base', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 })
  const BASE = '/tessera/'
  let server: ChildProcess | undefined
  let origin = ''
  const out = join(tmpdir(), `tessera-base-${process.pid}`)

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    await run(['build', '--base', BASE, '--outDir', out, '--emptyOutDir', '--logLevel', 'error', '--sourcemap', 'false'])
    const port = await freePort()
    origin = `http://localhost:${port}`
    server = spawn(VITE, ['preview', '--base', BASE, '--outDir', out, '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore' })
    await expect.poll(async () => (await fetch(`${origin}${BASE}`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200)
  })
  test.afterAll(async () => {
    server?.kill()
    await rm(out, { recursive: true, force: true })
  })

  test('dbt and contracts: every page opens directly and after a reload below /tessera/', async ({ page, context }) => {
    await serveBeside(context, origin, BASE, DBT)
    await deepLinksHold(page, `${origin}${BASE}`, ORDERS_GROUP, 'Orders')
    await context.unrouteAll()
    await serveBeside(context, origin, BASE, EXPORT)
    await deepLinksHold(page, `${origin}${BASE}`, 'urn:tessera:product:contracts.sales.orders', 'Orders')
  })

  test('contracts: every other kind of page opens directly and after a reload below /tessera/', async ({ page, context }) => {
    await serveBeside(context, origin, BASE, EXPORT)
    for (const [path, title] of [
      ['', /^Welcome/],
      ['search?q=orders', 'Results for “orders”'],
      ['domains', 'Domains'],
      ['coverage', 'Coverage'],
      ['lineage', 'Lineage'],
      ['teams', 'Teams'],
      ['sources', 'Sources'],
    ] as const) {
      await page.goto(`${origin}${BASE}${path}`)
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(LOADED)
      await page.reload()
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(LOADED)
      await expect(page.getByRole('alert')).toHaveCount(0)
    }
  })
})
