import type { ReactNode } from 'react'
import { createBackend } from '../backends/create-backend'
import { App } from './app'
import { ConfigError, loadConfig } from './config/load-config'
import { ConfigErrorScreen } from './config-error-screen'

/** Reads the configuration, starts the demo server if asked for, then renders the app. */
export async function start(root: { render(node: ReactNode): void }): Promise<void> {
  try {
    const config = await loadConfig({
      inline: import.meta.env.VITE_TESSERA_CONFIG,
      url: import.meta.env.VITE_TESSERA_CONFIG_URL ?? `${import.meta.env.BASE_URL}config.json`,
    })
    const [first] = config.backends
    if (!first) throw new ConfigError('config', 'No backend is configured.')
    if (first.type === 'demo') {
      try {
        const { startDemoWorker } = await import('../mocks/browser')
        await startDemoWorker({ synthetic: first.synthetic })
      } catch (error) {
        throw new ConfigError('demo', 'The demo mesh needs service workers, which this browser does not allow here.', [
          String(error),
          'Open Tessera over http://localhost or https, outside private browsing, or configure a "rest" backend.',
        ])
      }
    }
    if (config.title) document.title = config.title
    root.render(<App backend={createBackend(first)} />)
  } catch (error) {
    const configError = error instanceof ConfigError ? error : new ConfigError('startup', 'Tessera failed to start.', [String(error)])
    root.render(<ConfigErrorScreen error={configError} />)
  }
}
