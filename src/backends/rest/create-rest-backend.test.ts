import { http, HttpResponse } from 'msw'
import { server, TEST_BASE_URL } from '../../mocks/node'
import { demoMesh } from '../../mocks/demo-mesh/demo-mesh'
import { ConflictError, ForbiddenError, InvalidDataError, NotFoundError, UnavailableError } from '../errors'
import { createRestBackend } from './create-rest-backend'

const SESSIONS = 'urn:tessera:product:playback.playback_sessions'
const as = (personId?: string) =>
  createRestBackend({
    id: 'test',
    label: 'Test',
    baseUrl: TEST_BASE_URL,
    headers: (): Record<string, string> => (personId ? { 'X-Tessera-Demo-User': personId } : {}),
    timeoutMs: 2000,
  })

describe('rest backend reading', () => {
  it('reads the whole catalogue', async () => {
    const catalog = await as().getCatalog()
    expect(catalog.products).toHaveLength(demoMesh.products.length)
    expect(catalog.domains).toHaveLength(demoMesh.domains.length)
    expect(catalog.issues).toEqual([])
  })

  it('skips and reports malformed records instead of failing the whole catalogue', async () => {
    server.use(
      http.get('*/catalog', () =>
        HttpResponse.json({
          ...demoMesh,
          products: [demoMesh.products[0], { urn: 'urn:bad', title: 'Bad', kind: 'banana' }, 'not even an object'],
          teams: [{ name: 'No id' }],
        }),
      ),
    )
    const catalog = await as().getCatalog()
    expect(catalog.products.map((p) => p.urn)).toEqual([demoMesh.products[0]?.urn])
    expect(catalog.teams).toEqual([])
    expect(catalog.issues.map((i) => `${i.entity} ${i.ref}`)).toEqual(['team #1', 'product urn:bad', 'product #3'])
    expect(catalog.issues.find((i) => i.ref === 'urn:bad')?.message).toMatch(/kind/)
  })

  it('reads usage where the server counts it and drops malformed counts, keeping the product', async () => {
    const [first, second, third] = demoMesh.products
    server.use(
      http.get('*/catalog', () =>
        HttpResponse.json({
          ...demoMesh,
          products: [
            { ...first, usage: { queries: 120, users: 7, previousQueries: 100, daily: [1, 2, 3] } },
            { ...second, usage: { queries: -3 } },
            { ...third, usage: { queries: 9, users: 'many', daily: 'lots' } },
          ],
        }),
      ),
    )
    const catalog = await as().getCatalog()
    expect(catalog.issues).toEqual([])
    expect(catalog.products.map((p) => p.usage)).toEqual([{ queries: 120, users: 7, previousQueries: 100, daily: [1, 2, 3] }, undefined, { queries: 9 }])
  })

  it('rejects a catalogue that is not an object of lists', async () => {
    server.use(http.get('*/catalog', () => HttpResponse.json({ products: 'nope', domains: [], teams: [], people: [] })))
    await expect(as().getCatalog()).rejects.toBeInstanceOf(InvalidDataError)
  })

  it('reads one product and reports an unknown one as not found', async () => {
    expect((await as().getProduct(SESSIONS)).title).toBe('Playback sessions')
    await expect(as().getProduct('urn:tessera:product:none.none')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('explains a malformed product with the fields that were wrong', async () => {
    server.use(http.get('*/products/:urn', () => HttpResponse.json({ urn: 42, kind: 'banana' })))
    const error = await as().getProduct(SESSIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidDataError)
    expect((error as InvalidDataError).details.join(' ')).toMatch(/urn/)
  })

  it('turns 5xx, network failures and non-JSON answers into errors the UI can explain', async () => {
    server.use(http.get('*/domains', () => HttpResponse.json({ error: 'down' }, { status: 503 })))
    await expect(as().listDomains()).rejects.toMatchObject({ kind: 'unavailable', status: 503 })
    server.use(http.get('*/teams', () => HttpResponse.error()))
    await expect(as().listTeams()).rejects.toBeInstanceOf(UnavailableError)
    server.use(http.get('*/people', () => new HttpResponse('<html>gateway</html>', { status: 200 })))
    await expect(as().listPeople()).rejects.toMatchObject({ kind: 'invalid-data', message: expect.stringMatching(/not JSON/) })
  })

  it('gives up on a slow backend with a timeout', async () => {
    server.use(http.get('*/domains', () => new Promise<never>(() => undefined)))
    const slow = createRestBackend({ id: 't', label: 't', baseUrl: TEST_BASE_URL, timeoutMs: 50 })
    await expect(slow.listDomains()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/did not answer/) })
  })

  it('reports a body that stalls after the headers as a timeout', async () => {
    server.use(http.get('*/domains', () => new HttpResponse(new ReadableStream({ start: () => undefined }), { status: 200 })))
    const slow = createRestBackend({ id: 't', label: 't', baseUrl: TEST_BASE_URL, timeoutMs: 80 })
    await expect(slow.listDomains()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/did not answer/) })
  })

  it('keeps the first of two records with the same id and reports the second', async () => {
    const [first, second] = demoMesh.products
    server.use(http.get('*/catalog', () => HttpResponse.json({ ...demoMesh, products: [first, { ...second, urn: first!.urn }] })))
    const catalog = await as().getCatalog()
    expect(catalog.products).toEqual([first])
    expect(catalog.issues).toEqual([{ entity: 'product', ref: first!.urn, message: expect.stringMatching(/more than once/) }])
  })

  it('passes cancellation through untouched', async () => {
    const controller = new AbortController()
    const pending = as().getCatalog({ signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('rest backend writing', () => {
  it('saves an owner’s change, bumps the revision and records history', async () => {
    const saved = await as('maya-chen').updateProduct!(SESSIONS, { baseRevision: 1, changes: { description: 'New text' } })
    expect(saved).toMatchObject({ description: 'New text', revision: 2, updatedBy: 'maya-chen' })
    expect((await as().getProduct(SESSIONS)).description).toBe('New text')
    const history = await as().getHistory!(SESSIONS)
    expect(history[0]).toMatchObject({ revision: 2, by: 'maya-chen', fields: ['description'] })
  })

  it('refuses a non-owner with ForbiddenError and an anonymous visitor too', async () => {
    await expect(as('sam-okafor').updateProduct!(SESSIONS, { baseRevision: 1, changes: { description: 'x' } })).rejects.toBeInstanceOf(ForbiddenError)
    await expect(as().updateProduct!(SESSIONS, { baseRevision: 1, changes: { description: 'x' } })).rejects.toBeInstanceOf(ForbiddenError)
    expect((await as().getProduct(SESSIONS)).revision).toBe(1)
  })

  it('reports a stale save as a conflict carrying the current version', async () => {
    await as('maya-chen').updateProduct!(SESSIONS, { baseRevision: 1, changes: { description: 'First' } })
    const error = await as('maya-chen')
      .updateProduct!(SESSIONS, { baseRevision: 1, changes: { description: 'Second' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).current).toMatchObject({ description: 'First', revision: 2 })
  })

  it('updates a nested column description', async () => {
    const product = await as().getProduct(SESSIONS)
    const port = product.outputPorts[0]!
    const column = port.columns[0]!
    const saved = await as('maya-chen').updateProduct!(SESSIONS, {
      baseRevision: 1,
      changes: { columnDescriptions: [{ outputPortId: port.id, column: column.name, description: 'Documented now' }] },
    })
    expect(saved.outputPorts[0]?.columns[0]?.description).toBe('Documented now')
  })
})
