import type { BranchSchema, CommitSchema, MergeRequestSchema, RepositoryFileExpandedSchema, SimpleUserSchema, UserSchema } from '@gitbeaker/core'
import { http, HttpResponse, type RequestHandler } from 'msw'
import { decodeBase64, encodeBase64, gitBlobSha } from '../../backends/git-host/base64'
import { fakeSha, filesOn, type GitRepo, type Proposal } from '../git-repo'

const at = (time = Date.now()) => new Date(time).toISOString()
const error = (status: number, message: string | string[]) => HttpResponse.json({ message }, { status })

/** The fields of a user GitLab's `GET /user` answers with that Tessera reads, plus the e-mail addresses a token's owner sees. */
type CurrentUser = Pick<UserSchema, keyof SimpleUserSchema | 'public_email' | 'bio'> & { email: string; commit_email: string }
/** The fields of a merge request that GitLab always sends and Tessera reads. */
type MergeRequest = Pick<MergeRequestSchema, 'id' | 'iid' | 'project_id' | 'title' | 'description' | 'state' | 'created_at' | 'updated_at' | 'web_url' | 'source_branch' | 'target_branch'>

/**
 * GitLab's REST API (v4) for one project, as Tessera's proposals use it: repository files,
 * branches, commits with actions, merge requests, and the token's user. Shapes follow GitLab's
 * REST documentation, typed by Gitbeaker's schemas. Requests need the `PRIVATE-TOKEN` header
 * (or `Authorization: Bearer`). The project is addressed by its URL-encoded path.
 */
export function createGitLabHandlers(repo: GitRepo, { basePath, token, webUrl = 'https://gitlab.test' }: { basePath: string; token: string; webUrl?: string }): RequestHandler[] {
  const root = `${basePath.startsWith('/') ? '*' : ''}${basePath.replace(/\/+$/, '')}`
  const project = `${repo.owner}/${repo.name}`
  const projectWeb = `${webUrl}/${project}`
  const apiPath = (basePath.startsWith('/') ? basePath : new URL(basePath).pathname).replace(/\/+$/, '')
  const authorised = (request: Request) => request.headers.get('private-token') === token || request.headers.get('authorization') === `Bearer ${token}`

  /** `/projects/<id>/<rest>` → the rest, when `<id>` is this project's encoded path (or its numeric id, 1). */
  const routeOf = (url: URL): string | undefined => {
    const marker = '/projects/'
    const tail = url.pathname.slice(url.pathname.indexOf(marker) + marker.length)
    const [id, ...rest] = tail.split('/')
    return decodeURIComponent(id ?? '') === project || id === '1' ? rest.join('/') : undefined
  }
  type Handler = (args: { request: Request; url: URL; route: string }) => Response | Promise<Response>
  const guard = (resolve: Handler) => async ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    const route = routeOf(url)
    // logged as sent: the project and file paths stay URL-encoded, one segment each
    repo.log.push(`${request.method} ${url.pathname.slice(url.pathname.indexOf(apiPath) + apiPath.length)}`)
    if (!authorised(request)) return error(401, '401 Unauthorized')
    if (route === undefined) return error(404, '404 Project Not Found')
    return resolve({ request, url, route })
  }

  const commitJson = (sha: string): CommitSchema => {
    const commit = repo.commits.get(sha)
    const when = at()
    return {
      id: sha,
      short_id: sha.slice(0, 8),
      title: commit?.message.split('\n')[0] ?? '',
      message: commit?.message ?? '',
      author_name: repo.user.name,
      author_email: repo.user.email ?? `${repo.user.login}@gitlab.test`,
      authored_date: when,
      committer_name: repo.user.name,
      committer_email: repo.user.email ?? `${repo.user.login}@gitlab.test`,
      committed_date: when,
      created_at: when,
      parent_ids: commit?.parents ?? [],
      web_url: `${projectWeb}/-/commit/${sha}`,
    }
  }
  const branchJson = (name: string): BranchSchema => {
    const { web_url: _web, created_at: _created, ...commit } = commitJson(repo.refs.get(name) as string)
    return {
      name,
      merged: false,
      protected: name === repo.defaultBranch,
      default: name === repo.defaultBranch,
      developers_can_push: name !== repo.defaultBranch,
      developers_can_merge: name !== repo.defaultBranch,
      can_push: true,
      web_url: `${projectWeb}/-/tree/${name}`,
      commit,
    }
  }
  const mergeRequestJson = (proposal: Proposal): MergeRequest => ({
    id: 1000 + proposal.number,
    iid: proposal.number,
    project_id: 1,
    title: proposal.title,
    description: proposal.body,
    state: proposal.state === 'open' ? 'opened' : 'closed',
    created_at: proposal.created_at,
    updated_at: proposal.created_at,
    web_url: `${projectWeb}/-/merge_requests/${proposal.number}`,
    source_branch: proposal.head,
    target_branch: proposal.base,
  })
  const commitOn = (branch: string, message: string, files: Map<string, string>) => {
    const tree = fakeSha('tree')
    repo.trees.set(tree, files)
    const sha = fakeSha('commit')
    repo.commits.set(sha, { sha, tree, parents: [repo.refs.get(branch) as string], message })
    repo.refs.set(branch, sha)
    return sha
  }

  return [
    http.get(`${root}/user`, async ({ request }) => {
      repo.log.push('GET /user')
      if (!authorised(request)) return error(401, '401 Unauthorized')
      const user: CurrentUser = {
        id: 7,
        username: repo.user.login,
        name: repo.user.name,
        state: 'active',
        avatar_url: `${webUrl}/uploads/-/system/user/avatar/7/avatar.png`,
        web_url: `${webUrl}/${repo.user.login}`,
        created_at: at(0),
        bio: null,
        public_email: repo.user.email,
        email: repo.user.email ?? `${repo.user.login}@gitlab.test`,
        commit_email: repo.user.email ?? `${repo.user.login}@gitlab.test`,
      }
      return HttpResponse.json(user)
    }),
    http.get(`${root}/projects/*`, guard(async ({ url, route }) => {
      const file = /^repository\/files\/([^/]+)$/.exec(route)
      if (file) {
        const path = decodeURIComponent(file[1]!)
        const ref = url.searchParams.get('ref')
        if (!ref) return error(400, 'ref is missing')
        const text = filesOn(repo, ref).get(path)
        if (text === undefined) return error(404, '404 File Not Found')
        const head = repo.refs.get(ref) ?? ref
        const body: RepositoryFileExpandedSchema = {
          file_name: path.split('/').pop() as string,
          file_path: path,
          size: new TextEncoder().encode(text).length,
          encoding: 'base64',
          content: encodeBase64(text),
          content_sha256: '',
          ref,
          blob_id: await gitBlobSha(text),
          commit_id: head,
          last_commit_id: head,
        }
        return HttpResponse.json(body)
      }
      const branch = /^repository\/branches\/([^/]+)$/.exec(route)
      if (branch) {
        const name = decodeURIComponent(branch[1]!)
        return repo.refs.has(name) ? HttpResponse.json(branchJson(name)) : error(404, '404 Branch Not Found')
      }
      if (route === 'merge_requests') {
        const source = url.searchParams.get('source_branch')
        const state = url.searchParams.get('state') ?? 'all'
        const wanted = (p: Proposal) => state === 'all' || (state === 'opened' ? p.state === 'open' : p.state === 'closed')
        const found = repo.proposals.filter((p) => (!source || p.head === source) && wanted(p)).sort((a, b) => b.number - a.number)
        return HttpResponse.json(found.map(mergeRequestJson))
      }
      return error(404, '404 Not Found')
    })),
    http.post(`${root}/projects/*`, guard(async ({ request, url, route }) => {
      if (route === 'repository/branches') {
        const name = url.searchParams.get('branch')
        const ref = url.searchParams.get('ref')
        if (!name || !ref) return error(400, 'branch is missing, ref is missing')
        if (repo.refs.has(name)) return error(400, 'Branch already exists')
        const sha = repo.refs.get(ref) ?? (repo.commits.has(ref) ? ref : undefined)
        if (!sha) return error(400, 'Invalid reference name')
        repo.refs.set(name, sha)
        return HttpResponse.json(branchJson(name), { status: 201 })
      }
      if (route === 'repository/commits') {
        const body = (await request.json()) as { branch?: string; commit_message?: string; actions?: { action: string; file_path?: string; content?: string; encoding?: string }[] }
        if (!body.branch || !body.commit_message || !Array.isArray(body.actions) || body.actions.length === 0) return error(400, 'branch, commit_message, actions are missing')
        if (!repo.refs.has(body.branch)) return error(400, 'You can only create or edit files when you are on a branch')
        const files = filesOn(repo, body.branch)
        for (const action of body.actions) {
          if (!action.file_path || typeof action.content !== 'string') return error(400, 'actions[file_path] is missing')
          const text = action.encoding === 'base64' ? decodeBase64(action.content) : action.content
          if (action.action === 'create' && files.has(action.file_path)) return error(400, 'A file with this name already exists')
          if (action.action === 'update' && !files.has(action.file_path)) return error(400, 'A file with this name doesn\u2019t exist')
          if (action.action !== 'create' && action.action !== 'update') return error(400, `Tessera\u2019s emulation does not take the ${action.action} action`)
          files.set(action.file_path, text)
        }
        return HttpResponse.json(commitJson(commitOn(body.branch, body.commit_message, files)), { status: 201 })
      }
      if (route === 'merge_requests') {
        const body = (await request.json()) as { source_branch?: string; target_branch?: string; title?: string; description?: string }
        if (!body.source_branch || !body.target_branch || !body.title) return error(400, 'source_branch, target_branch, title are missing')
        if (!repo.refs.has(body.source_branch) || !repo.refs.has(body.target_branch)) return error(400, 'Invalid source or target branch')
        const open = repo.proposals.find((p) => p.head === body.source_branch && p.state === 'open')
        if (open) return error(409, [`Another open merge request already exists for this source branch: !${open.number}`])
        const proposal: Proposal = { number: repo.proposals.length + 1, state: 'open', title: body.title, body: body.description ?? '', head: body.source_branch, base: body.target_branch, created_at: at() }
        repo.proposals.push(proposal)
        return HttpResponse.json(mergeRequestJson(proposal), { status: 201 })
      }
      return error(404, '404 Not Found')
    })),
    http.put(`${root}/projects/*`, guard(async ({ request, route }) => {
      const match = /^merge_requests\/(\d+)$/.exec(route)
      const proposal = match ? repo.proposals.find((p) => p.number === Number(match[1])) : undefined
      if (!proposal) return error(404, '404 Not found')
      const body = (await request.json()) as { description?: string; title?: string; state_event?: 'close' | 'reopen' }
      if (body.description !== undefined) proposal.body = body.description
      if (body.title !== undefined) proposal.title = body.title
      if (body.state_event) proposal.state = body.state_event === 'close' ? 'closed' : 'open'
      return HttpResponse.json(mergeRequestJson(proposal))
    })),
    http.delete(`${root}/projects/*`, guard(({ route }) => {
      const match = /^repository\/branches\/([^/]+)$/.exec(route)
      const name = match ? decodeURIComponent(match[1]!) : undefined
      if (!name || !repo.refs.has(name)) return error(404, '404 Branch Not Found')
      if (name === repo.defaultBranch) return error(405, 'Cannot remove the default branch')
      repo.refs.delete(name)
      return new HttpResponse(null, { status: 204 })
    })),
  ]
}
