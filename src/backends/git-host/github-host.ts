import { request as octokitRequest } from '@octokit/request'
import { ForbiddenError, InvalidDataError, NotFoundError, UnavailableError, type CatalogError } from '../errors'
import { HOST_SCOPES, type GitHost, type HostFile, type HostProposal } from './git-host'
import { decodeBase64, encodeBase64 } from './base64'

export interface GitHubHostOptions {
  /** `https://api.github.com`, or a GitHub Enterprise Server's `https://github.acme.test/api/v3`, or a proxy's path. */
  baseUrl: string
  owner: string
  repo: string
  /** Read at each request, so a token entered later applies at once. */
  token: () => string | undefined
  fetch?: typeof fetch
}

type Pull = { number: number; html_url: string; state: string; merged_at?: string | null; title: string; body?: string | null; head: { ref: string } }

const statusOf = (error: unknown): number | undefined =>
  error instanceof Error && error.name === 'HttpError' && typeof (error as { status?: unknown }).status === 'number' ? (error as unknown as { status: number }).status : undefined

function explain(error: unknown, what: string, repository: string): CatalogError {
  const status = statusOf(error)
  if (status !== undefined) {
    if (status === 401) return new ForbiddenError(`GitHub refused the token while ${what}: it is wrong, expired or revoked. Enter a new one. ${HOST_SCOPES.github}`)
    if (status === 403 || (status === 404 && /^(creating|writing|opening|updating|closing|deleting)/.test(what)))
      return new ForbiddenError(`The token may not do this in ${repository} (${what}). ${HOST_SCOPES.github}`)
    if (status === 404) return new NotFoundError(`${repository} (or what Tessera looked for in it while ${what})`)
    if (status === 409 || status === 422) return new UnavailableError(`GitHub did not accept ${what}: ${(error as Error).message}`, status)
    return new UnavailableError(`GitHub answered HTTP ${status} while ${what}.`, status)
  }
  return new UnavailableError(`GitHub could not be reached while ${what}.`, undefined, { cause: error })
}

const toProposal = (pull: Pull): HostProposal => ({
  reference: `#${pull.number}`,
  number: pull.number,
  url: pull.html_url,
  state: pull.merged_at ? 'merged' : pull.state === 'open' ? 'open' : 'closed',
  title: pull.title,
  body: pull.body ?? '',
  branch: pull.head.ref,
})

/** GitHub's REST API through Octokit's request layer: contents, git refs, trees and commits, pull requests. */
export function createGitHubHost({ baseUrl, owner, repo, token, fetch: fetchImpl }: GitHubHostOptions): GitHost {
  const repositoryLabel = `${owner}/${repo}`
  const call = async <T>(what: string, route: string, parameters: Record<string, unknown> = {}): Promise<T> => {
    const current = token()
    try {
      const response = await octokitRequest(route, {
        baseUrl: baseUrl.replace(/\/+$/, ''),
        owner,
        repo,
        headers: { ...(current ? { authorization: `Bearer ${current}` } : {}), 'x-github-api-version': '2022-11-28' },
        ...(fetchImpl ? { request: { fetch: fetchImpl } } : {}),
        ...parameters,
      })
      return response.data as T
    } catch (error) {
      throw explain(error, what, repositoryLabel)
    }
  }
  const refPath = (branch: string) => `heads/${branch}`

  return {
    kind: 'github',
    repositoryLabel,
    async currentUser(signal) {
      const user = await call<{ login: string; name?: string | null; email?: string | null }>('reading who the token belongs to', 'GET /user', { request: { signal } })
      return { login: user.login, ...(user.name ? { name: user.name } : {}), emails: user.email ? [user.email] : [] }
    },
    async readFile(path, ref, signal): Promise<HostFile | undefined> {
      try {
        const file = await call<{ type?: string; content?: string; encoding?: string; sha: string }>(`reading ${path}`, 'GET /repos/{owner}/{repo}/contents/{path}', { path, ref, request: { signal } })
        if (file.type !== 'file' || typeof file.content !== 'string') throw new InvalidDataError(`${path} in ${repositoryLabel} is not a file.`)
        return { text: decodeBase64(file.content), blob: file.sha }
      } catch (error) {
        if (error instanceof NotFoundError) return undefined
        throw error
      }
    },
    async branchHead(branch, signal) {
      try {
        const ref = await call<{ object: { sha: string } }>(`reading branch ${branch}`, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: refPath(branch), request: { signal } })
        return ref.object.sha
      } catch (error) {
        if (error instanceof NotFoundError) return undefined
        throw error
      }
    },
    async createBranch(branch, fromCommit) {
      await call('creating a branch', 'POST /repos/{owner}/{repo}/git/refs', { ref: `refs/heads/${branch}`, sha: fromCommit })
    },
    async deleteBranch(branch) {
      await call('deleting the proposal’s branch', 'DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ref: refPath(branch) })
    },
    async commit(branch, parent, message, files) {
      const base = await call<{ tree: { sha: string } }>('reading the branch’s last commit', 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: parent })
      const tree = await call<{ sha: string }>('writing the changed files', 'POST /repos/{owner}/{repo}/git/trees', {
        base_tree: base.tree.sha,
        tree: await Promise.all(
          files.map(async (f) => {
            const blob = await call<{ sha: string }>(`writing ${f.path}`, 'POST /repos/{owner}/{repo}/git/blobs', { content: encodeBase64(f.text), encoding: 'base64' })
            return { path: f.path, mode: '100644', type: 'blob', sha: blob.sha }
          }),
        ),
      })
      const commit = await call<{ sha: string }>('writing the commit', 'POST /repos/{owner}/{repo}/git/commits', { message, tree: tree.sha, parents: [parent] })
      await call('updating the branch', 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ref: refPath(branch), sha: commit.sha })
      return commit.sha
    },
    async findProposal(branch, signal) {
      const pulls = await call<Pull[]>('looking for the pull request', 'GET /repos/{owner}/{repo}/pulls', { head: `${owner}:${branch}`, state: 'all', per_page: 10, request: { signal } })
      const newest = [...pulls].sort((a, b) => b.number - a.number)[0]
      return newest ? toProposal(newest) : undefined
    },
    async openProposal({ branch, base, title, body }) {
      return toProposal(await call<Pull>('opening the pull request', 'POST /repos/{owner}/{repo}/pulls', { head: branch, base, title, body }))
    },
    async updateProposal(number, changes) {
      return toProposal(await call<Pull>('updating the pull request', 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number, ...changes }))
    },
  }
}
