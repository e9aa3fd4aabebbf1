export interface Commit {
  sha: string
  tree: string
  parents: string[]
  message: string
}

/** A pull request (GitHub) or merge request (GitLab). */
export interface Proposal {
  number: number
  state: 'open' | 'closed'
  title: string
  body: string
  head: string
  base: string
  created_at: string
}

/** A git repository held in memory, as a host keeps it: git objects, branches and pull or merge requests. */
export interface GitRepo {
  owner: string
  name: string
  defaultBranch: string
  user: { login: string; name: string; email: string | null }
  blobs: Map<string, string>
  trees: Map<string, Map<string, string>>
  commits: Map<string, Commit>
  refs: Map<string, string>
  proposals: Proposal[]
  /** Every request answered, as `METHOD /path`, for tests to count. */
  log: string[]
}

let counter = 0
export const fakeSha = (seed: string) => {
  counter += 1
  return Array.from(`${seed}${counter}`.padEnd(40, '0'), (c) => (c.charCodeAt(0) % 16).toString(16)).join('').slice(0, 40)
}

export function createGitRepo({
  owner,
  name,
  defaultBranch = 'main',
  files,
  user = { login: 'octo-owner', name: 'Octo Owner', email: null },
}: {
  owner: string
  name: string
  defaultBranch?: string
  files: Record<string, string>
  user?: GitRepo['user']
}): GitRepo {
  const tree = fakeSha('tree')
  const sha = fakeSha('commit')
  return {
    owner,
    name,
    defaultBranch,
    user,
    blobs: new Map(),
    trees: new Map([[tree, new Map(Object.entries(files))]]),
    commits: new Map([[sha, { sha, tree, parents: [], message: 'Initial commit' }]]),
    refs: new Map([[defaultBranch, sha]]),
    proposals: [],
    log: [],
  }
}

/** The files on a branch, by path. */
export const filesOn = (repo: GitRepo, branch: string): Map<string, string> => {
  const head = repo.refs.get(branch)
  const commit = head ? repo.commits.get(head) : undefined
  return new Map(commit ? repo.trees.get(commit.tree) : [])
}

/** Commits on `branch` that its base branch does not have, oldest first. */
export function commitsAhead(repo: GitRepo, branch: string): Commit[] {
  const base = new Set<string>()
  for (let sha = repo.refs.get(repo.defaultBranch); sha; sha = repo.commits.get(sha)?.parents[0]) base.add(sha)
  const ahead: Commit[] = []
  for (let sha = repo.refs.get(branch); sha && !base.has(sha); sha = repo.commits.get(sha)?.parents[0]) ahead.unshift(repo.commits.get(sha) as Commit)
  return ahead
}

/** A teammate's commit straight onto a branch. */
export function pushCommit(repo: GitRepo, branch: string, files: Record<string, string>, message = 'A teammate’s change'): void {
  const parent = repo.refs.get(branch) as string
  const tree = fakeSha('tree')
  repo.trees.set(tree, new Map([...filesOn(repo, branch), ...Object.entries(files)]))
  const sha = fakeSha('commit')
  repo.commits.set(sha, { sha, tree, parents: [parent], message })
  repo.refs.set(branch, sha)
}
