import { tokenFor } from '../auth/access-tokens'
import { withTokenHidden } from '../auth/bearer'
import type { CatalogBackend, Identity, ProductPatch, ProductProposal, TokenAuth } from '../catalog-backend'
import { CatalogError, InvalidDataError, UnsupportedError } from '../errors'
import type { DataProduct, EditableProductFields, Urn } from '../../model/types'
import { HOST_SCOPES, type GitHost } from './git-host'
import { changeSummary, describeChanges, proposalBody, readProposalChanges } from './proposal-body'
import { unifiedDiff, type FileChange } from './unified-diff'

/** Where the files of a file backend live in git, from its `repository` setting. */
export interface RepositorySettings {
  host: 'github' | 'gitlab'
  /** The host's API address; GitHub's or GitLab's public one when absent. */
  baseUrl?: string
  /** `owner/name` on GitHub; the project's path with its groups on GitLab. */
  repository: string
  /** The branch proposals are opened against. */
  branch: string
  /** The folder inside the repository that the backend's files are relative to. */
  path?: string
}

/** What one kind of file backend knows about where a product's documentation is written. */
export interface DocumentationFiles {
  /** Repository paths a change reads and writes. */
  filesFor(product: DataProduct, changes: Partial<EditableProductFields>): Promise<string[]>
  /** The change applied to the files as they are now (`readText` by repository path). */
  apply(
    product: DataProduct,
    changes: Partial<EditableProductFields>,
    readText: (path: string) => string | undefined,
  ): Promise<{ files: FileChange[]; refused: string[] }>
  readonly editableFields: readonly (keyof EditableProductFields)[]
}

const HOST_LABEL = { github: 'GitHub', gitlab: 'GitLab' } as const
const TOKEN_HELP = {
  github: `Create one on GitHub under Settings → Developer settings → Personal access tokens. ${HOST_SCOPES.github}`,
  gitlab: `Create one on GitLab under Preferences → Access tokens (or the project's Settings → Access tokens). ${HOST_SCOPES.gitlab}`,
} as const

/** `urn:tessera:product:dbt.shop.orders` → `tessera/dbt-shop-orders`. */
export const proposalBranch = (urn: Urn) =>
  `tessera/${urn.replace(/^urn:tessera:product:/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'product'}`

const joinPath = (folder: string | undefined, path: string) => [folder?.replace(/^\/+|\/+$/g, ''), path.replace(/^\.?\/+/, '')].filter(Boolean).join('/')

/**
 * A file backend whose owners propose documentation changes to the repository its files come
 * from: a save writes the changed files on a branch of their own and opens (or adds a commit
 * to) a pull request. The published catalogue stays what the files say until it is merged.
 */
export function withProposals(
  inner: CatalogBackend,
  settings: RepositorySettings,
  docs: DocumentationFiles,
  makeHost: (token: () => string | undefined) => Promise<GitHost>,
): CatalogBackend {
  const tokenId = `${inner.id}-git`
  const token = tokenFor(tokenId, undefined)
  let host: Promise<GitHost> | undefined
  const currentHost = () => (host ??= makeHost(token))
  const hidden = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => withTokenHidden(token, call)
  const auth: TokenAuth = { backendId: tokenId, kind: 'bearer', label: `${HOST_LABEL[settings.host]} (${settings.repository})`, help: TOKEN_HELP[settings.host] }
  const repoPath = (path: string) => joinPath(settings.path, path)

  async function readAll(gh: GitHost, paths: string[], ref: string): Promise<Map<string, string>> {
    const files = await Promise.all(paths.map(async (p) => [p, await gh.readFile(repoPath(p), ref)] as const))
    return new Map(files.flatMap(([p, f]) => (f ? [[p, f.text]] : [])))
  }

  async function plan(urn: Urn, changes: Partial<EditableProductFields>, ref: string | undefined) {
    const product = await inner.getProduct(urn)
    const gh = await currentHost()
    const paths = await docs.filesFor(product, changes)
    const texts = await readAll(gh, paths, ref ?? settings.branch)
    const result = await docs.apply(product, changes, (p) => texts.get(p))
    return { product, gh, ...result }
  }

  const getProposal = hidden(async (urn: Urn, { signal }: { signal?: AbortSignal } = {}): Promise<ProductProposal | null> => {
    if (!token()) return null
    const found = await (await currentHost()).findProposal(proposalBranch(urn), signal)
    if (!found) return null
    return { reference: found.reference, url: found.url, state: found.state, repository: settings.repository, changes: readProposalChanges(found.body) }
  })

  return {
    ...inner,
    id: inner.id,
    label: inner.label,
    capabilities: { ...inner.capabilities, edit: true, editableFields: docs.editableFields, proposals: settings.host === 'gitlab' ? 'merge request' : 'pull request' },
    auth: [...(inner.auth ?? []), auth],
    getIdentity: hidden(async ({ signal } = {}): Promise<Identity> => {
      if (!token()) {
        return { personId: null, name: 'Not signed in', description: `Enter a ${HOST_LABEL[settings.host]} token to propose changes to ${settings.repository}.` }
      }
      const user = await (await currentHost()).currentUser(signal)
      const people = (await inner.listPeople({ signal })).items
      const names = new Set([user.login.toLowerCase(), `@${user.login.toLowerCase()}`, ...user.emails.map((e) => e.toLowerCase())])
      const person = people.find((p) => (p.email && names.has(p.email.toLowerCase())) || names.has(p.name.toLowerCase()) || names.has(p.id.toLowerCase()))
      return {
        personId: person?.id ?? null,
        name: person?.name ?? user.name ?? user.login,
        description: person
          ? `${HOST_LABEL[settings.host]} user @${user.login}`
          : `${HOST_LABEL[settings.host]} user @${user.login}, who owns no product here (matched by e-mail or login)`,
      }
    }),
    updateProduct: hidden(async (urn: Urn, patch: ProductPatch): Promise<DataProduct> => {
      const branch = proposalBranch(urn)
      const gh = await currentHost()
      const existing = await gh.findProposal(branch)
      const open = existing?.state === 'open' ? existing : undefined
      const { product, files, refused } = await plan(urn, patch.changes, open ? branch : undefined)
      const changes = describeChanges(product, patch.changes)
      if (refused.length) throw new InvalidDataError(`This change cannot be proposed as it is: ${refused.join(' ')}`, refused)
      const changed = files.filter((f) => f.before !== f.after)
      if (changed.length === 0) return product
      const baseHead = await gh.branchHead(settings.branch)
      if (!baseHead) throw new CatalogError('not-found', `The branch ${settings.branch} is not in ${settings.repository}.`)
      let head = open ? await gh.branchHead(branch) : undefined
      if (!open && (await gh.branchHead(branch))) await gh.deleteBranch(branch)
      if (!head) {
        await gh.createBranch(branch, baseHead)
        head = baseHead
      }
      const message = `Document ${product.title}\n\n${changes.map((c) => `- ${changeSummary(c)}`).join('\n')}\n\nProposed with Tessera.`
      await gh.commit(branch, head, message, changed.map((f) => ({ path: repoPath(f.path), text: f.after, create: f.before === undefined })))
      const all = open ? [...readProposalChanges(open.body).filter((c) => !changes.some((n) => n.field === c.field)), ...changes] : changes
      const body = proposalBody(product, all)
      if (open) await gh.updateProposal(open.number, { body })
      else await gh.openProposal({ branch, base: settings.branch, title: `Document ${product.title}`, body })
      return product
    }),
    getProposal,
    withdrawProposal: hidden(async (urn: Urn) => {
      const gh = await currentHost()
      const found = await gh.findProposal(proposalBranch(urn))
      if (!found || found.state !== 'open') throw new UnsupportedError('withdrawing a proposal that is not open')
      await gh.updateProposal(found.number, { state: 'closed' })
      await gh.deleteBranch(proposalBranch(urn))
    }),
    diffFor: hidden(async (urn: Urn, changes: Partial<EditableProductFields>) => {
      const { files, refused } = await plan(urn, changes, undefined)
      if (refused.length) throw new InvalidDataError(`This change cannot be written as it is: ${refused.join(' ')}`, refused)
      return unifiedDiff(files.map((f) => ({ ...f, path: repoPath(f.path) })))
    }),
  }
}
