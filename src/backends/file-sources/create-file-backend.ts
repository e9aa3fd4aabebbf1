import type { BackendCapabilities, CatalogBackend, RequestOptions, SourceStatus } from '../catalog-backend'
import { InvalidDataError, isCatalogError, MisconfiguredError, NotFoundError, UnavailableError } from '../errors'
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

/** Why no file could be used, worded for the fix: a wrong address is a configuration error, a silent server may pass. */
export function nothingLoaded(sources: readonly SourceStatus[]): Error {
  const details = sources.flatMap((s) => s.problems.filter((p) => p.severity === 'error').map((p) => `${s.url}: ${p.message}`))
  const missing = sources.filter((s) => s.failure === 'not-found')
  if (sources.length === 0) return new MisconfiguredError('The configuration names no files to read.', [], { seeSources: true })
  if (missing.length) {
    const names = missing.slice(0, 3).map((s) => s.url).join(', ')
    return new MisconfiguredError(
      `Nothing was found at ${missing.length === 1 ? 'the address' : 'the addresses'} the configuration gives (${names}${missing.length > 3 ? ', …' : ''}). Relative addresses are read from where Tessera is served.`,
      details,
      { seeSources: true },
    )
  }
  if (sources.every((s) => s.failure === 'fetch')) {
    return new UnavailableError('None of the configured files could be fetched: the server holding them did not answer.', undefined, { cause: details, seeSources: true })
  }
  return new InvalidDataError('None of the configured files could be used: they are not files Tessera can read.', details, { seeSources: true })
}

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
    if (!loadedAnything(result)) throw nothingLoaded(result.sources)
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
