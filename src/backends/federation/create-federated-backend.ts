import type { BackendCapabilities, CatalogBackend, Identity, ProductPatch, RequestOptions, SourceStatus } from '../catalog-backend'
import { ConflictError, NotFoundError, UnsupportedError } from '../errors'
import type { SearchRequest } from '../../model/search/search-types'
import type { Catalog, DataProduct, Listing, RecordIssue, Urn } from '../../model/types'
import { splitFederatedUrn } from './federated-urn'
import { mergeDomains, mergePeople, mergeTeams } from './merge-directory'
import { createFederatedSearch, indexInPage, type IndexCatalog } from './federated-search'
import { namespaceProduct } from './namespace-product'
import { productOwnership, type ProductOwnership } from './product-ownership'
import { callMember, firstFailure, settleMembers, unansweredIssue, type MemberResult } from './settle-members'

export interface FederationOptions {
  /** How long one backend may take before the others' answer is shown without it. */
  memberTimeoutMs?: number
  /** Indexes the catalogues of backends that do not search on a server (default: in the page). */
  indexCatalog?: IndexCatalog
}

const memberIssue = (backend: CatalogBackend, issue: RecordIssue): RecordIssue => ({ ...issue, ref: `${issue.ref} (${backend.label})` })

function mergeListings<T>(results: readonly MemberResult<Listing<T>>[], merge: (lists: T[][]) => T[]): Listing<T> {
  if (!results.some((r) => r.ok)) throw firstFailure(results)
  return {
    items: merge(results.flatMap((r) => (r.ok ? [r.value.items] : []))),
    issues: results.flatMap((r) => (r.ok ? r.value.issues.map((issue) => memberIssue(r.backend, issue)) : [unansweredIssue(r.backend, r.error)])),
  }
}

/**
 * Several backends shown as one mesh. Products keep their backend's URN behind a
 * `<backend id>:` prefix; domains, teams and people with the same id merge; input ports that
 * name another backend's product become lineage edges across backends. A backend that fails
 * or is slow leaves a `backend` issue in the answer (a partial-results notice), not an error.
 */
const noticesOf = (notices: string[]) => (notices.length ? { notices } : {})

export function createFederatedBackend(
  backends: readonly CatalogBackend[],
  { memberTimeoutMs = 15_000, indexCatalog = indexInPage }: FederationOptions = {},
): CatalogBackend {
  const ids = backends.map((b) => b.id)
  if (new Set(ids).size !== ids.length) throw new Error(`Federated backends need distinct ids; got ${ids.join(', ')}.`)
  const byId = new Map(backends.map((b) => [b.id, b]))
  const timeout = { timeoutMs: memberTimeoutMs }
  let known: ProductOwnership | undefined

  const locate = (urn: Urn): { backend: CatalogBackend; urn: Urn } | undefined => {
    const split = splitFederatedUrn(urn, ids)
    if (split) return { backend: byId.get(split.backendId)!, urn: split.urn }
    // A link from before federation, naming a backend's own URN: follow it when one backend owns it.
    const owner = known?.owners(urn)[0]
    return owner ? { backend: byId.get(owner)!, urn } : undefined
  }

  // Each member's last catalogue, so the search index of the client members does not read them again.
  const lastRead = new Map<string, Catalog>()
  const readMember = async (backend: CatalogBackend, signal: AbortSignal) => {
    const read = await backend.getCatalog({ signal })
    lastRead.set(backend.id, read)
    return read
  }

  /** The catalogues of `members` as one, with which of them owns which product; `reuse` takes a member's last read when there is one. */
  async function readCatalogs(members: readonly CatalogBackend[], signal?: AbortSignal, reuse = false): Promise<{ catalog: Catalog; ownership: ProductOwnership }> {
    const read = (b: CatalogBackend, s: AbortSignal) => (reuse && lastRead.has(b.id) ? Promise.resolve(lastRead.get(b.id)!) : readMember(b, s))
    const results = await settleMembers(members, read, { ...timeout, signal })
    if (!results.some((r) => r.ok)) throw firstFailure(results)
    const answered = results.flatMap((r) => (r.ok ? [r] : []))
    const ownership = productOwnership(new Map(answered.map((r) => [r.backend.id, r.value.products.map((p) => p.urn)])))
    const catalog = {
      domains: mergeDomains(answered.map((r) => r.value.domains)),
      teams: mergeTeams(answered.map((r) => r.value.teams)),
      people: mergePeople(answered.map((r) => r.value.people)),
      products: answered.flatMap((r) => r.value.products.map((p) => namespaceProduct(p, r.backend, ownership))),
      issues: results.flatMap((r) => (r.ok ? r.value.issues.map((issue) => memberIssue(r.backend, issue)) : [unansweredIssue(r.backend, r.error)])),
      ...noticesOf(answered.flatMap((r) => r.value.notices ?? [])),
    }
    return { catalog, ownership }
  }

  async function catalog(signal?: AbortSignal): Promise<Catalog> {
    const read = await readCatalogs(backends, signal)
    known = read.ownership
    return read.catalog
  }

  /** Which backend owns what, read from the catalogues once if no catalogue was read yet. */
  async function ownership(signal?: AbortSignal): Promise<ProductOwnership> {
    if (!known) await catalog(signal).catch(() => undefined)
    return known ?? productOwnership(new Map())
  }

  const namespaced = async (product: DataProduct, backend: CatalogBackend, signal?: AbortSignal) =>
    namespaceProduct(product, backend, await ownership(signal))

  const owning = (urn: Urn) => {
    const found = locate(urn)
    if (!found) throw new NotFoundError(`Product ${urn}`)
    return found
  }

  const servers = backends.filter((b) => b.capabilities.search === 'server' && b.search)
  const clients = backends.filter((b) => !servers.includes(b))
  // With no search server among the members, the whole federated catalogue is indexed as one.
  const federatedSearch = servers.length
    ? createFederatedSearch({ servers, clients, clientCatalog: async () => (await readCatalogs(clients, undefined, true)).catalog, indexCatalog, timeoutMs: memberTimeoutMs })
    : undefined

  const capabilities: BackendCapabilities = {
    search: federatedSearch ? 'server' : 'client',
    edit: backends.some((b) => b.capabilities.edit && b.updateProduct),
    history: backends.some((b) => b.capabilities.history && b.getHistory),
    columnLineage: backends.some((b) => b.capabilities.columnLineage),
    switchIdentity: backends.some((b) => b.capabilities.switchIdentity),
  }
  const identityBackend = backends.find((b) => b.capabilities.switchIdentity && b.getIdentity) ?? backends.find((b) => b.getIdentity)
  const sourceBackends = backends.filter((b) => b.getSources)

  return {
    id: ids.join('+'),
    label: backends.map((b) => b.label).join(' + '),
    capabilities,
    auth: backends.flatMap((b) => b.auth ?? []),
    capabilitiesFor: (urn: Urn) => {
      const found = locate(urn)
      if (!found) return capabilities
      const own = found.backend.capabilities
      return {
        ...capabilities,
        edit: own.edit && found.backend.updateProduct !== undefined,
        ...(own.editableFields ? { editableFields: own.editableFields } : {}),
        ...(own.ownerRoles ? { ownerRoles: own.ownerRoles } : {}),
        history: own.history && found.backend.getHistory !== undefined,
        columnLineage: own.columnLineage,
      }
    },

    getCatalog: ({ signal }: RequestOptions = {}) => catalog(signal),
    ...(federatedSearch ? { search: (request: SearchRequest, { signal }: RequestOptions = {}) => federatedSearch.search(request, signal) } : {}),

    async getProduct(urn, { signal } = {}) {
      if (!locate(urn)) await ownership(signal)
      const { backend, urn: own } = owning(urn)
      const product = await callMember(backend, (s) => backend.getProduct(own, { signal: s }), { ...timeout, signal })
      return namespaced(product, backend, signal)
    },

    ...(backends.some((b) => b.getLineage)
      ? {
          /**
           * Traversed by the backend owning the product, its products namespaced; a backend that cannot
           * traverse answers nothing (its catalogue's lineage stands). Edges the traversal would find into
           * another backend's products are not followed here: those come from the catalogues' input ports.
           */
          async getLineage(urn: Urn, depth: { upstream: number; downstream: number }, { signal }: RequestOptions = {}): Promise<Catalog> {
            if (!locate(urn)) await ownership(signal)
            const { backend, urn: own } = owning(urn)
            if (!backend.getLineage) return { domains: [], teams: [], people: [], products: [], issues: [] }
            const answer = await callMember(backend, (s) => backend.getLineage!(own, depth, { signal: s }), { ...timeout, signal })
            const known = await ownership(signal)
            return { ...answer, products: answer.products.map((p) => namespaceProduct(p, backend, known)), issues: answer.issues.map((issue) => memberIssue(backend, issue)) }
          },
        }
      : {}),

    listDomains: async ({ signal } = {}) => mergeListings(await settleMembers(backends, (b, s) => b.listDomains({ signal: s }), { ...timeout, signal }), mergeDomains),
    listTeams: async ({ signal } = {}) => mergeListings(await settleMembers(backends, (b, s) => b.listTeams({ signal: s }), { ...timeout, signal }), mergeTeams),
    listPeople: async ({ signal } = {}) => mergeListings(await settleMembers(backends, (b, s) => b.listPeople({ signal: s }), { ...timeout, signal }), mergePeople),

    ...(capabilities.edit
      ? {
          async updateProduct(urn: Urn, patch: ProductPatch, { signal }: RequestOptions = {}) {
            const { backend, urn: own } = owning(urn)
            if (!backend.capabilities.edit || !backend.updateProduct) throw new UnsupportedError(`editing products of ${backend.label}`)
            try {
              const saved = await backend.updateProduct(own, patch, { signal })
              lastRead.delete(backend.id)
              if (clients.includes(backend)) federatedSearch?.invalidate()
              return await namespaced(saved, backend, signal)
            } catch (error) {
              if (error instanceof ConflictError && error.current) {
                throw new ConflictError(error.message, await namespaced(error.current, backend, signal))
              }
              throw error
            }
          },
        }
      : {}),

    ...(capabilities.history
      ? {
          async getHistory(urn: Urn, { signal }: RequestOptions = {}) {
            const { backend, urn: own } = owning(urn)
            if (!backend.capabilities.history || !backend.getHistory) throw new UnsupportedError(`change history for products of ${backend.label}`)
            return backend.getHistory(own, { signal })
          },
        }
      : {}),

    ...(identityBackend?.getIdentity
      ? { getIdentity: (options?: RequestOptions): Promise<Identity> => identityBackend.getIdentity!(options) }
      : {}),
    ...(identityBackend?.listIdentities ? { listIdentities: (options?: RequestOptions) => identityBackend.listIdentities!(options) } : {}),
    ...(capabilities.switchIdentity
      ? {
          setIdentity(personId: string | null) {
            for (const b of backends) if (b.capabilities.switchIdentity) b.setIdentity?.(personId)
          },
        }
      : {}),

    ...(sourceBackends.length
      ? {
          async getSources({ signal }: RequestOptions = {}): Promise<SourceStatus[]> {
            const results = await settleMembers(sourceBackends, (b, s) => b.getSources!({ signal: s }), { ...timeout, signal })
            return results.flatMap((r): SourceStatus[] =>
              r.ok ? r.value : [{ url: r.backend.label, format: 'catalogue backend', state: 'failed', problems: [{ severity: 'error', message: unansweredIssue(r.backend, r.error).message }] }],
            )
          },
        }
      : {}),
  }
}
