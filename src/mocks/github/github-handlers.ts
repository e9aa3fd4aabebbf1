import { http, HttpResponse, type RequestHandler } from 'msw'
import { decodeBase64, encodeBase64, gitBlobSha } from '../../backends/git-host/base64'
import { fakeSha, filesOn, type Commit, type GitRepo, type Proposal } from '../git-repo'
import samples from './github-samples.json' with { type: 'json' }

const at = (time = Date.now()) => new Date(time).toISOString().replace(/\.\d+Z$/, 'Z')

const error = (status: number, message: string) =>
  HttpResponse.json({ message, documentation_url: 'https://docs.github.com/rest', status: String(status) }, { status })

function gitRef(repo: GitRepo, branch: string, base: string) {
  const sha = repo.refs.get(branch) as string
  return {
    ...samples['git-ref'],
    ref: `refs/heads/${branch}`,
    node_id: `REF_${branch}`,
    url: `${base}/repos/${repo.owner}/${repo.name}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `${base}/repos/${repo.owner}/${repo.name}/git/commits/${sha}` },
  }
}

function gitCommit(repo: GitRepo, commit: Commit, base: string) {
  const url = `${base}/repos/${repo.owner}/${repo.name}/git/commits/${commit.sha}`
  const person = { name: repo.user.name, email: repo.user.email ?? `${repo.user.login}@users.noreply.github.test`, date: at() }
  return {
    ...samples['git-commit'],
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url,
    html_url: `https://github.test/${repo.owner}/${repo.name}/commit/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.tree, url: `${base}/repos/${repo.owner}/${repo.name}/git/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({ sha, url: `${base}/repos/${repo.owner}/${repo.name}/git/commits/${sha}`, html_url: `https://github.test/${repo.owner}/${repo.name}/commit/${sha}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  }
}

function pullJson(repo: GitRepo, pull: Proposal, full: boolean) {
  const html = `https://github.test/${repo.owner}/${repo.name}/pull/${pull.number}`
  const branchRef = (branch: string) => ({
    ...samples['pull-request'].head,
    label: `${repo.owner}:${branch}`,
    ref: branch,
    sha: repo.refs.get(branch) ?? '',
  })
  return {
    ...(full ? samples['pull-request'] : samples['pull-request-simple']),
    id: pull.number,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    html_url: html,
    url: html,
    created_at: pull.created_at,
    updated_at: pull.created_at,
    head: branchRef(pull.head),
    base: branchRef(pull.base),
  }
}

/** The ref in a path, decoded: Octokit sends `heads%2Ftessera%2Fx`. */
const refBranch = (raw: string) => decodeURIComponent(raw).replace(/^heads\//, '')

/**
 * GitHub's REST API for one repository, as Tessera's proposals use it: contents, git refs,
 * blobs, trees and commits, pull requests, and the token's user. Answers follow GitHub's
 * OpenAPI description (checked in github-host.test.ts). Requests need `Bearer <token>`.
 */
export function createGitHubHandlers(repo: GitRepo, { basePath, token }: { basePath: string; token: string }): RequestHandler[] {
  // A path (a proxy's, as in e2e) matches on any origin; a full address only on its own.
  const root = `${basePath.startsWith('/') ? '*' : ''}${basePath.replace(/\/+$/, '')}`
  const prefix = `${root}/repos/${repo.owner}/${repo.name}`
  const authorised = (request: Request) => request.headers.get('authorization') === `Bearer ${token}`
  const guard = (resolve: (args: { request: Request; url: URL; params: Record<string, string | readonly string[] | undefined> }) => Response | Promise<Response>) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const url = new URL(request.url)
      repo.log.push(`${request.method} ${decodeURIComponent(url.pathname.slice(url.pathname.indexOf(basePath) + basePath.length))}`)
      if (!authorised(request)) return error(401, 'Bad credentials')
      return resolve({ request, url, params })
    }
  const origin = (url: URL) => `${url.origin}${basePath}`
  const wildcard = (url: URL, marker: string) => decodeURIComponent(url.pathname.slice(url.pathname.indexOf(marker) + marker.length))

  return [
    http.get(`${root}/user`, guard(() =>
      HttpResponse.json({ ...samples['private-user'], login: repo.user.login, name: repo.user.name, email: repo.user.email, id: 7, created_at: at(0), updated_at: at(0) }),
    )),
    http.get(`${prefix}/contents/*`, guard(async ({ url }) => {
      const path = wildcard(url, '/contents/')
      const branch = url.searchParams.get('ref') ?? repo.defaultBranch
      const text = filesOn(repo, branch).get(path)
      if (text === undefined) return error(404, 'Not Found')
      const sha = await gitBlobSha(text)
      const link = `${origin(url)}/repos/${repo.owner}/${repo.name}/contents/${path}?ref=${branch}`
      return HttpResponse.json({
        ...samples['content-file'],
        type: 'file',
        encoding: 'base64',
        size: new TextEncoder().encode(text).length,
        name: path.split('/').pop(),
        path,
        content: encodeBase64(text).replace(/(.{60})/g, '$1\n'),
        sha,
        url: link,
        git_url: link,
        html_url: link,
        download_url: link,
        _links: { self: link, git: link, html: link },
      })
    })),
    http.get(`${prefix}/git/ref/*`, guard(({ url }) => {
      const branch = refBranch(wildcard(url, '/git/ref/'))
      return repo.refs.has(branch) ? HttpResponse.json(gitRef(repo, branch, origin(url))) : error(404, 'Not Found')
    })),
    http.post(`${prefix}/git/refs`, guard(async ({ request, url }) => {
      const body = (await request.json()) as { ref?: string; sha?: string }
      const branch = body.ref?.replace(/^refs\/heads\//, '')
      if (!branch || !body.sha || !repo.commits.has(body.sha)) return error(422, 'Invalid request.')
      if (repo.refs.has(branch)) return error(422, 'Reference already exists')
      repo.refs.set(branch, body.sha)
      return HttpResponse.json(gitRef(repo, branch, origin(url)), { status: 201 })
    })),
    http.patch(`${prefix}/git/refs/*`, guard(async ({ request, url }) => {
      const branch = refBranch(wildcard(url, '/git/refs/'))
      const body = (await request.json()) as { sha?: string }
      const head = repo.refs.get(branch)
      if (!head) return error(422, 'Reference does not exist')
      if (!body.sha || !repo.commits.get(body.sha)?.parents.includes(head)) return error(422, 'Update is not a fast forward')
      repo.refs.set(branch, body.sha)
      return HttpResponse.json(gitRef(repo, branch, origin(url)))
    })),
    http.delete(`${prefix}/git/refs/*`, guard(({ url }) => {
      const branch = refBranch(wildcard(url, '/git/refs/'))
      if (!repo.refs.has(branch) || branch === repo.defaultBranch) return error(422, 'Reference does not exist')
      repo.refs.delete(branch)
      return new HttpResponse(null, { status: 204 })
    })),
    http.get(`${prefix}/git/commits/:sha`, guard(({ params, url }) => {
      const commit = repo.commits.get(String(params.sha))
      return commit ? HttpResponse.json(gitCommit(repo, commit, origin(url))) : error(404, 'Not Found')
    })),
    http.post(`${prefix}/git/blobs`, guard(async ({ request, url }) => {
      const body = (await request.json()) as { content?: string; encoding?: string }
      if (typeof body.content !== 'string') return error(422, 'Invalid request.')
      const text = body.encoding === 'base64' ? decodeBase64(body.content) : body.content
      const sha = await gitBlobSha(text)
      repo.blobs.set(sha, text)
      return HttpResponse.json({ sha, url: `${origin(url)}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}` }, { status: 201 })
    })),
    http.post(`${prefix}/git/trees`, guard(async ({ request, url }) => {
      const body = (await request.json()) as { base_tree?: string; tree?: { path: string; sha?: string; content?: string }[] }
      const base = body.base_tree ? repo.trees.get(body.base_tree) : new Map<string, string>()
      if (!base || !Array.isArray(body.tree)) return error(422, 'Invalid tree')
      const files = new Map(base)
      for (const entry of body.tree) {
        const text = entry.content ?? (entry.sha ? repo.blobs.get(entry.sha) : undefined)
        if (text === undefined) return error(422, `Blob ${entry.sha} not found`)
        files.set(entry.path, text)
      }
      const sha = fakeSha('tree')
      repo.trees.set(sha, files)
      return HttpResponse.json({ ...samples['git-tree'], sha, url: `${origin(url)}/repos/${repo.owner}/${repo.name}/git/trees/${sha}`, tree: [], truncated: false }, { status: 201 })
    })),
    http.post(`${prefix}/git/commits`, guard(async ({ request, url }) => {
      const body = (await request.json()) as { message?: string; tree?: string; parents?: string[] }
      if (!body.message || !body.tree || !repo.trees.has(body.tree)) return error(422, 'Invalid commit')
      const commit = { sha: fakeSha('commit'), tree: body.tree, parents: body.parents ?? [], message: body.message }
      repo.commits.set(commit.sha, commit)
      return HttpResponse.json(gitCommit(repo, commit, origin(url)), { status: 201 })
    })),
    http.get(`${prefix}/pulls`, guard(({ url }) => {
      const head = url.searchParams.get('head')?.replace(`${repo.owner}:`, '')
      const state = url.searchParams.get('state') ?? 'open'
      const pulls = repo.proposals.filter((p) => (!head || p.head === head) && (state === 'all' || p.state === state))
      return HttpResponse.json(pulls.map((p) => pullJson(repo, p, false)))
    })),
    http.post(`${prefix}/pulls`, guard(async ({ request, url }) => {
      const body = (await request.json()) as { head?: string; base?: string; title?: string; body?: string }
      if (!body.head || !repo.refs.has(body.head) || !body.base || !repo.refs.has(body.base) || !body.title) return error(422, 'Validation Failed')
      if (repo.proposals.some((p) => p.head === body.head && p.state === 'open')) return error(422, `A pull request already exists for ${repo.owner}:${body.head}.`)
      const pull: Proposal = { number: repo.proposals.length + 12, state: 'open', title: body.title, body: body.body ?? '', head: body.head, base: body.base, created_at: at() }
      repo.proposals.push(pull)
      void url
      return HttpResponse.json(pullJson(repo, pull, true), { status: 201 })
    })),
    http.patch(`${prefix}/pulls/:number`, guard(async ({ request, params }) => {
      const pull = repo.proposals.find((p) => p.number === Number(params.number))
      if (!pull) return error(404, 'Not Found')
      const body = (await request.json()) as { body?: string; state?: 'open' | 'closed'; title?: string }
      if (body.body !== undefined) pull.body = body.body
      if (body.title !== undefined) pull.title = body.title
      if (body.state) pull.state = body.state
      return HttpResponse.json(pullJson(repo, pull, true))
    })),
  ]
}
