import type { CatalogBackend } from '../catalog-backend'
import { appBaseUrl } from '../file-sources/app-base'
import { createFileBackend, type FileLoadResult } from '../file-sources/create-file-backend'
import { canUseWorkers, runInWorker } from '../file-sources/run-in-worker'
import type { ContractsLoadRequest } from './load-contracts'

export interface ContractsBackendConfig extends Omit<ContractsLoadRequest, 'base'> {
  id: string
  label: string
}

/**
 * Validation schemas and YAML parsing live in the worker's chunk; the main bundle loads them only
 * where workers are unavailable.
 */
async function loadOffThread(request: ContractsLoadRequest): Promise<FileLoadResult> {
  if (!canUseWorkers()) return (await import('./load-contracts')).loadContracts(request)
  return runInWorker<ContractsLoadRequest, FileLoadResult>(
    () => new Worker(new URL('../../workers/contracts-load.worker.ts', import.meta.url), { type: 'module', name: 'contracts-load' }),
    request,
  )
}

/** Reads data contracts (ODCS, Data Contract Specification) and data product descriptors from files; read-only. */
export function createContractsBackend(
  config: ContractsBackendConfig,
  load: (request: ContractsLoadRequest) => Promise<FileLoadResult> = loadOffThread,
): CatalogBackend {
  const base = appBaseUrl()
  return createFileBackend({
    id: config.id,
    label: config.label,
    load: () => load({ urls: config.urls, index: config.index, timeoutMs: config.timeoutMs, base }),
  })
}
