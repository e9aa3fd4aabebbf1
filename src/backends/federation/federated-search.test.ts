import { createCatalogHandlers } from '../../mocks/catalog-handlers'
import { createDemoStore, memoryPersistence } from '../../mocks/demo-store'
import { partnerMesh } from '../../mocks/federation/partner-mesh'
import { server, TEST_BASE_URL } from '../../mocks/node'
import { createSearchIndex } from '../../model/search/search-index'
import type { FacetKey, SearchRequest } from '../../model/search/search-types'
import type { CatalogBackend } from '../catalog-backend'
import { UnavailableError } from '../errors'
import { createRestBackend } from '../rest/create-rest-backend'
import { createFederatedBackend } from './create-federated-backend'

const PARTNER_BASE = 'http://partner.test/partner-api'
const ROYALTY_MINUTES = 'urn:tessera:product:royalties.royalty_minutes'

const demo = () => createRestBackend({ id: 'demo', label: 'Lumen demo', baseUrl: TEST_BASE_URL })

/** The partner catalogue behind a backend that searches on its own "server" and can filter by `filters` only. */
function searchServer(options: { filters?: FacetKey[]; fail?: boolean } = {}) {
  const rest = createRestBackend({ id: 'partner', label: 'Partner search', baseUrl: PARTNER_BASE })
  const asked: SearchRequest[] = []
  const backend: CatalogBackend = {
    ...rest,
    capabilities: { ...rest.capabilities, search: 'server', ...(options.filters ? { searchFilters: options.filters } : {}) },
    getCatalog: () => Promise.reject(new Error('a search server is not read whole for search')),
    async search(request) {
      asked.push(request)
      if (options.fail) throw new UnavailableError('The partner search cluster is down.')
      return createSearchIndex(await rest.getCatalog()).search(request)
    },
  }
  return { backend, asked }
}

const request = (over: Partial<SearchRequest> = {}): SearchRequest => ({ q: '', filters: {}, sort: 'relevance', offset: 0, limit: 25, ...over })

describe('search across a federation with a search server', () => {
  beforeEach(() => server.use(...createCatalogHandlers(createDemoStore(partnerMesh, memoryPersistence()), '/partner-api')))

  it('asks the server, searches the other catalogue in the browser, and merges both with their sources', async () => {
    const { backend, asked } = searchServer()
    const federation = createFederatedBackend([demo(), backend])
    expect(federation.capabilities.search).toBe('server')

    const royalty = await federation.search!(request({ q: 'royalty' }))
    expect(asked).toHaveLength(1)
    expect(royalty.hits[0]).toMatchObject({ urn: `partner:${ROYALTY_MINUTES}`, source: 'Partner search' })

    const sessions = await federation.search!(request({ q: 'playback sessions' }))
    expect(sessions.hits[0]).toMatchObject({ urn: 'demo:urn:tessera:product:playback.playback_sessions', source: 'Lumen demo' })
  })

  it('indexes the other catalogues from what the catalogue views already read, without reading them again', async () => {
    const local = demo()
    let reads = 0
    const counted: CatalogBackend = { ...local, getCatalog: (options) => (reads++, local.getCatalog(options)) }
    const federation = createFederatedBackend([counted, searchServer().backend])
    await federation.getCatalog()
    expect(reads).toBe(1)
    await federation.search!(request({ q: 'playback' }))
    expect(reads).toBe(1)
  })

  it('counts every catalogue in a Catalogue facet and narrows to the one selected', async () => {
    const federation = createFederatedBackend([demo(), searchServer().backend])
    const all = await federation.search!(request())
    const sources = Object.fromEntries(all.facets.source.map((v) => [v.value, v.count]))
    expect(sources['Partner search']).toBe(partnerMesh.products.length)
    expect(sources['Lumen demo']).toBeGreaterThan(50)
    expect(all.total).toBe(sources['Partner search']! + sources['Lumen demo']!)

    const partnerOnly = await federation.search!(request({ filters: { source: ['Partner search'] } }))
    expect(partnerOnly.total).toBe(partnerMesh.products.length)
    expect(partnerOnly.hits.every((h) => h.source === 'Partner search')).toBe(true)
    expect(partnerOnly.facets.source.find((v) => v.value === 'Lumen demo')?.count).toBe(sources['Lumen demo'])
  })

  it('pages through the merged order without repeating or skipping a product', async () => {
    const federation = createFederatedBackend([demo(), searchServer().backend])
    const whole = await federation.search!(request({ q: 'minutes', limit: 40 }))
    const first = await federation.search!(request({ q: 'minutes', limit: 5 }))
    const second = await federation.search!(request({ q: 'minutes', offset: 5, limit: 5 }))
    expect([...first.hits, ...second.hits].map((h) => h.urn)).toEqual(whole.hits.slice(0, 10).map((h) => h.urn))
  })

  it('leaves out a server that cannot apply a filter, and says so', async () => {
    const { backend, asked } = searchServer({ filters: ['domain', 'team', 'tag'] })
    const federation = createFederatedBackend([demo(), backend])
    const aggregates = await federation.search!(request({ filters: { kind: ['aggregate'] } }))
    expect(asked).toHaveLength(0)
    expect(aggregates.hits.every((h) => h.kind === 'aggregate' && h.source === 'Lumen demo')).toBe(true)
    expect(aggregates.issues).toEqual([{ entity: 'backend', ref: 'Partner search', message: 'cannot filter by Kind, so its products are left out.' }])
  })

  it('answers with the others and a partial-results issue when a server fails', async () => {
    const federation = createFederatedBackend([demo(), searchServer({ fail: true }).backend])
    const answer = await federation.search!(request({ q: 'playback' }))
    expect(answer.hits.length).toBeGreaterThan(0)
    expect(answer.issues).toEqual([{ entity: 'backend', ref: 'Partner search', message: 'The partner search cluster is down.' }])
  })

  it('gives up on a slow server after the member timeout', async () => {
    const slow = searchServer().backend
    slow.search = () => new Promise(() => undefined)
    const federation = createFederatedBackend([demo(), slow], { memberTimeoutMs: 300 })
    const answer = await federation.search!(request({ q: 'playback' }))
    expect(answer.hits.length).toBeGreaterThan(0)
    expect(answer.issues?.[0]).toMatchObject({ ref: 'Partner search', message: expect.stringMatching(/did not answer within 0.3 s/) })
  })

  it('fails the search only when no catalogue answers', async () => {
    const federation = createFederatedBackend([searchServer({ fail: true }).backend, { ...searchServer({ fail: true }).backend, id: 'other', label: 'Other' }])
    await expect(federation.search!(request())).rejects.toThrow('The partner search cluster is down.')
  })
})
