/** The account a token belongs to on the host. */
export interface HostUser {
  login: string
  name?: string
  emails: string[]
}

/** A file on a branch, with the host's id of its content (git blob sha on GitHub, blob_id on GitLab). */
export interface HostFile {
  text: string
  blob: string
}

/** A pull request (GitHub) or merge request (GitLab). */
export interface HostProposal {
  /** `#12` on GitHub, `!12` on GitLab. */
  reference: string
  number: number
  url: string
  state: 'open' | 'closed' | 'merged'
  title: string
  body: string
  branch: string
}

/**
 * What Tessera needs from a git host to propose documentation changes. Every method rejects
 * with a `CatalogError` (forbidden for a missing, expired or insufficient token) and never
 * quotes the token.
 */
export interface GitHost {
  readonly kind: 'github' | 'gitlab'
  /** `acme/analytics` on github.com, as shown to users. */
  readonly repositoryLabel: string
  currentUser(signal?: AbortSignal): Promise<HostUser>
  /** The file's text on `ref`, or undefined when it does not exist there. */
  readFile(path: string, ref: string, signal?: AbortSignal): Promise<HostFile | undefined>
  /** The commit a branch points at, or undefined when there is no such branch. */
  branchHead(branch: string, signal?: AbortSignal): Promise<string | undefined>
  createBranch(branch: string, fromCommit: string): Promise<void>
  deleteBranch(branch: string): Promise<void>
  /** One commit on `branch` (whose head is `parent`) writing every file; returns the commit's id. */
  commit(branch: string, parent: string, message: string, files: readonly { path: string; text: string; create: boolean }[]): Promise<string>
  /** The newest proposal from `branch`, in any state. */
  findProposal(branch: string, signal?: AbortSignal): Promise<HostProposal | undefined>
  openProposal(proposal: { branch: string; base: string; title: string; body: string }): Promise<HostProposal>
  updateProposal(number: number, changes: { body?: string; state?: 'closed' }): Promise<HostProposal>
}

/** What a token needs, in the host's words, for the prompt and for a refusal. */
export const HOST_SCOPES = {
  github:
    'A fine-grained personal access token with access to this repository and the permissions Contents: Read and write and Pull requests: Read and write (a classic token needs the repo scope).',
  gitlab: 'A personal, project or group access token with the api scope and at least the Developer role in this project.',
} as const
