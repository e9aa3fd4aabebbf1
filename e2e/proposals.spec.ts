import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { createGitHubHandlers } from '../src/mocks/github/github-handlers'
import { commitsAhead, createGitRepo, filesOn, pushCommit, type GitRepo } from '../src/mocks/git-repo'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { snap } from './support/editing-shots'
import { serveBackendFromNode } from './support/node-api'

// Several saves, each a few requests to the emulated host, on a shared machine.
test.describe.configure({ timeout: 60_000 })

const TOKEN = 'ghp_e2e_owner'
const ORDERS = 'urn:tessera:product:dbt.shop.orders'
const BRANCH = 'tessera/dbt-shop-orders'

const node = (name: string, extra: Record<string, unknown>) => ({
  unique_id: `model.shop.${name}`,
  resource_type: 'model',
  package_name: 'shop',
  name,
  access: 'public',
  depends_on: { nodes: [] },
  ...extra,
})

/** A dbt project whose orders model is owned by Ana and documented in models/marts/_orders.yml. */
const MANIFEST = {
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json', dbt_version: '1.10.5', project_name: 'shop', generated_at: '2026-11-30T08:00:00Z' },
  nodes: {
    'model.shop.orders': node('orders', {
      description: 'Orders placed on the web shop.',
      meta: { owner: 'ana@shop.example' },
      patch_path: 'shop://models/marts/_orders.yml',
      original_file_path: 'models/marts/orders.sql',
      columns: {
        order_id: { name: 'order_id', description: 'Key' },
        status: { name: 'status', description: '' },
        amount: { name: 'amount', description: '' },
      },
    }),
  },
}

const ORDERS_YML = `version: 2

models:
  - name: orders
    description: Orders placed on the web shop. # as finance counts them
    meta:
      owner: ana@shop.example
    columns:
      - name: order_id
        description: Key
        data_tests: [unique, not_null]
      - name: status
      - name: amount
        data_type: numeric
`

async function serveShop(context: BrowserContext): Promise<GitRepo> {
  const repo = createGitRepo({
    owner: 'acme',
    name: 'analytics',
    files: { 'shop/models/marts/_orders.yml': ORDERS_YML, 'shop/dbt_project.yml': 'name: shop\n' },
    user: { login: 'ana', name: 'Ana Silva', email: 'ana@shop.example' },
  })
  const handlers = createGitHubHandlers(repo, { basePath: '/github-api', token: TOKEN })
  await serveBackendFromNode(
    context,
    {
      type: 'dbt',
      id: 'shop',
      label: 'Shop dbt project',
      projects: [{ target: 'dbt/target/' }],
      repository: { host: 'github', baseUrl: '/github-api', repository: 'acme/analytics', branch: 'main', path: 'shop' },
    },
    '/github-api',
    () => handlers,
  )
  await context.route('**/dbt/target/manifest.json', (route) => route.fulfill({ json: MANIFEST }))
  await context.route('**/dbt/target/catalog.json', (route) => route.fulfill({ status: 404, body: 'not found' }))
  return repo
}

const header = (page: Page) => page.getByRole('banner')

async function signIn(page: Page) {
  await header(page).getByRole('button', { name: 'Enter access token' }).click()
  const panel = header(page).getByRole('group', { name: 'Access tokens' })
  await expect(panel).toContainText('Contents: Read and write and Pull requests: Read and write')
  await snap(page, 'proposal-token-prompt')
  await panel.getByLabel('Access token for GitHub (acme/analytics)').fill(TOKEN)
  await page.keyboard.press('Enter')
}

async function describeColumn(page: Page, column: string, text: string) {
  const table = page.getByRole('table', { name: 'Columns of orders' })
  await table.getByRole('button', { name: new RegExp(`^(Add|Edit) description of ${column}$`) }).click()
  await table.getByRole('textbox', { name: `Description of ${column}` }).fill(text)
  await page.keyboard.press('Enter')
}

test('an owner of a dbt product proposes a description and two column descriptions in one pull request, over a teammate’s newer file, and withdraws it', async ({ page, context }) => {
  const repo = await serveShop(context)
  await page.goto(productUrl(ORDERS))
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
  const proposal = page.getByRole('region', { name: /Proposed in|proposed as pull requests/ })
  await expect(proposal).toContainText('Enter a GitHub token to propose changes to acme/analytics')
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0)

  await signIn(page)
  // A teammate changed the file on main after the artifacts were built: the change is applied to the file as it is now.
  const teammates = ORDERS_YML.replace('data_type: numeric', 'data_type: numeric(12,2)')
  pushCommit(repo, 'main', { 'shop/models/marts/_orders.yml': teammates })
  await page.getByRole('button', { name: 'Edit description' }).click()
  await page.getByRole('textbox', { name: 'Description (Markdown)' }).fill('Every order placed on the web shop, paid or not.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(proposal.getByRole('heading')).toHaveText('Proposed in #12 · open')

  expect(commitsAhead(repo, BRANCH)).toHaveLength(1)

  // Each column description is saved as it is entered: each save adds a commit to the same pull request.
  await page.getByRole('tab', { name: /^Schema/ }).click()
  await describeColumn(page, 'status', 'placed, paid, shipped or returned')
  await expect(proposal.getByRole('row')).toHaveCount(3)
  await describeColumn(page, 'amount', 'Order total in euro')
  await expect(proposal.getByRole('row')).toHaveCount(4)

  // What the emulated GitHub received: one branch, one commit per save, one pull request.
  expect([...repo.refs.keys()]).toEqual(['main', BRANCH])
  expect(repo.proposals.map((p) => [p.number, p.head, p.base, p.state])).toEqual([[12, BRANCH, 'main', 'open']])
  expect(commitsAhead(repo, BRANCH)).toHaveLength(3)
  expect(filesOn(repo, BRANCH).get('shop/models/marts/_orders.yml')).toBe(
    teammates.replace('Orders placed on the web shop. #', 'Every order placed on the web shop, paid or not. #')
      .replace('      - name: status\n', "      - name: status\n        description: placed, paid, shipped or returned\n")
      .replace('        data_type: numeric(12,2)\n', '        data_type: numeric(12,2)\n        description: Order total in euro\n'),
  )
  expect(filesOn(repo, BRANCH).get('shop/dbt_project.yml')).toBe('name: shop\n')
  expect(repo.proposals[0]?.body).toContain('- **Column status of orders**: “placed, paid, shipped or returned”')

  const link = proposal.getByRole('heading').getByRole('link', { name: '#12' })
  await expect(link).toHaveAttribute('href', 'https://github.test/acme/analytics/pull/12')
  const rows = proposal.getByRole('table')
  await expect(rows.getByRole('row', { name: /^Description/ })).toContainText('Orders placed on the web shop.')
  await expect(rows.getByRole('row', { name: /^Description/ })).toContainText('Every order placed on the web shop, paid or not.')
  await expectNoSeriousA11yViolations(page)
  await snap(page, 'proposal-open', proposal)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByRole('tab', { name: 'Overview' }).click()
  await expect(proposal.getByRole('table')).toBeVisible()
  // Nothing of the proposal sticks out at phone width: long values wrap inside the table.
  const wide = await proposal.evaluate((section) =>
    [section, ...section.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 390).map((e) => `${e.tagName}.${e.className}`),
  )
  expect(wide).toEqual([])
  if (process.env.EDITING_SHOTS) await proposal.screenshot({ path: `${process.env.EDITING_SHOTS}/proposal-open-phone.png` })
  await page.setViewportSize({ width: 1280, height: 720 })

  await proposal.getByRole('button', { name: 'Withdraw proposal' }).click()
  await expect(proposal.getByRole('heading')).toHaveText('Proposed in #12 · closed')
  expect(repo.refs.has(BRANCH)).toBe(false)
})

test('an owner downloads an unsaved change as a patch that git apply accepts', async ({ page, context }) => {
  const repo = await serveShop(context)
  await page.goto(`${productUrl(ORDERS)}?tab=schema`)
  await signIn(page)
  await describeColumn(page, 'status', 'Where the order is')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download unsaved changes as a patch' }).click()
  const patch = readFileSync((await (await downloading).path())!, 'utf8')
  expect(repo.proposals).toEqual([])

  const dir = mkdtempSync(join(tmpdir(), 'tessera-patch-'))
  try {
    for (const [path, text] of filesOn(repo, 'main')) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    writeFileSync(join(dir, 'change.patch'), patch)
    execFileSync('git', ['init', '-q'], { cwd: dir })
    execFileSync('git', ['apply', 'change.patch'], { cwd: dir })
    expect(readFileSync(join(dir, 'shop/models/marts/_orders.yml'), 'utf8')).toBe(
      ORDERS_YML.replace('      - name: status\n', '      - name: status\n        description: Where the order is\n'),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
