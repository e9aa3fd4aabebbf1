/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { accessTokens } from '../auth/access-tokens'
import { readFixtureFile } from '../file-sources/read-fixture-file'
import { server } from '../../mocks/node'
import { createGitHubHandlers } from '../../mocks/github/github-handlers'
import { commitsAhead, createGitRepo, filesOn, pushCommit, type GitRepo } from '../../mocks/git-repo'
import { watchGitHubOpenApi } from '../../mocks/github/github-openapi'
import { withContractProposals } from './contract-proposals'
import { createContractsBackend } from './create-contracts-backend'
import { loadContracts } from './load-contracts'

const BASE = 'https://api.github.test'
const TOKEN = 'ghp_contracts'
const URN = 'urn:tessera:product:contracts.checkout.checkout'
const ORDERS = readFileSync(new URL('./test-fixtures/orders.odcs.yaml', import.meta.url), 'utf8')
const openApi = watchGitHubOpenApi(server, BASE)

let repo: GitRepo
const backend = () =>
  withContractProposals(
    createContractsBackend({ id: 'contracts', label: 'Contracts', urls: ['orders.odcs.yaml'] }, (request) =>
      loadContracts({ ...request, base: new URL('./test-fixtures/', import.meta.url).href }, readFixtureFile),
    ),
    { host: 'github', baseUrl: BASE, repository: 'acme/analytics', branch: 'main', path: 'contracts' },
  )

beforeEach(() => {
  repo = createGitRepo({ owner: 'acme', name: 'analytics', files: { 'contracts/orders.odcs.yaml': ORDERS, 'README.md': '# analytics\n' }, user: { login: 'ana', name: 'Ana', email: 'ana@shop.example' } })
  server.use(...createGitHubHandlers(repo, { basePath: BASE, token: TOKEN }))
  accessTokens.set('contracts-git', TOKEN)
})
afterEach(async () => {
  accessTokens.forget('contracts-git')
  expect(await openApi.problems()).toEqual([])
})

describe('proposals for contract files on GitHub', { timeout: 60_000 }, () => {
  it('knows the token’s user as the contract’s owner and offers editing of what the file holds', async () => {
    const b = backend()
    expect(b.capabilities).toMatchObject({ edit: true, editableFields: ['description', 'tags', 'columnDescriptions'] })
    expect(b.auth).toEqual([expect.objectContaining({ backendId: 'contracts-git', label: 'GitHub (acme/analytics)', help: expect.stringMatching(/Contents: Read and write/) })])
    await expect(b.getIdentity!()).resolves.toMatchObject({ personId: 'contracts-person-ana-shop-example', name: 'Ana Silva' })
    accessTokens.forget('contracts-git')
    await expect(b.getIdentity!()).resolves.toMatchObject({ personId: null, description: expect.stringMatching(/Enter a GitHub token/) })
  })

  it('a save opens one pull request with one commit of exactly the change; a later save adds a commit', async () => {
    const b = backend()
    const product = await b.getProduct(URN)
    const port = product.outputPorts[0]!
    await b.updateProduct!(URN, { baseRevision: 1, changes: { description: 'Every order placed.', columnDescriptions: [{ outputPortId: port.id, column: 'order_id', description: 'The key.' }] } })

    expect([...repo.refs.keys()]).toEqual(['main', 'tessera/contracts-checkout-checkout'])
    const [first] = commitsAhead(repo, 'tessera/contracts-checkout-checkout')
    expect(first?.message).toMatch(/^Document checkout\n\n- Description: “Every order placed.”\n- Column order_id of orders: “The key.”/)
    const proposed = filesOn(repo, 'tessera/contracts-checkout-checkout')
    expect(proposed.get('README.md')).toBe('# analytics\n')
    expect(proposed.get('contracts/orders.odcs.yaml')).toBe(
      ORDERS.replace('purpose: Every order placed in the web shop.', 'purpose: Every order placed.').replace('description: Order key.', 'description: The key.'),
    )
    expect(repo.proposals).toHaveLength(1)
    expect(repo.proposals[0]).toMatchObject({ number: 12, title: 'Document checkout', head: 'tessera/contracts-checkout-checkout', base: 'main' })
    expect(repo.proposals[0]?.body).toContain('- **Description**: “Every order placed in the web shop.” → “Every order placed.”')

    await expect(b.getProposal!(URN)).resolves.toEqual({
      reference: '#12',
      url: 'https://github.test/acme/analytics/pull/12',
      state: 'open',
      repository: 'acme/analytics',
      changes: [
        { field: 'description', label: 'Description', published: 'Every order placed in the web shop.', proposed: 'Every order placed.' },
        { field: `column:${port.id}:order_id`, label: 'Column order_id of orders', published: 'Order key.', proposed: 'The key.' },
      ],
    })

    await b.updateProduct!(URN, { baseRevision: 1, changes: { tags: ['orders'] } })
    expect(commitsAhead(repo, 'tessera/contracts-checkout-checkout')).toHaveLength(2)
    expect(repo.proposals).toHaveLength(1)
    const after = parseDocument(filesOn(repo, 'tessera/contracts-checkout-checkout').get('contracts/orders.odcs.yaml')!).toJS()
    expect(after).toMatchObject({ tags: ['orders'], description: { purpose: 'Every order placed.' } })
    expect((await b.getProposal!(URN))?.changes.map((c) => c.label)).toEqual(['Description', 'Column order_id of orders', 'Tags'])
  })

  it('re-applies the change to a file that changed on the base branch since Tessera read it', async () => {
    pushCommit(repo, 'main', { 'contracts/orders.odcs.yaml': ORDERS.replace('status: active', 'status: active # reviewed') })
    const b = backend()
    await b.updateProduct!(URN, { baseRevision: 1, changes: { description: 'Every order placed.' } })
    expect(filesOn(repo, 'tessera/contracts-checkout-checkout').get('contracts/orders.odcs.yaml')).toBe(
      ORDERS.replace('status: active', 'status: active # reviewed').replace('purpose: Every order placed in the web shop.', 'purpose: Every order placed.'),
    )
  })

  it('keeps a change that no longer applies unproposed, with the reason', async () => {
    pushCommit(repo, 'main', { 'contracts/orders.odcs.yaml': 'just: text\n' })
    const b = backend()
    const port = (await b.getProduct(URN)).outputPorts[0]!
    await expect(b.updateProduct!(URN, { baseRevision: 1, changes: { columnDescriptions: [{ outputPortId: port.id, column: 'order_id', description: 'x' }] } })).rejects.toMatchObject({
      kind: 'invalid-data',
      message: expect.stringMatching(/cannot be proposed as it is: Column order_id: its contract file could not be read/),
    })
    expect(repo.proposals).toEqual([])
    expect(repo.refs.size).toBe(1)
  })

  it('withdraws the proposal: closed, branch gone; the next save opens a new one', async () => {
    const b = backend()
    await b.updateProduct!(URN, { baseRevision: 1, changes: { description: 'One.' } })
    await b.withdrawProposal!(URN)
    expect(repo.proposals[0]?.state).toBe('closed')
    expect(repo.refs.has('tessera/contracts-checkout-checkout')).toBe(false)
    await expect(b.getProposal!(URN)).resolves.toMatchObject({ reference: '#12', state: 'closed' })
    await b.updateProduct!(URN, { baseRevision: 1, changes: { description: 'Two.' } })
    await expect(b.getProposal!(URN)).resolves.toMatchObject({ reference: '#13', state: 'open' })
  })

  it('writes the change as a patch without proposing it', async () => {
    const patch = await backend().diffFor!(URN, { description: 'Every order placed.' })
    expect(patch).toContain('--- a/contracts/orders.odcs.yaml\n+++ b/contracts/orders.odcs.yaml\n')
    expect(patch).toContain('-  purpose: Every order placed in the web shop.\n+  purpose: Every order placed.\n')
    expect(repo.proposals).toEqual([])
  })
})
