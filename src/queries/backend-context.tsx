import { createContext, useContext, type ReactNode } from 'react'
import type { CatalogBackend } from '../backends/catalog-backend'

const BackendContext = createContext<CatalogBackend | null>(null)

export function BackendProvider({ backend, children }: { backend: CatalogBackend; children: ReactNode }) {
  return <BackendContext.Provider value={backend}>{children}</BackendContext.Provider>
}

/** The configured catalogue backend. */
export function useBackend(): CatalogBackend {
  const backend = useContext(BackendContext)
  if (!backend) throw new Error('useBackend must be used inside <BackendProvider>')
  return backend
}
