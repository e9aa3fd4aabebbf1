import type { BranchSchema, CommitSchema, ExpandedUserSchema, MergeRequestSchema, RepositoryFileExpandedSchema } from '@gitbeaker/core'
import { ForbiddenError, InvalidDataError, NotFoundError, UnavailableError, type CatalogError } from '../errors'
import { decodeBase64 } from './base64'
import { HOST_SCOPES, type GitHost, type HostFile, type HostProposal } from './git-host'

export interface GitLabHostOptions {
  /** The REST API: `https://gitlab.com/api/v4`, a self-managed `https://gitlab.acme.test/api/v4`, or a proxy's path. */
  baseUrl: string
  /** The project's path with its groups, e.g. `data/analytics/shop`. */
  project: string
  /** Read at each request, so a token entered later applies at once. */
  token: () => string | undefined
  fetch?: typeof fetch
}

/** A commit action as the API takes it (Gitbeaker's `CommitAction` is its camel-cased form). */
interface WireCommitAction {
  action: 'create' | 'update'
  file_path: string
  content: string
  encoding: 'text'
}

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function explain(error: unknown, what: string, project: string): CatalogError {
  if (error instanceof HttpStatusError) {
    const { status } = error
    if (status === 401) return new ForbiddenError(`GitLab refused the token while ${what}: it is wrong, expired or revoked. Enter a new one. ${HOST_SCOPES.gitlab}`)
    if (status === 403 || (status === 404 && /^(creating|writing|opening|updating|closing|deleting)/.test(what)))
      return new ForbiddenError(`The token may not do this in ${project} (${what}). ${HOST_SCOPES.gitlab}`)
    if (status === 404) return new NotFoundError(`${project} (or what Tessera looked for in it while ${what})`)
    if (status === 400 || status === 409 || status === 422) return new UnavailableError(`GitLab did not accept ${what}: ${error.message}`, status)
    return new UnavailableError(`GitLab answered HTTP ${status} while ${what}.`, status)
  }
  if (error instanceof InvalidDataError) return error
  return new UnavailableError(`GitLab could not be reached while ${what}.`, undefined, { cause: error })
}

const STATES: Record<string, HostProposal['state']> = { opened: 'open', merged: 'merged', closed: 'closed', locked: 'closed' }

const toProposal = (request: MergeRequestSchema): HostProposal => ({
  reference: `!${request.iid}`,
  number: request.iid,
  url: request.web_url,
  state: STATES[request.state] ?? 'closed',
  title: request.title,
  body: request.description ?? '',
  branch: request.source_branch,
})

/** GitLab's REST API (v4): repository files, branches, commits with actions, merge requests. */
export function createGitLabHost({ baseUrl, project, token, fetch: fetchImpl = fetch }: GitLabHostOptions): GitHost {
  const api = baseUrl.replace(/\/+$/, '')
  const projectPath = `/projects/${encodeURIComponent(project)}`
  const call = async <T>(what: string, method: string, path: string, init: { query?: Record<string, string>; body?: unknown; signal?: AbortSignal } = {}): Promise<T> => {
    const current = token()
    const query = init.query ? `?${new URLSearchParams(init.query)}` : ''
    try {
      const response = await fetchImpl(`${api}${path}${query}`, {
        method,
        headers: { ...(current ? { 'private-token': current } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), accept: 'application/json' },
        ...(init.body ? { body: JSON.stringify(init.body) } : {}),
        ...(init.signal ? { signal: init.signal } : {}),
      })
      if (!response.ok) {
        const detail = (await response.json().catch(() => undefined)) as { message?: unknown; error?: unknown } | undefined
        const message = detail?.message ?? detail?.error
        throw new HttpStatusError(response.status, typeof message === 'string' ? message : JSON.stringify(message ?? response.statusText))
      }
      return (response.status === 204 ? undefined : await response.json()) as T
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      throw explain(error, what, project)
    }
  }
  const missingAsUndefined = async <T>(read: Promise<T>): Promise<T | undefined> => {
    try {
      return await read
    } catch (error) {
      if (error instanceof NotFoundError) return undefined
      throw error
    }
  }

  return {
    kind: 'gitlab',
    repositoryLabel: project,
    async currentUser(signal) {
      const user = await call<Partial<ExpandedUserSchema> & { username: string }>('reading who the token belongs to', 'GET', '/user', { signal })
      const emails = [user.email, user.public_email, user.commit_email].filter((e): e is string => typeof e === 'string' && e.length > 0)
      return { login: user.username, ...(user.name ? { name: user.name } : {}), emails: [...new Set(emails)] }
    },
    async readFile(path, ref, signal): Promise<HostFile | undefined> {
      const file = await missingAsUndefined(
        call<RepositoryFileExpandedSchema>(`reading ${path}`, 'GET', `${projectPath}/repository/files/${encodeURIComponent(path)}`, { query: { ref }, signal }),
      )
      if (!file) return undefined
      if (typeof file.content !== 'string') throw new InvalidDataError(`${path} in ${project} is not a file.`)
      return { text: file.encoding === 'base64' ? decodeBase64(file.content) : file.content, blob: file.blob_id }
    },
    async branchHead(branch, signal) {
      const found = await missingAsUndefined(call<BranchSchema>(`reading branch ${branch}`, 'GET', `${projectPath}/repository/branches/${encodeURIComponent(branch)}`, { signal }))
      return found?.commit.id
    },
    async createBranch(branch, fromCommit) {
      await call('creating a branch', 'POST', `${projectPath}/repository/branches`, { query: { branch, ref: fromCommit } })
    },
    async deleteBranch(branch) {
      await call('deleting the proposal’s branch', 'DELETE', `${projectPath}/repository/branches/${encodeURIComponent(branch)}`)
    },
    async commit(branch, parent, message, files) {
      // The commits API takes no parent: a branch that moved meanwhile is refused here rather than written over.
      const head = await this.branchHead(branch)
      if (head !== parent) throw new UnavailableError(`GitLab did not accept writing the commit: ${branch} moved while the change was prepared. Save again.`, 409)
      const actions: WireCommitAction[] = files.map((f) => ({ action: f.create ? 'create' : 'update', file_path: f.path, content: f.text, encoding: 'text' }))
      const commit = await call<CommitSchema>('writing the commit', 'POST', `${projectPath}/repository/commits`, { body: { branch, commit_message: message, actions } })
      return commit.id
    },
    async findProposal(branch, signal) {
      const requests = await call<MergeRequestSchema[]>('looking for the merge request', 'GET', `${projectPath}/merge_requests`, {
        query: { source_branch: branch, state: 'all', order_by: 'created_at', sort: 'desc', per_page: '10' },
        signal,
      })
      const newest = [...requests].sort((a, b) => b.iid - a.iid)[0]
      return newest ? toProposal(newest) : undefined
    },
    async openProposal({ branch, base, title, body }) {
      return toProposal(
        await call<MergeRequestSchema>('opening the merge request', 'POST', `${projectPath}/merge_requests`, {
          body: { source_branch: branch, target_branch: base, title, description: body, remove_source_branch: true },
        }),
      )
    },
    async updateProposal(number, changes) {
      return toProposal(
        await call<MergeRequestSchema>(changes.state === 'closed' ? 'closing the merge request' : 'updating the merge request', 'PUT', `${projectPath}/merge_requests/${number}`, {
          body: { ...(changes.body !== undefined ? { description: changes.body } : {}), ...(changes.state === 'closed' ? { state_event: 'close' } : {}) },
        }),
      )
    },
  }
}
