import { useId, useRef, useState, type FormEvent } from 'react'
import { accessTokens, InvalidAccessTokenError } from '../../backends/auth/access-tokens'
import type { TokenAuth } from '../../backends/catalog-backend'
import './access-token.css'

interface AccessTokenFormProps {
  auth: TokenAuth
  /** The token kept for this backend was just refused by it. */
  refused?: boolean
  autoFocus?: boolean
  /** After the token is kept; the store's subscribers (query reset, boundary retry) do the rest. */
  onUsed?: () => void
}

/** Asks for a backend's access token. The field is uncontrolled, so the token never sits in React state. */
export function AccessTokenForm({ auth, refused = false, autoFocus = false, onUsed }: AccessTokenFormProps) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<string>()
  const fieldId = `${id}-token`
  const helpId = `${id}-help`
  const problemId = `${id}-problem`
  const shownProblem = problem ?? (refused ? 'The token was refused.' : undefined)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    try {
      accessTokens.set(auth.backendId, input.current?.value ?? '')
    } catch (error) {
      if (!(error instanceof InvalidAccessTokenError)) throw error
      setProblem(error.message)
      input.current?.focus()
      return
    }
    setProblem(undefined)
    if (input.current) input.current.value = ''
    onUsed?.()
  }

  return (
    <form className="access-token-form" onSubmit={submit} noValidate>
      {!shownProblem && <p className="access-token-lead muted">Sign in to {auth.label} with an access token to continue.</p>}
      {shownProblem && (
        <p id={problemId} className="access-token-problem" role={problem ? 'alert' : undefined}>
          {shownProblem}
          {!problem && <span className="muted"> Check that it is complete and has not expired, or create a new one.</span>}
        </p>
      )}
      <label htmlFor={fieldId} className="access-token-label">
        Access token for {auth.label}
      </label>
      <div className="access-token-row">
        <input
          ref={input}
          id={fieldId}
          type="password"
          name="access-token"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          autoFocus={autoFocus}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={shownProblem ? `${problemId} ${helpId}` : helpId}
        />
        <button type="submit" className="button button-primary">
          Use this token
        </button>
      </div>
      <p id={helpId} className="access-token-help muted">
        {auth.help} Tessera keeps it in this browser tab until you close it, and sends it only to {auth.label}.
      </p>
    </form>
  )
}
