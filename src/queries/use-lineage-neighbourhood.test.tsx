// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { CatalogBackend } from '../backends/catalog-backend'
import { UnavailableError } from '../backends/errors'
import { indexCatalog } from '../model/catalog-index'
import { makeConsumer, makeProduct } from '../model/test-products'
import type { Catalog } from '../model/types'
import { BackendProvider } from './backend-context'
import { useLineageNeighbourhood, type NeighbourhoodRequest } from './use-lineage-neighbourhood'

const catalogOf = (products: Catalog['products']): Catalog => ({ domains: [], teams: [], people: [], products, issues: [] })
const catalogue = indexCatalog(catalogOf([makeProduct({ urn: 'a' }), makeConsumer('b', ['a'])]))

function backendWith(getLineage?: CatalogBackend['getLineage']): CatalogBackend {
  return {
    id: 'test',
    label: 'Test server',
    capabilities: { search: 'server', edit: false, history: false, columnLineage: false, switchIdentity: false },
    getCatalog: () => Promise.resolve(catalogue.catalog),
    getProduct: () => Promise.reject(new Error('unused')),
    listDomains: () => Promise.resolve({ items: [], issues: [] }),
    listTeams: () => Promise.resolve({ items: [], issues: [] }),
    listPeople: () => Promise.resolve({ items: [], issues: [] }),
    ...(getLineage ? { getLineage } : {}),
  }
}

function render(backend: CatalogBackend, request: NeighbourhoodRequest | undefined) {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <BackendProvider backend={backend}>{children}</BackendProvider>
    </QueryClientProvider>
  )
  return renderHook(({ req }) => useLineageNeighbourhood(catalogue, req), { wrapper, initialProps: { req: request } })
}

describe('useLineageNeighbourhood', () => {
  it('is the catalogue itself for a backend that does not traverse lineage', () => {
    const { result } = render(backendWith(), { focus: 'a', upstream: 2, downstream: 2 })
    expect(result.current.status).toBe('catalogue')
    expect(result.current.catalog).toBe(catalogue)
  })

  it('lays the traversed neighbourhood over the catalogue, asking for the hops requested', async () => {
    const getLineage = vi.fn(() => Promise.resolve(catalogOf([makeConsumer('b', ['a']), makeConsumer('c', ['b'])])))
    const { result } = render(backendWith(getLineage), { focus: 'a', upstream: 1, downstream: 3 })
    expect(result.current.status).toBe('loading')
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(result.current.catalog.lineage().downstream('b')).toEqual(['c'])
    expect(getLineage).toHaveBeenCalledWith('a', { upstream: 1, downstream: 3 }, expect.anything())
  })

  it('keeps the last graph while another depth loads, then shows the new one', async () => {
    let answer: (c: Catalog) => void = () => undefined
    const getLineage = vi.fn((_urn: string, depth: { upstream: number; downstream: number }) =>
      depth.downstream === 1 ? Promise.resolve(catalogOf([makeConsumer('c', ['b'])])) : new Promise<Catalog>((resolve) => (answer = resolve)),
    )
    const { result, rerender } = render(backendWith(getLineage), { focus: 'a', upstream: 0, downstream: 1 })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    const first = result.current.answer
    rerender({ req: { focus: 'a', upstream: 0, downstream: 2 } })
    expect(result.current.refreshing).toBe(true)
    expect(result.current.catalog.product('c')).toBeDefined()
    expect(result.current.answer).toBe('')
    answer(catalogOf([makeConsumer('c', ['b']), makeConsumer('d', ['c'])]))
    await waitFor(() => expect(result.current.catalog.product('d')).toBeDefined())
    expect(result.current.refreshing).toBe(false)
    expect(result.current.answer).not.toBe(first)
  })

  it('falls back to the catalogue, with the error and a retry, when the traversal fails', async () => {
    const getLineage = vi.fn(() => Promise.reject(new UnavailableError('the lineage service is down')))
    const { result } = render(backendWith(getLineage), { focus: 'a', upstream: 1, downstream: 1 })
    await waitFor(() => expect(result.current.status).toBe('failed'))
    expect(result.current.catalog.catalog).toBe(catalogue.catalog)
    expect(result.current.error).toBeInstanceOf(UnavailableError)
    result.current.retry()
    await waitFor(() => expect(getLineage.mock.calls.length).toBeGreaterThanOrEqual(3))
  })
})
