import type { CatalogBackend } from '../catalog-backend'
import { FACET_TITLES } from '../../model/search/facet-labels'
import { mergeSearchResponses, type MemberAnswer } from '../../model/search/merge-results'
import { unsupportedFilters, withoutFacets } from '../../model/search/search-params'
import type { SearchRequest, SearchResponse } from '../../model/search/search-types'
import type { Catalog, RecordIssue } from '../../model/types'
import { federatedUrn } from './federated-urn'
import { firstFailure, settleMembers, unansweredIssue } from './settle-members'

/** Something that answers searches over one catalogue held in the browser. */
export interface CatalogSearcher {
  search(request: SearchRequest, signal?: AbortSignal): Promise<SearchResponse>
  dispose(): void
}

/** Builds a searcher over a catalogue; the app passes one that indexes in a Web Worker. */
export type IndexCatalog = (catalog: Catalog) => CatalogSearcher

/** Indexes in the page: for tests and for callers that bring no worker. */
export const indexInPage: IndexCatalog = (catalog) => {
  const index = import('../../model/search/search-index').then(({ createSearchIndex }) => createSearchIndex(catalog))
  return { search: async (request) => (await index).search(request), dispose() {} }
}

interface FederatedSearchOptions {
  /** The backends that search on their own servers. */
  servers: readonly CatalogBackend[]
  /** The other backends, searched together in the browser over `clientCatalog`. */
  clients: readonly CatalogBackend[]
  /** Their products, already namespaced, as one catalogue. */
  clientCatalog: () => Promise<Catalog>
  indexCatalog: IndexCatalog
  timeoutMs: number
}


interface LocalIndex {
  searcher: CatalogSearcher
  /** Client backends that did not hand over their catalogue. */
  unanswered: RecordIssue[]
}

/** A search member: a server backend, or every client backend together. */
type Member = { label: string; backend: CatalogBackend } | { label: string; backend: undefined }

/**
 * Search across a federation: every backend that searches on its server is asked directly
 * (its own ranking, facets and paging), the others are searched together in one index of
 * their catalogues, and the answers are merged by rank. A backend that fails, is slow or
 * cannot apply a filter is left out and named in the answer's `issues`.
 */
export function createFederatedSearch({ servers, clients, clientCatalog, indexCatalog, timeoutMs }: FederatedSearchOptions) {
  let index: Promise<LocalIndex> | undefined

  // Not tied to one search's signal: the next keystroke must not restart the read.
  const localIndex = (): Promise<LocalIndex> => {
    if (!index) {
      const building = clientCatalog().then((catalog) => ({
        searcher: indexCatalog(catalog),
        unanswered: catalog.issues.filter((issue) => issue.entity === 'backend'),
      }))
      index = building
      // A failed read is retried by the next search instead of being remembered.
      building.catch(() => {
        if (index === building) index = undefined
      })
    }
    return index
  }

  const members: Member[] = [
    ...servers.map((backend) => ({ label: backend.label, backend })),
    ...(clients.length ? [{ label: clients.map((b) => b.label).join(', '), backend: undefined }] : []),
  ]

  async function search(request: SearchRequest, signal?: AbortSignal): Promise<SearchResponse> {
    const wanted = new Set(request.filters.source ?? [])
    const ownFilters = withoutFacets(request.filters, ['source'])
    // Each member returns its best `offset + limit`, enough for any page of the merged order.
    const memberRequest: SearchRequest = { ...request, filters: ownFilters, offset: 0, limit: request.offset + request.limit }
    const issues: RecordIssue[] = []
    const asked = members.filter(({ backend }) => {
      const unsupported = backend ? unsupportedFilters(request.filters, backend.capabilities.searchFilters) : []
      if (unsupported.length === 0) return true
      if (wanted.size === 0 || wanted.has(backend!.label)) {
        const facets = unsupported.map((key) => FACET_TITLES[key]).join(', ')
        issues.push({ entity: 'backend', ref: backend!.label, message: `cannot filter by ${facets}, so its products are left out.` })
      }
      return false
    })
    const results = await settleMembers(
      asked,
      async ({ label, backend }, s): Promise<MemberAnswer> => {
        if (backend) {
          const response = await backend.search!(memberRequest, { signal: s })
          return { source: label, included: wanted.size === 0 || wanted.has(label), response: namespaceHits(response, backend) }
        }
        // The local index filters by its own catalogues and counts them in its `source` facet.
        const { searcher, unanswered } = await localIndex()
        issues.push(...unanswered)
        return { source: label, included: true, response: await searcher.search({ ...memberRequest, filters: request.filters }, s) }
      },
      { signal, timeoutMs },
    )
    for (const r of results) if (!r.ok) issues.push(unansweredIssue(r.backend, r.error))
    const answers = results.flatMap((r) => (r.ok ? [r.value] : []))
    if (answers.length === 0 && results.length > 0) throw firstFailure(results)
    const notices = answers.flatMap((a) => a.response.notices ?? [])
    return { ...mergeSearchResponses(answers, request), ...(issues.length ? { issues } : {}), ...(notices.length ? { notices } : {}) }
  }

  return {
    search,
    /** Forget the local index, after an edit changed a catalogue it holds. */
    invalidate() {
      void index?.then(({ searcher }) => searcher.dispose(), () => undefined)
      index = undefined
    },
  }
}

function namespaceHits(response: SearchResponse, backend: CatalogBackend): SearchResponse {
  return { ...response, facets: { ...response.facets, source: [] }, hits: response.hits.map((hit) => ({ ...hit, urn: federatedUrn(backend.id, hit.urn), source: backend.label })) }
}
