import { delay, http, HttpResponse } from 'msw'
import { createCatalogHandlers } from '../../mocks/catalog-handlers'
import { createDemoStore, memoryPersistence } from '../../mocks/demo-store'
import { demoMesh } from '../../mocks/demo-mesh/demo-mesh'
import { partnerMesh } from '../../mocks/federation/partner-mesh'
import { server, TEST_BASE_URL } from '../../mocks/node'
import { buildLineageIndex } from '../../model/lineage'
import { createSearchIndex } from '../../model/search/search-index'
import type { CatalogBackend } from '../catalog-backend'
import { ConflictError, NotFoundError, UnsupportedError } from '../errors'
import { createFileBackend } from '../file-sources/create-file-backend'
import { createRestBackend } from '../rest/create-rest-backend'
import { createFederatedBackend } from './create-federated-backend'

const PARTNER_BASE = 'http://partner.test/partner-api'
const SESSIONS = 'urn:tessera:product:playback.playback_sessions'
const ROYALTY_MINUTES = 'urn:tessera:product:royalties.royalty_minutes'

const demo = (personId?: string) =>
  createRestBackend({
    id: 'demo',
    label: 'Lumen demo',
    baseUrl: TEST_BASE_URL,
    headers: (): Record<string, string> => (personId ? { 'X-Tessera-Demo-User': personId } : {}),
  })
const partner = () => createRestBackend({ id: 'partner', label: 'Partner studio', baseUrl: PARTNER_BASE, timeoutMs: 2000 })
const servePartner = () => server.use(...createCatalogHandlers(createDemoStore(partnerMesh, memoryPersistence()), '/partner-api'))

describe('a federation of two backends', () => {
  beforeEach(servePartner)

  it('merges both catalogues, namespacing every product by its backend and merging shared domains', async () => {
    const catalog = await createFederatedBackend([demo(), partner()]).getCatalog()
    expect(catalog.products).toHaveLength(demoMesh.products.length + partnerMesh.products.length)
    expect(catalog.products.map((p) => p.urn)).toContain(`demo:${SESSIONS}`)
    expect(catalog.products.map((p) => p.urn)).toContain(`partner:${ROYALTY_MINUTES}`)
    expect(catalog.domains.filter((d) => d.id === 'finance')).toHaveLength(1)
    expect(catalog.domains.find((d) => d.id === 'royalties')?.name).toBe('Royalties')
    expect(catalog.domains).toHaveLength(demoMesh.domains.length + 1)
    expect(catalog.teams.map((t) => t.id)).toContain('royalties-data')
    expect(catalog.issues).toEqual([])
  })

  it('connects an input port naming another backend’s product into a lineage edge', async () => {
    const catalog = await createFederatedBackend([demo(), partner()]).getCatalog()
    const lineage = buildLineageIndex(catalog.products)
    expect(lineage.upstream(`partner:${ROYALTY_MINUTES}`)).toEqual([`demo:${SESSIONS}`, 'partner:urn:tessera:product:royalties.rights_holders'])
    expect(lineage.downstream(`demo:${SESSIONS}`)).toContain(`partner:${ROYALTY_MINUTES}`)
    expect(lineage.danglingInputs.filter((d) => d.productUrn.startsWith('partner:'))).toEqual([])
  })

  it('labels each product with its source, so one index over the merged catalogue says where each hit came from', async () => {
    const catalog = await createFederatedBackend([demo(), partner()]).getCatalog()
    const hits = createSearchIndex(catalog).search({ q: 'royalty', filters: {}, sort: 'relevance', offset: 0, limit: 10 }).hits
    expect(hits[0]).toMatchObject({ urn: `partner:${ROYALTY_MINUTES}`, source: 'Partner studio' })
    const sessions = createSearchIndex(catalog).search({ q: 'playback sessions', filters: {}, sort: 'relevance', offset: 0, limit: 1 }).hits
    expect(sessions[0]).toMatchObject({ source: 'Lumen demo' })
  })

  it('keeps two backends’ identical URNs apart and routes each read to its owner', async () => {
    const twin = createRestBackend({ id: 'twin', label: 'Twin', baseUrl: TEST_BASE_URL })
    const federation = createFederatedBackend([demo(), twin])
    const catalog = await federation.getCatalog()
    expect(catalog.products).toHaveLength(demoMesh.products.length * 2)
    expect(new Set(catalog.products.map((p) => p.urn)).size).toBe(catalog.products.length)
    const fromTwin = await federation.getProduct(`twin:${SESSIONS}`)
    expect(fromTwin).toMatchObject({ urn: `twin:${SESSIONS}`, source: 'Twin' })
    // Each twin reads its own upstreams: the same URN exists in both, the referring backend wins.
    expect(fromTwin.inputPorts.flatMap((p) => (p.kind === 'product' ? [p.productUrn] : []))).toSatisfy((urns: string[]) =>
      urns.every((u) => u.startsWith('twin:')),
    )
  })

  it('reads one product through its backend, with references across backends namespaced', async () => {
    const federation = createFederatedBackend([demo(), partner()])
    const product = await federation.getProduct(`partner:${ROYALTY_MINUTES}`)
    expect(product.title).toBe('Royalty minutes')
    expect(product.inputPorts[0]).toMatchObject({ kind: 'product', productUrn: `demo:${SESSIONS}` })
  })

  it('follows a link to a backend’s own URN when one backend owns it, and says not found otherwise', async () => {
    const federation = createFederatedBackend([demo(), partner()])
    await expect(federation.getProduct(ROYALTY_MINUTES)).resolves.toMatchObject({ urn: `partner:${ROYALTY_MINUTES}` })
    await expect(federation.getProduct('partner:urn:nope')).rejects.toBeInstanceOf(NotFoundError)
    await expect(federation.getProduct('urn:nowhere')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('shows the other backends’ data with a partial-results issue when one fails', async () => {
    server.use(http.get('*/partner-api/catalog', () => HttpResponse.json({ error: 'boom' }, { status: 500 })))
    const catalog = await createFederatedBackend([demo(), partner()]).getCatalog()
    expect(catalog.products).toHaveLength(demoMesh.products.length)
    expect(catalog.issues).toEqual([{ entity: 'backend', ref: 'Partner studio', message: expect.stringMatching(/HTTP 500/) }])
  })

  it('does not wait for a slow backend beyond its time limit', async () => {
    server.use(http.get('*/partner-api/catalog', () => delay('infinite')))
    const started = Date.now()
    const catalog = await createFederatedBackend([demo(), partner()], { memberTimeoutMs: 300 }).getCatalog()
    expect(Date.now() - started).toBeLessThan(1500)
    expect(catalog.products).toHaveLength(demoMesh.products.length)
    expect(catalog.issues).toEqual([{ entity: 'backend', ref: 'Partner studio', message: 'Partner studio did not answer within 0.3 s.' }])
  })

  it('fails with the first error only when no backend answers', async () => {
    server.use(http.get('*/catalog', () => HttpResponse.json({ error: 'down' }, { status: 503 })))
    await expect(createFederatedBackend([demo(), partner()]).getCatalog()).rejects.toThrow(/HTTP 503/)
  })

  it('merges the directory lists and reports a backend that did not answer', async () => {
    server.use(http.get('*/partner-api/teams', () => HttpResponse.error()))
    const teams = await createFederatedBackend([demo(), partner()]).listTeams()
    expect(teams.items).toHaveLength(demoMesh.teams.length)
    expect(teams.issues).toEqual([expect.objectContaining({ entity: 'backend', ref: 'Partner studio' })])
    const domains = await createFederatedBackend([demo(), partner()]).listDomains()
    expect(domains.items.map((d) => d.id)).toContain('royalties')
  })

  it('cancels every backend’s request when the caller gives up', async () => {
    server.use(http.get('*/partner-api/catalog', () => delay('infinite')))
    const controller = new AbortController()
    const pending = createFederatedBackend([demo(), partner()]).getCatalog({ signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toThrow()
  })
})

describe('writes in a federation', () => {
  beforeEach(servePartner)

  it('saves through the product’s own backend and answers with the namespaced product', async () => {
    const federation = createFederatedBackend([demo('maya-chen'), partner()])
    const before = await federation.getProduct(`demo:${SESSIONS}`)
    const saved = await federation.updateProduct!(`demo:${SESSIONS}`, { baseRevision: before.revision, changes: { description: 'Edited through the federation.' } })
    expect(saved).toMatchObject({ urn: `demo:${SESSIONS}`, description: 'Edited through the federation.', source: 'Lumen demo' })
    const history = await federation.getHistory!(`demo:${SESSIONS}`)
    expect(history[0]?.fields).toContain('description')
  })

  it('hands back a conflict with the current product namespaced', async () => {
    const federation = createFederatedBackend([demo('maya-chen'), partner()])
    const before = await federation.getProduct(`demo:${SESSIONS}`)
    await federation.updateProduct!(`demo:${SESSIONS}`, { baseRevision: before.revision, changes: { description: 'First.' } })
    const error = await federation
      .updateProduct!(`demo:${SESSIONS}`, { baseRevision: before.revision, changes: { description: 'Second.' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).current?.urn).toBe(`demo:${SESSIONS}`)
  })

  it('refuses edits and history for a product whose backend is read-only', async () => {
    const files: CatalogBackend = createFileBackend({
      id: 'files',
      label: 'Files',
      load: async () => ({ catalog: partnerMesh, sources: [{ url: 'partner.json', format: 'test', state: 'loaded', problems: [] }] }),
    })
    const federation = createFederatedBackend([demo('maya-chen'), files])
    expect(federation.capabilities).toMatchObject({ edit: true, history: true, search: 'client' })
    const urn = `files:${ROYALTY_MINUTES}`
    await federation.getCatalog()
    expect(federation.capabilitiesFor!(urn)).toMatchObject({ edit: false, history: false })
    expect(federation.capabilitiesFor!(`demo:${SESSIONS}`)).toMatchObject({ edit: true, history: true })
    await expect(federation.updateProduct!(urn, { baseRevision: 1, changes: { description: 'x' } })).rejects.toBeInstanceOf(UnsupportedError)
    await expect(federation.getHistory!(urn)).rejects.toBeInstanceOf(UnsupportedError)
    expect(await federation.getSources!()).toEqual([expect.objectContaining({ url: 'partner.json', state: 'loaded' })])
  })

  it('has no write methods when no backend can write', () => {
    const files = (id: string) => createFileBackend({ id, label: id, load: async () => ({ catalog: partnerMesh, sources: [] }) })
    const federation = createFederatedBackend([files('a'), files('b')])
    expect(federation.updateProduct).toBeUndefined()
    expect(federation.capabilities.edit).toBe(false)
  })

  it('refuses two backends with the same id', () => {
    expect(() => createFederatedBackend([demo(), demo()])).toThrow(/distinct ids/)
  })
})
