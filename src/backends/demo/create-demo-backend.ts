import type { CatalogBackend, Identity } from '../catalog-backend'
import { createRestBackend } from '../rest/create-rest-backend'
import { parseListing } from '../rest/parse'
import { createHttp } from '../rest/http'
import { identitySchema } from '../rest/wire-schemas'

export const DEMO_BASE_URL = '/demo-api'
/** Header through which the demo server learns who the visitor acts as. */
export const DEMO_USER_HEADER = 'X-Tessera-Demo-User'
const STORAGE_KEY = 'tessera.demo.identity'

// Blocked storage only means the choice is not remembered across visits.
const safely = <T>(read: () => T): T | undefined => {
  try {
    return read()
  } catch {
    return undefined
  }
}
const browserStorage = () => safely(() => (typeof localStorage === 'undefined' ? undefined : localStorage))

export interface DemoBackendConfig {
  id: string
  label: string
  baseUrl?: string
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
}

/**
 * The demo mesh, served by the same REST API as a real server (in the browser by MSW).
 * The visitor picks who they act as; the server enforces ownership for that identity.
 */
export function createDemoBackend({ id, label, baseUrl = DEMO_BASE_URL, storage }: DemoBackendConfig): CatalogBackend {
  const store = storage ?? browserStorage()
  let personId: string | null = safely(() => store?.getItem(STORAGE_KEY)) ?? null
  const headers = (): Record<string, string> => (personId ? { [DEMO_USER_HEADER]: personId } : {})
  const rest = createRestBackend({
    id,
    label,
    baseUrl,
    headers,
    capabilities: { switchIdentity: true },
  })
  const request = createHttp({ baseUrl, headers })

  return {
    ...rest,
    async listIdentities({ signal } = {}): Promise<Identity[]> {
      const raw = await request({ path: '/identities', signal, what: 'the demo identities' })
      return parseListing(identitySchema, raw, 'identity').items
    },
    setIdentity(next) {
      personId = next
      safely(() => (next ? store?.setItem(STORAGE_KEY, next) : store?.removeItem(STORAGE_KEY)))
    },
  }
}
