import type { CatalogBackend } from '../backends/catalog-backend'
import { emptyFacetCounts } from '../model/search/product-hit'
import type { SearchRequest } from '../model/search/search-types'
import { serverSearchEngine } from './search-engine'

const emptyFacets = emptyFacetCounts()

function server(searchFilters?: CatalogBackend['capabilities']['searchFilters']) {
  const asked: SearchRequest[] = []
  const backend = {
    id: 'server',
    label: 'Acme DataHub',
    capabilities: { search: 'server', edit: false, history: false, columnLineage: false, switchIdentity: false, ...(searchFilters ? { searchFilters } : {}) },
    search: (request: SearchRequest) => (asked.push(request), Promise.resolve({ total: 0, hits: [], facets: emptyFacets })),
  } as unknown as CatalogBackend
  return { backend, asked }
}

const request = (filters: SearchRequest['filters']): SearchRequest => ({ q: 'orders', filters, sort: 'relevance', offset: 0, limit: 25 })

describe('serverSearchEngine', () => {
  it('does not send filters the server cannot apply, and says which were ignored', async () => {
    const { backend, asked } = server(['domain', 'tag'])
    const answer = await serverSearchEngine(backend).search(request({ domain: ['sales'], kind: ['aggregate'], lifecycle: ['active'] }))
    expect(asked[0]?.filters).toEqual({ domain: ['sales'] })
    expect(answer.ignoredFilters).toEqual(['kind', 'lifecycle'])
  })

  it('asks a server for relevance instead of an order it cannot sort by, and says so', async () => {
    const { backend, asked } = server()
    backend.capabilities.searchSorts = ['relevance', 'name']
    const answer = await serverSearchEngine(backend).search({ ...request({}), sort: 'updated' })
    expect(asked[0]?.sort).toBe('relevance')
    expect(answer.ignoredSort).toBe('updated')
    expect(answer.ignoredFilters).toBeUndefined()
    expect((await serverSearchEngine(backend).search({ ...request({}), sort: 'name' })).ignoredSort).toBeUndefined()
  })

  it('sends every filter to a server that can apply them all', async () => {
    const { backend, asked } = server()
    const answer = await serverSearchEngine(backend).search(request({ kind: ['aggregate'] }))
    expect(asked[0]?.filters).toEqual({ kind: ['aggregate'] })
    expect(answer.ignoredFilters).toBeUndefined()
  })
})
