/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv from 'ajv'
import { http, HttpResponse } from 'msw'
import addFormats from 'ajv-formats'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { commitsAhead, createGitHubHandlers, createGitHubRepo, filesOn, type GitHubRepo } from '../../mocks/github/github-handlers'
import { gitBlobSha } from './base64'
import { createGitHubHost } from './github-host'

const BASE = 'https://api.github.test'
const TOKEN = 'ghp_test'

type Operation = {
  requestBody?: { content?: { 'application/json'?: { schema: object } } }
  responses: Record<string, { content?: { 'application/json'?: { schema: object } } }>
}

const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>
}
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
addFormats(ajv)
ajv.addSchema(spec as object, 'github', undefined, false)

const routes = Object.keys(spec.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{(path|ref)\}/g, '(.+)').replace(/\{[^}]+\}/g, '([^/]+)')}$`),
}))

/** The operation GitHub's OpenAPI description defines for a request, preferring the most specific path. */
function operationOf(method: string, pathname: string): { template: string; operation: Operation } | undefined {
  const matches = routes.filter((r) => r.pattern.test(pathname) && spec.paths[r.template]?.[method.toLowerCase()])
  const best = matches.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length)[0]
  return best ? { template: best.template, operation: spec.paths[best.template]![method.toLowerCase()]! } : undefined
}

const pointer = (template: string, method: string, rest: string) => `github#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/${rest}`

/** Every request and response, checked against GitHub's schema for its operation. */
const problems: string[] = []
const checked: string[] = []
const bodies = new Map<string, Promise<unknown>>()
const pending: Promise<void>[] = []
beforeAll(() => {
  server.events.on('request:start', ({ request, requestId }) => {
    if (request.method !== 'GET') bodies.set(requestId, request.clone().json().catch(() => undefined))
  })
  server.events.on('response:mocked', ({ request, requestId, response }) => void pending.push(check(request, requestId, response)))
})

async function check(request: Request, requestId: string, response: Response) {
  {
    const url = new URL(request.url)
    if (url.origin !== BASE) return
    const method = request.method.toLowerCase()
    const found = operationOf(method, decodeURIComponent(url.pathname))
    if (!found) return void problems.push(`${request.method} ${url.pathname}: not in GitHub's API`)
    checked.push(`${request.method} ${found.template} ${response.status}`)
    if (found.operation.requestBody?.content?.['application/json']) {
      const validate = ajv.getSchema(pointer(found.template, method, 'requestBody/content/application~1json/schema'))!
      if (!validate(await bodies.get(requestId))) problems.push(`${request.method} ${found.template} request: ${ajv.errorsText(validate.errors)}`)
    }
    const declared = found.operation.responses[String(response.status)]
    if (!declared) return void problems.push(`${request.method} ${found.template}: GitHub does not answer ${response.status}`)
    if (declared.content?.['application/json']) {
      const validate = ajv.getSchema(pointer(found.template, method, `responses/${response.status}/content/application~1json/schema`))!
      if (!validate(await response.clone().json())) problems.push(`${request.method} ${found.template} ${response.status}: ${ajv.errorsText(validate.errors)}`)
    }
  }
}

let repo: GitHubRepo
const use = (files: Record<string, string>) => {
  repo = createGitHubRepo({ owner: 'acme', name: 'analytics', files, user: { login: 'ana', name: 'Ana Silva', email: 'ana@shop.example' } })
  server.use(...createGitHubHandlers(repo, { basePath: BASE, token: TOKEN }))
}
const host = (token: string | undefined = TOKEN) => createGitHubHost({ baseUrl: BASE, owner: 'acme', repo: 'analytics', token: () => token })

afterEach(async () => {
  await Promise.all(pending.splice(0))
  expect(problems).toEqual([])
  problems.length = 0
})

describe('the GitHub client against the emulation, both checked against GitHub’s OpenAPI description', { timeout: 60_000 }, () => {
  it('reads who the token belongs to and a file with its blob sha; a missing file or branch is undefined', async () => {
    use({ 'dbt/models/schema.yml': 'version: 2\n# é\n' })
    await expect(host().currentUser()).resolves.toEqual({ login: 'ana', name: 'Ana Silva', emails: ['ana@shop.example'] })
    const file = await host().readFile('dbt/models/schema.yml', 'main')
    expect(file).toEqual({ text: 'version: 2\n# é\n', blob: await gitBlobSha('version: 2\n# é\n') })
    await expect(host().readFile('dbt/models/none.yml', 'main')).resolves.toBeUndefined()
    await expect(host().branchHead('tessera/none')).resolves.toBeUndefined()
    expect(checked).toContain('GET /repos/{owner}/{repo}/contents/{path} 200')
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
