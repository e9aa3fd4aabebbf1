import { createDemoBackend } from '../backends/demo/create-demo-backend'
import { TEST_BASE_URL } from './node'

/** For tests of the demo server: a demo backend acting as `personId` (null: a visitor), with storage of its own. */
export function demoBackendAs(personId: string | null) {
  const values = new Map<string, string>()
  const backend = createDemoBackend({
    id: 'demo',
    label: 'Demo',
    baseUrl: TEST_BASE_URL,
    storage: { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v), removeItem: (k) => void values.delete(k) },
  })
  backend.setIdentity!(personId)
  return backend
}
