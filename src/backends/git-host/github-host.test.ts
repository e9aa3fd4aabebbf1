/// <reference types="node" />
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { watchGitHubOpenApi } from '../../mocks/github/github-openapi'
import { createGitHubHandlers } from '../../mocks/github/github-handlers'
import { commitsAhead, createGitRepo, filesOn, type GitRepo } from '../../mocks/git-repo'
import { gitBlobSha } from './base64'
import { createGitHubHost } from './github-host'

const BASE = 'https://api.github.test'
const TOKEN = 'ghp_test'

const openApi = watchGitHubOpenApi(server, BASE)

let repo: GitRepo
const use = (files: Record<string, string>) => {
  repo = createGitRepo({ owner: 'acme', name: 'analytics', files, user: { login: 'ana', name: 'Ana Silva', email: 'ana@shop.example' } })
  server.use(...createGitHubHandlers(repo, { basePath: BASE, token: TOKEN }))
}
const host = (token: string | undefined = TOKEN) => createGitHubHost({ baseUrl: BASE, owner: 'acme', repo: 'analytics', token: () => token })

afterEach(async () => {
  expect(await openApi.problems()).toEqual([])
})

describe('the GitHub client against the emulation, both checked against GitHub’s OpenAPI description', { timeout: 60_000 }, () => {
  it('reads who the token belongs to and a file with its blob sha; a missing file or branch is undefined', async () => {
    use({ 'dbt/models/schema.yml': 'version: 2\n# é\n' })
    await expect(host().currentUser()).resolves.toEqual({ login: 'ana', name: 'Ana Silva', emails: ['ana@shop.example'] })
    const file = await host().readFile('dbt/models/schema.yml', 'main')
    expect(file).toEqual({ text: 'version: 2\n# é\n', blob: await gitBlobSha('version: 2\n# é\n') })
    await expect(host().readFile('dbt/models/none.yml', 'main')).resolves.toBeUndefined()
    await expect(host().branchHead('tessera/none')).resolves.toBeUndefined()
    expect(openApi.checked).toContain('GET /repos/{owner}/{repo}/contents/{path} 200')
  })

  it('writes one commit with every file on a new branch and opens a pull request, then closes it', async () => {
    use({ 'a.yml': 'a: 1\n', 'b.yml': 'b: 1\n' })
    const gh = host()
    const base = (await gh.branchHead('main'))!
    await gh.createBranch('tessera/orders', base)
    await gh.commit('tessera/orders', base, 'Document orders', [
      { path: 'a.yml', text: 'a: 2\n', create: false },
      { path: 'new/c.yml', text: 'c: 1\n', create: true },
    ])
    const pull = await gh.openProposal({ branch: 'tessera/orders', base: 'main', title: 'Document orders', body: '- a' })
    expect(pull).toMatchObject({ reference: '#12', number: 12, state: 'open', branch: 'tessera/orders', url: 'https://github.test/acme/analytics/pull/12' })
    expect(commitsAhead(repo, 'tessera/orders').map((c) => c.message)).toEqual(['Document orders'])
    expect(Object.fromEntries(filesOn(repo, 'tessera/orders'))).toEqual({ 'a.yml': 'a: 2\n', 'b.yml': 'b: 1\n', 'new/c.yml': 'c: 1\n' })
    expect(Object.fromEntries(filesOn(repo, 'main'))).toEqual({ 'a.yml': 'a: 1\n', 'b.yml': 'b: 1\n' })
    await expect(gh.findProposal('tessera/orders')).resolves.toMatchObject({ number: 12, state: 'open' })
    await expect(gh.updateProposal(12, { state: 'closed' })).resolves.toMatchObject({ state: 'closed' })
  })

  it('explains a refused token and a token that may not write', async () => {
    use({ 'a.yml': 'a: 1\n' })
    await expect(host('expired').currentUser()).rejects.toMatchObject({ kind: 'forbidden', message: expect.stringMatching(/refused the token.*Contents: Read and write/) })
    server.use(
      http.post(`${BASE}/repos/acme/analytics/git/blobs`, () =>
        HttpResponse.json({ message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com', status: '403' }, { status: 403 }),
      ),
    )
    const head = (await host().branchHead('main'))!
    await expect(host().commit('main', head, 'x', [{ path: 'a.yml', text: 'a: 2\n', create: false }])).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/may not do this in acme\/analytics \(writing a\.yml\)/),
    })
  })
})
