import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { commitsAhead, createGitRepo, filesOn, pushCommit } from '../src/mocks/git-repo'
import { createGitLabHandlers } from '../src/mocks/gitlab/gitlab-handlers'
import { expectNoSeriousA11yViolations } from './support/axe'
import { productUrl } from './support/demo'
import { serveBackendFromNode } from './support/node-api'
import { shoot } from './support/shots'

test.describe.configure({ timeout: 60_000 })

const TOKEN = 'glpat-e2e-owner'
const CHECKOUT = 'urn:tessera:product:contracts.checkout.checkout'
const BRANCH = 'tessera/contracts-checkout-checkout'
const ORDERS = readFileSync(join(import.meta.dirname, '..', 'src/backends/contracts/test-fixtures/orders.odcs.yaml'), 'utf8')
const FILE = 'contracts/orders.odcs.yaml'

test('an owner of a contract proposes a description and a column description in one merge request on GitLab, over a teammate’s newer file', async ({ page, context, baseURL }) => {
  const repo = createGitRepo({ owner: 'data', name: 'analytics', files: { [FILE]: ORDERS }, user: { login: 'ana', name: 'Ana Silva', email: 'ana@shop.example' } })
  const handlers = createGitLabHandlers(repo, { basePath: '/gitlab-api', token: TOKEN })
  await serveBackendFromNode(
    context,
    {
      type: 'contracts',
      id: 'contracts',
      label: 'Contract repository',
      urls: ['orders.odcs.yaml'],
      repository: { host: 'gitlab', baseUrl: '/gitlab-api', repository: 'data/analytics', branch: 'main', path: 'contracts' },
    },
    '/gitlab-api',
    () => handlers,
  )
  await context.route(`${baseURL}/orders.odcs.yaml`, (route) => route.fulfill({ body: ORDERS, contentType: 'text/yaml' }))

  await page.goto(productUrl(CHECKOUT))
  await expect(page.getByRole('heading', { level: 1, name: 'checkout' })).toBeVisible()
  const proposal = page.getByRole('region', { name: /Proposed in|proposed as merge requests/ })
  await expect(proposal).toContainText('Enter a GitLab token to propose changes to data/analytics')

  const header = page.getByRole('banner')
  await header.getByRole('button', { name: 'Enter access token' }).click()
  const panel = header.getByRole('group', { name: 'Access tokens' })
  await expect(panel).toContainText('api scope and at least the Developer role')
  await panel.getByLabel('Access token for GitLab (data/analytics)').fill(TOKEN)
  await page.keyboard.press('Enter')

  // a teammate changed the contract on main meanwhile: the change is applied to the file as it is now
  const teammates = ORDERS.replace('usage: Reporting and forecasting.', 'usage: Reporting, forecasting and audits.')
  pushCommit(repo, 'main', { [FILE]: teammates })
  await page.getByRole('button', { name: 'Edit description' }).click()
  await page.getByRole('textbox', { name: 'Description (Markdown)' }).fill('Every order placed.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(proposal.getByRole('heading')).toHaveText('Proposed in !1 · open')
  await expect(proposal.getByRole('heading').getByRole('link', { name: '!1' })).toHaveAttribute('href', 'https://gitlab.test/data/analytics/-/merge_requests/1')

  await page.getByRole('tab', { name: /^Schema/ }).click()
  const table = page.getByRole('table', { name: 'Columns of orders' })
  await table.getByRole('button', { name: 'Edit description of order_id' }).click()
  await table.getByRole('textbox', { name: 'Description of order_id' }).fill('The order’s key.')
  await page.keyboard.press('Enter')
  await expect(proposal.getByRole('row')).toHaveCount(3)

  // what the emulated GitLab received: one branch, one merge request, a commit per save, exactly the change
  expect([...repo.refs.keys()]).toEqual(['main', BRANCH])
  expect(repo.proposals.map((p) => [p.number, p.head, p.base, p.state])).toEqual([[1, BRANCH, 'main', 'open']])
  expect(commitsAhead(repo, BRANCH)).toHaveLength(2)
  expect(filesOn(repo, BRANCH).get(FILE)).toBe(
    teammates.replace('purpose: Every order placed in the web shop.', 'purpose: Every order placed.').replace('description: Order key.', 'description: The order’s key.'),
  )
  expect(repo.proposals[0]?.body).toContain('Column order_id of orders')
  await expect(proposal).toContainText('until the merge request is merged')
  await shoot(page, 'proposal-gitlab', proposal)
  await expectNoSeriousA11yViolations(page)
})
