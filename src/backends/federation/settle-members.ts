import type { CatalogBackend } from '../catalog-backend'
import { isCatalogError, UnavailableError } from '../errors'
import type { RecordIssue } from '../../model/types'

/** What the federation needs of a member to ask it and to name it. */
type Member = Pick<CatalogBackend, 'label'>

export type MemberResult<T, M extends Member = CatalogBackend> = { backend: M; ok: true; value: T } | { backend: M; ok: false; error: unknown }

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError'

/**
 * Runs `call` on one backend, giving up after `timeoutMs` so one slow backend never holds
 * the others back. The backend's request is aborted when it times out or `signal` aborts.
 */
export async function callMember<T>(
  backend: Member,
  call: (signal: AbortSignal) => Promise<T>,
  { signal, timeoutMs }: { signal?: AbortSignal; timeoutMs: number },
): Promise<T> {
  const controller = new AbortController()
  const abortFromOutside = () => controller.abort(signal?.reason)
  if (signal?.aborted) throw signal.reason
  signal?.addEventListener('abort', abortFromOutside, { once: true })
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new UnavailableError(`${backend.label} did not answer within ${Math.round(timeoutMs / 100) / 10} s.`)
      controller.abort(error)
      reject(error)
    }, timeoutMs)
  })
  try {
    return await Promise.race([call(controller.signal), timedOut])
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', abortFromOutside)
  }
}

/** Asks every backend at once; each answers or fails on its own. Rejects only if `signal` aborts. */
export async function settleMembers<T, M extends Member = CatalogBackend>(
  backends: readonly M[],
  call: (backend: M, signal: AbortSignal) => Promise<T>,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<MemberResult<T, M>[]> {
  const results = await Promise.all(
    backends.map((backend) =>
      callMember(backend, (signal) => call(backend, signal), options).then(
        (value): MemberResult<T, M> => ({ backend, ok: true, value }),
        (error: unknown): MemberResult<T, M> => ({ backend, ok: false, error }),
      ),
    ),
  )
  if (options.signal?.aborted) throw options.signal.reason
  return results
}

const describe = (error: unknown): string => {
  if (isCatalogError(error)) return error.message
  if (isAbort(error)) return 'The request was cancelled.'
  return error instanceof Error ? error.message : String(error)
}

/** A backend that did not answer, as the gap users see: "Finance warehouse: the catalogue could not answer (HTTP 500)". */
export const unansweredIssue = (backend: Member, error: unknown): RecordIssue => ({
  entity: 'backend',
  ref: backend.label,
  message: describe(error),
})

/** The first failure, to reject with when no backend answered at all. */
export function firstFailure(results: readonly MemberResult<unknown, Member>[]): unknown {
  const failed = results.find((r) => !r.ok)
  return failed && !failed.ok ? failed.error : new UnavailableError('No catalogue answered.')
}
