import { isRouteErrorResponse, useRouteError } from 'react-router'
import { ErrorState } from '../ui/states'

/** Router-level failures, such as a route's code failing to download after a deploy. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorState error={new Error('This page does not exist.')} title="Page not found" />
  }
  return (
    <ErrorState
      title="This page could not be opened"
      error={error instanceof Error ? error : new Error('An unexpected error occurred.')}
      onRetry={() => window.location.reload()}
    />
  )
}
