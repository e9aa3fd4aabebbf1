import { http, HttpResponse } from 'msw'
import { authored, CAMPAIGNS, ORDERS } from '../../mocks/backstage/backstage-fixture'
import { createBackstageHandlers } from '../../mocks/backstage/backstage-handlers'
import { server } from '../../mocks/node'
import { ForbiddenError, InvalidDataError, NotFoundError, UnavailableError } from '../errors'
import { createBackstageBackend, type BackstageBackendConfig } from './create-backstage-backend'

const BASE = 'http://backstage.test/backstage'
const TOKEN = 'backstage-secret-123'
const backend = (extra: Partial<BackstageBackendConfig> = {}) =>
  createBackstageBackend({ id: 'backstage', label: 'Acme Backstage', baseUrl: BASE, token: TOKEN, timeoutMs: 3000, ...extra })

describe('Backstage backend against an emulated catalog API', () => {
  const seen: URL[] = []
  const headers: (string | null)[] = []
  beforeEach(() => {
    seen.length = 0
    headers.length = 0
    server.use(
      http.get('*/api/catalog/*', ({ request }) => {
        seen.push(new URL(request.url))
        headers.push(request.headers.get('Authorization'))
        return undefined
      }),
      ...createBackstageHandlers({ basePath: '/backstage', token: TOKEN }),
    )
  })

  it('reads every kind it maps, page by page with the cursor, and is read-only with client-side search', async () => {
    const b = backend({ pageSize: 4 })
    expect(b.capabilities).toMatchObject({ search: 'client', edit: false })
    expect(b.updateProduct).toBeUndefined()
    const catalog = await b.getCatalog()
    expect(catalog.issues).toEqual([])
    expect(catalog.products.map((p) => p.title).sort()).toEqual(['Campaign performance', 'Customer 360', 'Orders'])
    expect(catalog.teams).toHaveLength(2)
    expect(catalog.people).toHaveLength(2)
    expect(seen.length).toBe(Math.ceil(authored.length / 4))
    expect(seen[0]?.pathname).toBe('/backstage/api/catalog/entities/by-query')
    expect(seen[0]?.searchParams.getAll('filter')).toEqual(['kind=domain', 'kind=system', 'kind=component', 'kind=resource', 'kind=api', 'kind=group', 'kind=user'])
    expect(seen.slice(1).every((u) => u.searchParams.has('cursor') && !u.searchParams.has('filter'))).toBe(true)
  })

  it('sends the token as a Bearer header only, and explains a refused one', async () => {
    await backend().getCatalog()
    expect(headers.every((h) => h === `Bearer ${TOKEN}`)).toBe(true)
    expect(seen.every((u) => !u.href.includes(TOKEN))).toBe(true)
    await expect(backend({ token: 'wrong' }).getCatalog()).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('opens a product with its lineage, and says not found for an unknown one', async () => {
    const b = backend()
    const campaigns = await b.getProduct(CAMPAIGNS)
    expect(campaigns.inputPorts).toContainEqual({ kind: 'product', productUrn: ORDERS, outputPortId: 'api:default/orders-events' })
    await expect(b.getProduct('system:default/nope')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('reuses a fresh read for product pages and lists', async () => {
    const b = backend()
    await b.getCatalog()
    const calls = seen.length
    await b.getProduct(ORDERS)
    expect((await b.listDomains()).items.map((d) => d.name)).toContain('Orders')
    expect(seen.length).toBe(calls)
  })

  it('turns outages and nonsense into catalogue errors', async () => {
    server.use(http.get('*/backstage/api/catalog/entities/by-query', () => HttpResponse.json({ error: { name: 'Error', message: 'db down' }, response: { statusCode: 503 } }, { status: 503 })))
    await expect(backend().getCatalog()).rejects.toBeInstanceOf(UnavailableError)
    server.use(http.get('*/backstage/api/catalog/entities/by-query', () => HttpResponse.json({ entities: [] })))
    await expect(backend().getCatalog()).rejects.toBeInstanceOf(InvalidDataError)
  })

  it('skips a malformed entity and reports it, keeping the rest', async () => {
    server.use(
      http.get('*/backstage/api/catalog/entities/by-query', () =>
        HttpResponse.json({
          items: [
            { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 'ok' }, spec: { type: 'data-product', owner: 'team' } },
            { apiVersion: 'backstage.io/v1alpha1', kind: 'Resource', metadata: { name: 'no-type' }, spec: { owner: 'team' } },
          ],
          totalItems: 2,
          pageInfo: {},
        }),
      ),
    )
    const catalog = await backend().getCatalog()
    expect(catalog.products.map((p) => p.urn)).toEqual(['system:default/ok'])
    expect(catalog.issues).toEqual([expect.objectContaining({ entity: 'resource', ref: 'resource:default/no-type' })])
  })
})
