import type { CatalogBackend } from '../backends/catalog-backend'
import { unsupportedFilters, withoutFacets } from '../model/search/search-params'
import type { SearchRequest, SearchResponse } from '../model/search/search-types'
import type { Catalog } from '../model/types'
import type { SearchWorkerReply, SearchWorkerRequest } from '../workers/search-protocol'

/** One interface for searching, whether the index is in the browser or on a server. */
export interface SearchEngine {
  search(request: SearchRequest, signal?: AbortSignal): Promise<SearchResponse>
  dispose(): void
}

const aborted = () => new DOMException('The search was superseded.', 'AbortError')

/**
 * Queries, facets and paging go to the backend. Filters it cannot apply are not sent, and the
 * answer says so, rather than the server silently returning products the filter should exclude.
 */
export function serverSearchEngine(backend: CatalogBackend): SearchEngine {
  const search = backend.search?.bind(backend)
  if (!search) throw new Error(`${backend.label} does not search on the server.`)
  const supported = backend.capabilities.searchFilters
  const sorts = backend.capabilities.searchSorts
  return {
    async search(request, signal) {
      const ignored = unsupportedFilters(request.filters, supported)
      const sortIgnored = sorts && !sorts.includes(request.sort) ? request.sort : undefined
      if (ignored.length === 0 && !sortIgnored) return search(request, { signal })
      const answer = await search({ ...request, filters: withoutFacets(request.filters, ignored), ...(sortIgnored ? { sort: 'relevance' as const } : {}) }, { signal })
      return { ...answer, ...(ignored.length ? { ignoredFilters: ignored } : {}), ...(sortIgnored ? { ignoredSort: sortIgnored } : {}) }
    },
    dispose() {},
  }
}

/** Marks around the index build, for the benchmark: `search.index_build` is data handed over → index ready. */
const MARK_START = 'search.index_build:start'

/**
 * Indexes a whole catalogue in a Web Worker so typing never waits on the main thread.
 * Where workers are unavailable (tests, old browsers) the same index runs in the page.
 */
export function clientSearchEngine(catalog: Catalog): SearchEngine {
  if (typeof Worker === 'undefined') return inPageEngine(catalog)
  const worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'tessera-search' })
  const pending = new Map<number, { resolve(r: SearchResponse): void; reject(e: Error): void }>()
  let nextId = 0
  let failure: Error | undefined
  const post = (message: SearchWorkerRequest) => worker.postMessage(message)
  const failAll = (error: Error) => {
    failure = error
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }

  worker.onmessage = (event: MessageEvent<SearchWorkerReply>) => {
    const message = event.data
    switch (message.type) {
      case 'ready':
        performance.measure('search.index_build', { start: MARK_START, detail: { buildMs: message.buildMs, products: message.products } })
        break
      case 'failed':
        failAll(new Error(`The search index could not be built: ${message.message}`))
        break
      case 'result':
      case 'error': {
        const entry = pending.get(message.id)
        pending.delete(message.id)
        if (message.type === 'result') entry?.resolve(message.response)
        else entry?.reject(new Error(message.message))
        break
      }
    }
  }
  worker.onerror = (event) => failAll(new Error(`The search worker stopped: ${event.message || 'unknown error'}`))

  performance.mark(MARK_START)
  post({ type: 'load', catalog })

  return {
    search(request, signal) {
      if (failure) return Promise.reject(failure)
      if (signal?.aborted) return Promise.reject(aborted())
      const id = ++nextId
      return new Promise<SearchResponse>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        signal?.addEventListener(
          'abort',
          () => {
            if (!pending.delete(id)) return
            post({ type: 'cancel', id })
            reject(aborted())
          },
          { once: true },
        )
        post({ type: 'search', id, request })
      })
    },
    dispose() {
      failAll(aborted())
      worker.terminate()
    },
  }
}

function inPageEngine(catalog: Catalog): SearchEngine {
  const index = import('../model/search/search-index').then(({ createSearchIndex }) => createSearchIndex(catalog))
  return {
    async search(request, signal) {
      const ready = await index
      if (signal?.aborted) throw aborted()
      return ready.search(request)
    },
    dispose() {},
  }
}
