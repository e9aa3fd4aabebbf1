import { createContext, useContext, type ReactNode } from 'react'
import { SourcesLink } from './sources-link'
import { isCatalogError, type CatalogErrorKind } from '../backends/errors'

const TITLES: Record<CatalogErrorKind, string> = {
  'not-found': 'Not found',
  forbidden: 'Not allowed',
  conflict: 'Someone saved first',
  unavailable: 'The catalogue is unavailable',
  'invalid-data': 'The catalogue sent data Tessera cannot read',
  unsupported: 'Not supported by this catalogue',
  misconfigured: 'Tessera’s configuration needs fixing',
}

const ADVICE: Partial<Record<CatalogErrorKind, string>> = {
  unavailable: 'This is usually temporary. Try again in a moment.',
  'invalid-data': 'This is a problem with the catalogue backend, not with you. Tell its administrators if it persists.',
  misconfigured: 'Waiting will not help: whoever deploys Tessera needs to correct config.json (see README → Configuration).',
}

/** A way forward for an error, beyond retrying (signing in, say); `retry` is the error state's own retry, if any. */
export type ErrorRecovery = (error: unknown, retry: (() => void) | undefined) => ReactNode

const ErrorRecoveryContext = createContext<ErrorRecovery | undefined>(undefined)

/** Lets every ErrorState below offer `recover`'s way forward, so the app adds one without touching each page. */
export function ErrorRecoveryProvider({ recover, children }: { recover: ErrorRecovery; children: ReactNode }) {
  return <ErrorRecoveryContext value={recover}>{children}</ErrorRecoveryContext>
}

/**
 * Explains what went wrong in words a user can act on, with a retry where retrying can help, and
 * `action` (or the surrounding ErrorRecoveryProvider's) as a further way forward.
 */
export function ErrorState({ error, onRetry, title, action }: { error: unknown; onRetry?: () => void; title?: string; action?: ReactNode }) {
  const recover = useContext(ErrorRecoveryContext)
  const kind = isCatalogError(error) ? error.kind : undefined
  const message = error instanceof Error ? error.message : 'Something went wrong.'
  const details = isCatalogError(error) && 'details' in error && Array.isArray(error.details) ? (error.details as string[]) : []
  return (
    <section className="state state-error" role="alert" aria-live="assertive">
      <h2>{title ?? (kind ? TITLES[kind] : 'Something went wrong')}</h2>
      <p>{message}</p>
      {kind && ADVICE[kind] && <p className="muted">{ADVICE[kind]}</p>}
      {details.length > 0 && (
        <details>
          <summary>Details</summary>
          <ul>
            {details.slice(0, 10).map((d) => (
              <li key={d}>
                <code>{d}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {isCatalogError(error) && error.seeSources && <SourcesLink />}
      {action ?? recover?.(error, onRetry)}
      {onRetry && kind !== 'not-found' && kind !== 'forbidden' && kind !== 'misconfigured' && (
        <button type="button" className="button button-primary" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  )
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="state state-empty">
      <h2>{title}</h2>
      {children}
    </section>
  )
}

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  )
}
