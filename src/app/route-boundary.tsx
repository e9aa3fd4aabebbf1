import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useLocation } from 'react-router'
import { ErrorRecoveryProvider, ErrorState } from '../ui/states'
import { RouteSkeleton } from './layout/route-skeleton'
import { recoverWithAccessToken } from '../features/access-token/access-token-recovery'

/** Each route fails and loads on its own: an error shows with a retry (or a sign-in) and the shell stays usable. */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return (
    <ErrorRecoveryProvider recover={recoverWithAccessToken}>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            resetKeys={[pathname]}
            fallbackRender={({ error, resetErrorBoundary }) => <ErrorState error={error} onRetry={resetErrorBoundary} />}
          >
            <Suspense fallback={<RouteSkeleton />}>{children}</Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </ErrorRecoveryProvider>
  )
}
