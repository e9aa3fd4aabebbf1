/// <reference types="node" />
import { http, HttpResponse } from 'msw'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { accessTokens } from '../auth/access-tokens'
import { withContractProposals } from '../contracts/contract-proposals'
import { createContractsBackend } from '../contracts/create-contracts-backend'
import { loadContracts } from '../contracts/load-contracts'
import { readFixtureFile } from '../file-sources/read-fixture-file'
import { server } from '../../mocks/node'
import { commitsAhead, createGitRepo, filesOn, pushCommit, type GitRepo } from '../../mocks/git-repo'
import { createGitLabHandlers } from '../../mocks/gitlab/gitlab-handlers'
import { gitBlobSha } from './base64'
import { createGitLabHost } from './gitlab-host'

const BASE = 'https://gitlab.test/api/v4'
const TOKEN = 'glpat-test'
const PROJECT = 'data/analytics'

let repo: GitRepo
const use = (files: Record<string, string>) => {
  repo = createGitRepo({ owner: 'data', name: 'analytics', files, user: { login: 'ana', name: 'Ana Silva', email: 'ana@shop.example' } })
  server.use(...createGitLabHandlers(repo, { basePath: BASE, token: TOKEN }))
}
const host = (token: string | undefined = TOKEN) => createGitLabHost({ baseUrl: BASE, project: PROJECT, token: () => token })

describe('the GitLab client against the emulation', { timeout: 60_000 }, () => {
  it('reads who the token belongs to and a file with its blob id; a missing file or branch is undefined', async () => {
    use({ 'dbt/models/schema.yml': 'version: 2\n# é\n' })
    await expect(host().currentUser()).resolves.toEqual({ login: 'ana', name: 'Ana Silva', emails: ['ana@shop.example'] })
    await expect(host().readFile('dbt/models/schema.yml', 'main')).resolves.toEqual({ text: 'version: 2\n# é\n', blob: await gitBlobSha('version: 2\n# é\n') })
    await expect(host().readFile('dbt/models/none.yml', 'main')).resolves.toBeUndefined()
    await expect(host().branchHead('tessera/none')).resolves.toBeUndefined()
    // the project and the file path are each one URL-encoded path segment
    expect(repo.log).toContain('GET /projects/data%2Fanalytics/repository/files/dbt%2Fmodels%2Fschema.yml')
  })

  it('writes one commit with every file on a new branch and opens a merge request, then closes it', async () => {
    use({ 'a.yml': 'a: 1\n', 'b.yml': 'b: 1\n' })
    const gl = host()
    const base = (await gl.branchHead('main'))!
    await gl.createBranch('tessera/orders', base)
    await gl.commit('tessera/orders', base, 'Document orders', [
      { path: 'a.yml', text: 'a: 2\n', create: false },
      { path: 'new/c.yml', text: 'c: 1\n', create: true },
    ])
    const request = await gl.openProposal({ branch: 'tessera/orders', base: 'main', title: 'Document orders', body: '- a' })
    expect(request).toMatchObject({ reference: '!1', number: 1, state: 'open', branch: 'tessera/orders', url: 'https://gitlab.test/data/analytics/-/merge_requests/1' })
    expect(commitsAhead(repo, 'tessera/orders').map((c) => c.message)).toEqual(['Document orders'])
    expect(Object.fromEntries(filesOn(repo, 'tessera/orders'))).toEqual({ 'a.yml': 'a: 2\n', 'b.yml': 'b: 1\n', 'new/c.yml': 'c: 1\n' })
    expect(Object.fromEntries(filesOn(repo, 'main'))).toEqual({ 'a.yml': 'a: 1\n', 'b.yml': 'b: 1\n' })
    await expect(gl.findProposal('tessera/orders')).resolves.toMatchObject({ number: 1, state: 'open', body: '- a' })
    await expect(gl.updateProposal(1, { body: '- a\n- b' })).resolves.toMatchObject({ body: '- a\n- b', state: 'open' })
    await expect(gl.updateProposal(1, { state: 'closed' })).resolves.toMatchObject({ state: 'closed' })
    await gl.deleteBranch('tessera/orders')
    expect([...repo.refs.keys()]).toEqual(['main'])
  })

  it('refuses to write over a branch that moved since the change was prepared', async () => {
    use({ 'a.yml': 'a: 1\n' })
    const gl = host()
    const base = (await gl.branchHead('main'))!
    await gl.createBranch('tessera/orders', base)
    pushCommit(repo, 'tessera/orders', { 'a.yml': 'a: 3\n' })
    await expect(gl.commit('tessera/orders', base, 'x', [{ path: 'a.yml', text: 'a: 2\n', create: false }])).rejects.toMatchObject({ message: expect.stringMatching(/moved/) })
    expect(filesOn(repo, 'tessera/orders').get('a.yml')).toBe('a: 3\n')
  })

  it('explains a refused token and a token that may not write', async () => {
    use({ 'a.yml': 'a: 1\n' })
    await expect(host('expired').currentUser()).rejects.toMatchObject({ kind: 'forbidden', message: expect.stringMatching(/GitLab refused the token.*api scope/) })
    server.use(http.post(`${BASE}/projects/:id/repository/commits`, () => HttpResponse.json({ message: '403 Forbidden' }, { status: 403 })))
    const head = (await host().branchHead('main'))!
    await expect(host().commit('main', head, 'x', [{ path: 'a.yml', text: 'a: 2\n', create: false }])).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/may not do this in data\/analytics \(writing the commit\).*Developer role/),
    })
  })
})

describe('proposals for contract files on GitLab', { timeout: 60_000 }, () => {
  const ORDERS = readFileSync(new URL('../contracts/test-fixtures/orders.odcs.yaml', import.meta.url), 'utf8')
  const URN = 'urn:tessera:product:contracts.checkout.checkout'
  const BRANCH = 'tessera/contracts-checkout-checkout'
  afterEach(() => accessTokens.forget('contracts-git'))

  it('a save opens one merge request with one commit of exactly the change; a later save adds a commit to it', async () => {
    use({ 'contracts/orders.odcs.yaml': ORDERS, 'README.md': '# analytics\n' })
    accessTokens.set('contracts-git', TOKEN)
    const backend = withContractProposals(
      createContractsBackend({ id: 'contracts', label: 'Contracts', urls: ['orders.odcs.yaml'] }, (request) =>
        loadContracts({ ...request, base: new URL('../contracts/test-fixtures/', import.meta.url).href }, readFixtureFile),
      ),
      { host: 'gitlab', baseUrl: BASE, repository: PROJECT, branch: 'main', path: 'contracts' },
    )
    expect(backend.auth).toEqual([expect.objectContaining({ label: 'GitLab (data/analytics)', help: expect.stringMatching(/api scope/) })])
    await expect(backend.getIdentity!()).resolves.toMatchObject({ name: 'Ana Silva', description: 'GitLab user @ana' })

    const port = (await backend.getProduct(URN)).outputPorts[0]!
    await backend.updateProduct!(URN, { baseRevision: 1, changes: { description: 'Every order placed.', columnDescriptions: [{ outputPortId: port.id, column: 'order_id', description: 'The key.' }] } })
    expect(repo.proposals.map((p) => [p.number, p.head, p.base, p.state])).toEqual([[1, BRANCH, 'main', 'open']])
    expect(commitsAhead(repo, BRANCH)).toHaveLength(1)
    expect(filesOn(repo, BRANCH).get('contracts/orders.odcs.yaml')).toBe(
      ORDERS.replace('purpose: Every order placed in the web shop.', 'purpose: Every order placed.').replace('description: Order key.', 'description: The key.'),
    )
    await expect(backend.getProposal!(URN)).resolves.toMatchObject({ reference: '!1', state: 'open', url: 'https://gitlab.test/data/analytics/-/merge_requests/1' })

    await backend.updateProduct!(URN, { baseRevision: 1, changes: { tags: ['orders', 'finance'] } })
    expect(commitsAhead(repo, BRANCH)).toHaveLength(2)
    expect(repo.proposals).toHaveLength(1)
    expect(repo.proposals[0]?.body).toMatch(/Description[\s\S]*Tags/)

    await backend.withdrawProposal!(URN)
    expect(repo.proposals[0]?.state).toBe('closed')
    expect(repo.refs.has(BRANCH)).toBe(false)
  })
})
