import { useEffect, useState } from 'react'
import { accessTokens } from '../../backends/auth/access-tokens'
import { isCatalogError } from '../../backends/errors'
import { useBackend } from '../../queries/backend-context'
import type { ErrorRecovery } from '../../ui/states'
import { AccessTokenForm } from './access-token-form'
import { refusedTokens } from './refused-tokens'
import { useOnTokenChange } from './use-access-token'

/**
 * When a backend that takes access tokens refuses a request, asks for one in place; entering it
 * (here or in the header) retries. A token kept before this error appeared is the one refused.
 */
export function AccessTokenRecovery({ error, onRecovered }: { error: unknown; onRecovered?: () => void }) {
  const backend = useBackend()
  const auths = backend.auth ?? []
  const applies = isCatalogError(error) && error.kind === 'forbidden' && auths.length > 0
  const [refused] = useState(() => new Set(auths.filter((a) => accessTokens.get(a.backendId) !== undefined).map((a) => a.backendId)))
  useOnTokenChange(applies ? onRecovered : undefined)
  useEffect(() => {
    if (applies) refused.forEach((backendId) => refusedTokens.mark(backendId))
  }, [applies, refused])
  if (!applies) return null
  return (
    <div className="access-token-recovery">
      {auths.map((auth, i) => (
        <AccessTokenForm key={auth.backendId} auth={auth} refused={refused.has(auth.backendId)} autoFocus={i === 0 && refused.size > 0} />
      ))}
    </div>
  )
}

export const recoverWithAccessToken: ErrorRecovery = (error, retry) => <AccessTokenRecovery error={error} onRecovered={retry} />
