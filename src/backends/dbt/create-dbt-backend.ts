import type { CatalogBackend } from '../catalog-backend'
import { appBaseUrl } from '../file-sources/app-base'
import { createFileBackend } from '../file-sources/create-file-backend'
import { canUseWorkers, runInWorker } from '../file-sources/run-in-worker'
import type { FileLoadResult } from '../file-sources/create-file-backend'
import type { DbtLoadRequest } from './load-dbt'

export interface DbtBackendConfig extends Omit<DbtLoadRequest, 'base'> {
  id: string
  label: string
}

/** Parses in a worker where the browser allows it, on this thread otherwise (tests, old browsers). */
async function loadOffThread(request: DbtLoadRequest): Promise<FileLoadResult> {
  if (!canUseWorkers()) return (await import('./load-dbt')).loadDbt(request)
  return runInWorker<DbtLoadRequest, FileLoadResult>(
    () => new Worker(new URL('../../workers/dbt-load.worker.ts', import.meta.url), { type: 'module', name: 'dbt-load' }),
    request,
  )
}

/** Reads dbt artifacts (manifest.json, catalog.json) of one or several projects; read-only. */
export function createDbtBackend(config: DbtBackendConfig, load: (request: DbtLoadRequest) => Promise<FileLoadResult> = loadOffThread): CatalogBackend {
  const base = appBaseUrl()
  return createFileBackend({
    id: config.id,
    label: config.label,
    load: () => load({ projects: config.projects, productRule: config.productRule, timeoutMs: config.timeoutMs, base }),
  })
}
