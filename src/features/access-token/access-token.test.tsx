// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { accessTokens } from '../../backends/auth/access-tokens'
import type { CatalogBackend, TokenAuth } from '../../backends/catalog-backend'
import { ForbiddenError, NotFoundError } from '../../backends/errors'
import { BackendProvider } from '../../queries/backend-context'
import { ErrorRecoveryProvider, ErrorState } from '../../ui/states'
import { AccessTokenMenu } from './access-token-menu'
import { recoverWithAccessToken } from './access-token-recovery'

const AUTH: TokenAuth = { backendId: 'om', kind: 'bearer', label: 'Acme OpenMetadata', help: 'Open your profile → Access Token.' }
const SECRET = 'eyJ.secret.sig'

const backendWith = (auth?: TokenAuth[]) => ({ id: 'om', label: 'Acme OpenMetadata', capabilities: {}, auth }) as unknown as CatalogBackend

function renderWith(ui: ReactNode, backend = backendWith([AUTH])) {
  const queryClient = new QueryClient()
  const reset = vi.spyOn(queryClient, 'resetQueries')
  const view = render(
    <QueryClientProvider client={queryClient}>
      <BackendProvider backend={backend}>
        <ErrorRecoveryProvider recover={recoverWithAccessToken}>{ui}</ErrorRecoveryProvider>
      </BackendProvider>
    </QueryClientProvider>,
  )
  return { ...view, reset }
}

const field = () => screen.getByLabelText('Access token for Acme OpenMetadata')

afterEach(() => accessTokens.forget('om'))

describe('signing in with a token from an error', () => {
  it('asks for a token when the backend refuses, keeps it for this tab and retries', async () => {
    const retry = vi.fn()
    renderWith(<ErrorState error={new ForbiddenError('Not authorized; token is missing or invalid')} onRetry={retry} />)
    expect(field()).toHaveAttribute('type', 'password')
    expect(field()).toHaveAccessibleDescription(/Open your profile → Access Token\. Tessera keeps it in this browser tab/)
    expect(field()).not.toHaveFocus()
    expect(screen.queryByText('The token was refused.')).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: 'Use this token' }))
    expect(screen.getByText('Enter a token.')).toHaveAttribute('role', 'alert')
    expect(field()).toHaveAttribute('aria-invalid', 'true')
    expect(retry).not.toHaveBeenCalled()

    await userEvent.type(field(), `Bearer ${SECRET}{Enter}`)
    expect(accessTokens.get('om')).toBe(SECRET)
    expect(retry).toHaveBeenCalledTimes(1)
    expect(document.body.textContent).not.toContain(SECRET)
    expect(sessionStorage.getItem('tessera.access-token.om')).toBe(SECRET)
  })

  it('says the kept token was refused, keeps the field and puts focus in it', () => {
    accessTokens.set('om', SECRET)
    renderWith(<ErrorState error={new ForbiddenError()} onRetry={() => undefined} />)
    expect(screen.getByText('The token was refused.')).toBeVisible()
    expect(field()).toHaveFocus()
    expect(field()).toHaveAccessibleDescription(/The token was refused\./)
    expect(field()).toHaveValue('')
  })

  it('offers nothing for other errors, or for a backend that takes no token', () => {
    renderWith(<ErrorState error={new NotFoundError('Product x')} />)
    expect(screen.queryByLabelText(/Access token/)).toBeNull()
    renderWith(<ErrorState error={new ForbiddenError()} />, backendWith(undefined))
    expect(screen.queryByLabelText(/Access token/)).toBeNull()
  })
})

describe('the header control', () => {
  it('names the visitor the server already knows instead of asking for a token, and still offers the form', async () => {
    const known = { ...backendWith([AUTH]), getIdentity: () => Promise.resolve({ personId: 'jane.doe', name: 'Jane Doe', description: 'Signed in to OpenMetadata' }) } as CatalogBackend
    renderWith(<AccessTokenMenu />, known)
    const trigger = await screen.findByRole('button', { name: 'Signed in as Jane Doe' })
    expect(screen.queryByRole('button', { name: 'Enter access token' })).toBeNull()
    await userEvent.click(trigger)
    expect(field()).toBeVisible()
  })

  it('enters a token, then shows it is in use and forgets it, asking every view again each time', async () => {
    const { reset } = renderWith(<AccessTokenMenu />)
    const enter = screen.getByRole('button', { name: 'Enter access token' })
    expect(enter).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(enter)
    expect(enter).toHaveAttribute('aria-expanded', 'true')
    expect(field()).toHaveFocus()
    await userEvent.keyboard(`${SECRET}{Enter}`)
    expect(reset).toHaveBeenCalledTimes(1)

    const signedIn = screen.getByRole('button', { name: 'Signed in with a token' })
    expect(signedIn).toHaveFocus()
    expect(signedIn).toHaveAttribute('aria-expanded', 'false')
    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('group', { name: 'Access tokens' })).toHaveTextContent('Acme OpenMetadata: signed in with a token.')
    await userEvent.click(screen.getByRole('button', { name: 'Forget token' }))
    expect(accessTokens.get('om')).toBeUndefined()
    expect(reset).toHaveBeenCalledTimes(2)
    expect(screen.getByRole('button', { name: 'Enter access token' })).toHaveFocus()
  })

  it('closes on Escape, returning focus to its button', async () => {
    renderWith(<AccessTokenMenu />)
    await userEvent.click(screen.getByRole('button', { name: 'Enter access token' }))
    await userEvent.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: 'Enter access token' })).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getByRole('button', { name: 'Enter access token' })).toHaveFocus()
  })

  it('says so when the kept token was refused, until another is entered', async () => {
    accessTokens.set('om', 'expired-token')
    const { unmount } = renderWith(
      <>
        <AccessTokenMenu />
        <ErrorState error={new ForbiddenError()} onRetry={() => undefined} />
      </>,
    )
    const trigger = screen.getByRole('button', { name: 'Token refused' })
    await userEvent.click(trigger)
    const panel = screen.getByRole('group', { name: 'Access tokens' })
    expect(panel).toHaveTextContent('The token was refused.')
    expect(within(panel).getByRole('button', { name: 'Forget token' })).toBeVisible()
    await userEvent.type(within(panel).getByLabelText('Access token for Acme OpenMetadata'), `${SECRET}{Enter}`)
    expect(screen.getByRole('button', { name: 'Signed in with a token' })).toHaveFocus()
    unmount()
  })

  it('is absent for a backend that takes no token', () => {
    renderWith(<AccessTokenMenu />, backendWith([]))
    expect(screen.queryByRole('button', { name: /token/ })).toBeNull()
  })
})
