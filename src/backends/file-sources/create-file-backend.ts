import type { BackendCapabilities, CatalogBackend, RequestOptions, SourceStatus } from '../catalog-backend'
import { isCatalogError, NotFoundError, UnavailableError } from '../errors'
import type { Catalog } from '../../model/types'

/** What a file-based backend read: the catalogue it built and the status of every file. */
export interface FileLoadResult {
  catalog: Catalog
  sources: SourceStatus[]
}

export interface FileBackendOptions {
  id: string
  label: string
  /** Reads and maps every configured file; must not throw for a bad file, only report it. */
  load: () => Promise<FileLoadResult>
  /** How long one load serves later calls before files are read again. */
  maxAgeMs?: number
  now?: () => number
}

const capabilities: BackendCapabilities = {
  search: 'client',
  edit: false,
  history: false,
  columnLineage: false,
  switchIdentity: false,
}

function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    work.then(resolve, reject)
  })
}

const loadedAnything = (result: FileLoadResult) => result.sources.some((s) => s.state !== 'failed')

/**
 * A read-only backend over files (dbt artifacts, contracts). One load is shared by every call
 * for `maxAgeMs`, so the catalogue, a product page and the Sources page read the same files once.
 */
export function createFileBackend({ id, label, load, maxAgeMs = 30_000, now = Date.now }: FileBackendOptions): CatalogBackend {
  let cached: { at: number; result: Promise<FileLoadResult> } | undefined
  const current = (): Promise<FileLoadResult> => {
    if (!cached || now() - cached.at > maxAgeMs) {
      const result = load().catch((error: unknown) => {
        if (isCatalogError(error)) throw error
        throw new UnavailableError(`The files could not be read: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error })
      })
      cached = { at: now(), result }
      // A failed load is not kept: the next call tries again.
      result.catch(() => {
        if (cached?.result === result) cached = undefined
      })
    }
    return cached.result
  }
  const catalog = async (signal?: AbortSignal): Promise<Catalog> => {
    const result = await abortable(current(), signal)
    if (!loadedAnything(result)) {
      const details = result.sources.flatMap((s) => s.problems.filter((p) => p.severity === 'error').map((p) => `${s.url}: ${p.message}`))
      throw new UnavailableError('None of the configured files could be read. The Sources page lists what went wrong with each.', undefined, {
        cause: details,
      })
    }
    return result.catalog
  }

  return {
    id,
    label,
    capabilities,
    getCatalog: ({ signal }: RequestOptions = {}) => catalog(signal),
    async getProduct(urn, { signal } = {}) {
      const product = (await catalog(signal)).products.find((p) => p.urn === urn)
      if (!product) throw new NotFoundError(`Product ${urn}`)
      return product
    },
    listDomains: async ({ signal } = {}) => ({ items: (await catalog(signal)).domains, issues: [] }),
    listTeams: async ({ signal } = {}) => ({ items: (await catalog(signal)).teams, issues: [] }),
    listPeople: async ({ signal } = {}) => ({ items: (await catalog(signal)).people, issues: [] }),
    getSources: async ({ signal } = {}) => (await abortable(current(), signal)).sources,
  }
}
