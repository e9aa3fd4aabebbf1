// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createRestBackend } from '../../backends/rest/create-rest-backend'
import { TEST_BASE_URL } from '../../mocks/node'
import { BackendProvider } from '../../queries/backend-context'
import { createQueryClient } from '../../queries/query-client'
import { ProductPage } from './product-page'

const SESSIONS = 'urn:tessera:product:playback.playback_sessions'
const path = (urn: string, search = '') => `/products/${encodeURIComponent(urn)}${search}`

function renderAt(entry: string) {
  const backend = createRestBackend({ id: 'test', label: 'Test', baseUrl: TEST_BASE_URL })
  const router = createMemoryRouter(
    [
      {
        path: '/products/:urn',
        element: (
          <Suspense fallback={<p>Loading…</p>}>
            <ProductPage />
          </Suspense>
        ),
      },
    ],
    { initialEntries: [entry] },
  )
  render(
    <QueryClientProvider client={createQueryClient()}>
      <BackendProvider backend={backend}>
        <RouterProvider router={router} />
      </BackendProvider>
    </QueryClientProvider>,
  )
  return router
}

describe('ProductPage', () => {
  it('opens the tab named in the URL and puts the chosen tab in the URL', async () => {
    const user = userEvent.setup()
    const router = renderAt(path(SESSIONS, '?tab=contract'))
    // The first render loads the whole demo mesh: on a busy machine that takes longer than a second.
    expect(await screen.findByRole('heading', { level: 1, name: 'Playback sessions' }, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Contract & quality' })).toHaveAttribute('aria-selected', 'true')
    const panel = screen.getByRole('tabpanel')
    expect(within(panel).getByRole('heading', { name: 'Quality checks' })).toBeInTheDocument()
    expect(within(panel).getByText('Session id is unique')).toBeInTheDocument()
    expect(within(panel).getByText(/Show the contract document/)).toBeInTheDocument()

    await user.click(screen.getByRole('tab', { name: /^Schema/ }))
    expect(router.state.location.search).toBe('?tab=schema')
    expect(screen.getByRole('table', { name: 'Columns of Sessions table' })).toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: 'Filter columns by name' }), 'ip_')
    expect(router.state.location.search).toBe('?tab=schema&column=ip_')
  })

  it('falls back to the overview for an unknown tab', async () => {
    renderAt(path(SESSIONS, '?tab=nonsense'))
    expect(await screen.findByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('region', { name: 'Description' })).toBeInTheDocument()
  })

  it('answers an unknown URN with a not-found page suggesting similar products', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught not-found error
    renderAt(path('urn:tessera:product:playback.playback_sesions'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Product not found' })).toBeInTheDocument()
    const suggestions = screen.getByRole('list', { name: 'Similar products' })
    expect(within(suggestions).getAllByRole('link')[0]).toHaveTextContent('Playback sessions')
    expect(screen.getByRole('link', { name: /Search the catalogue for “playback playback sesions”/ })).toBeInTheDocument()
  })
})
