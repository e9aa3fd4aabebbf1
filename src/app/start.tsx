import type { ReactNode } from 'react'
import type { TesseraConfig } from '../backends/backend-config'
import type { CatalogBackend } from '../backends/catalog-backend'
import { createBackend } from '../backends/create-backend'
import { clientSearchEngine } from '../queries/search-engine'
import { App } from './app'
import { ConfigError, loadConfig } from './config/load-config'
import { ConfigErrorScreen } from './config-error-screen'

/** One configured backend is used as is; several are shown as one mesh. */
async function backendFor(config: TesseraConfig): Promise<CatalogBackend> {
  const backends = await Promise.all(config.backends.map(createBackend))
  if (backends.length === 0) throw new ConfigError('config', 'No backend is configured.')
  if (backends.length === 1) return backends[0]!
  const { createFederatedBackend } = await import('../backends/federation/create-federated-backend')
  // Catalogues searched in the browser are indexed off the main thread, as for a single backend.
  return createFederatedBackend(backends, { indexCatalog: clientSearchEngine })
}

/** Reads the configuration, starts the demo server if asked for, then renders the app. */
export async function start(root: { render(node: ReactNode): void }): Promise<void> {
  try {
    const config = await loadConfig({
      inline: import.meta.env.VITE_TESSERA_CONFIG,
      url: import.meta.env.VITE_TESSERA_CONFIG_URL ?? `${import.meta.env.BASE_URL}config.json`,
    })
    const demo = config.backends.find((b) => b.type === 'demo')
    if (demo) {
      try {
        const { startDemoWorker } = await import('../mocks/browser')
        await startDemoWorker({ synthetic: demo.synthetic })
      } catch (error) {
        throw new ConfigError('demo', 'The demo mesh needs service workers, which this browser does not allow here.', [
          String(error),
          'Open Tessera over http://localhost or https, outside private browsing, or configure a "rest" backend.',
        ])
      }
    }
    if (config.title) document.title = config.title
    const backend = await backendFor(config)
    root.render(<App backend={backend} />)
  } catch (error) {
    const configError = error instanceof ConfigError ? error : new ConfigError('startup', 'Tessera failed to start.', [String(error)])
    root.render(<ConfigErrorScreen error={configError} />)
  }
}
