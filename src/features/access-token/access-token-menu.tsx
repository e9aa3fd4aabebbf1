import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { accessTokens } from '../../backends/auth/access-tokens'
import type { TokenAuth } from '../../backends/catalog-backend'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { useDismiss } from '../../ui/use-dismiss'
import { AccessTokenForm } from './access-token-form'
import type { TokenState } from './refused-tokens'
import { useResetQueriesOnTokenChange, useTokensState, useTokenState } from './use-access-token'
import './access-token.css'

/**
 * The header's sign-in by token, for backends that take one: whether a token is in use, with
 * "Forget token", or a form to enter one. Every change makes the views ask their backend again.
 * When the server already knows the visitor (a proxy signs them in), it names them instead of
 * asking for a token; the form stays one click away.
 */
export function AccessTokenMenu() {
  const backend = useBackend()
  useResetQueriesOnTokenChange()
  const auths = backend.auth ?? []
  return auths.length ? <AccessTokenDisclosure auths={auths} /> : null
}

const TRIGGER_TEXT: Record<TokenState, string> = {
  none: 'Enter access token',
  kept: 'Signed in with a token',
  refused: 'Token refused',
}

function AccessTokenDisclosure({ auths }: { auths: readonly TokenAuth[] }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const closeMenu = useCallback(() => setOpen(false), [])
  const state = useTokensState(auths.map((a) => a.backendId))
  const { data: identity } = useQuery({ ...identityQuery(useBackend()), enabled: state === 'none' })
  const signedIn = state === 'none' && identity?.personId ? identity.name : undefined

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) trigger.current?.focus()
  }

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, button')?.focus()
  }, [open])
  useDismiss(open, closeMenu, root, trigger)

  return (
    <div className="access-token-menu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className={`button button-ghost access-token-trigger is-${state}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <KeyIcon />
        {signedIn ? (
          <>
            <span className="visually-hidden">Signed in as</span> {signedIn}
          </>
        ) : (
          TRIGGER_TEXT[state]
        )}
      </button>
      <div id={panelId} ref={panel} className="access-token-panel" role="group" aria-label="Access tokens" hidden={!open}>
        {auths.map((auth) => (
          <AccessTokenEntry key={auth.backendId} auth={auth} named={auths.length > 1} onDone={() => close(true)} />
        ))}
      </div>
    </div>
  )
}

function AccessTokenEntry({ auth, named, onDone }: { auth: TokenAuth; named: boolean; onDone: () => void }) {
  const state = useTokenState(auth.backendId)
  if (state === 'none') return <AccessTokenForm auth={auth} onUsed={onDone} />
  return (
    <div className="access-token-entry">
      {state === 'refused' ? (
        <AccessTokenForm auth={auth} refused onUsed={onDone} />
      ) : (
        <>
          <p>
            <strong>{auth.label}</strong>: signed in with a token.
          </p>
          <p className="muted">It is kept in this browser tab until you close it.</p>
        </>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          accessTokens.forget(auth.backendId)
          onDone()
        }}
      >
        Forget token{named && <span className="visually-hidden"> for {auth.label}</span>}
      </button>
    </div>
  )
}

function KeyIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="7.5" cy="15.5" r="4.5" />
      <path d="m10.7 12.3 9.3-9.3M16 7l3 3M14 9l2 2" />
    </svg>
  )
}
