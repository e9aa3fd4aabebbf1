import type { CatalogError } from '../errors';
import { ConflictError, ForbiddenError, InvalidDataError, NotFoundError, UnavailableError } from '../errors'
import { errorBodySchema, productSchema } from './wire-schemas'

export interface HttpOptions {
  baseUrl: string
  /** Extra headers per request, e.g. authentication. Never logged. */
  headers?: () => Record<string, string>
  timeoutMs?: number
}

export interface HttpRequest {
  method?: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE'
  path: string
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
  /** What is asked for, in words, for error messages: "product urn:…". */
  what: string
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError'

// AbortSignal.any is missing from older browsers (Safari before 17.4).
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals)
  const controller = new AbortController()
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason)
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true })
  }
  return controller.signal
}
const isTimeout = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError'

async function readJson(response: Response, what: string): Promise<unknown> {
  const body = await response.text()
  return parseJson(body, what)
}

/** Not every fetch implementation ties the body stream to the request's signal. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    work.then(resolve, reject)
  })
}

function parseJson(body: string, what: string): unknown {
  if (!body) return undefined
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new InvalidDataError(`The catalogue answered the request for ${what} with something that is not JSON.`)
  }
}

/** The server's own words, under the names catalogues use: `error` (Tessera), `message` (OpenMetadata, DataHub), `error.message` (Backstage). */
function serverMessage(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const body = raw as { error?: unknown; message?: unknown }
  if (typeof body.error === 'string') return body.error
  if (typeof body.message === 'string') return body.message
  const nested = (body.error as { message?: unknown } | null | undefined)?.message
  return typeof nested === 'string' ? nested : undefined
}

async function toError(response: Response, what: string, method: string): Promise<CatalogError> {
  const raw = await readJson(response, what).catch(() => undefined)
  const parsed = errorBodySchema.safeParse(raw)
  const message = serverMessage(raw)?.slice(0, 500)
  switch (response.status) {
    case 404:
      return new NotFoundError(what.charAt(0).toUpperCase() + what.slice(1))
    case 401:
      return new ForbiddenError(`The catalogue asks you to sign in to read ${what}${message ? `: ${message}` : '.'}`)
    case 403:
      // A refused read is not about changing anything, whatever the default wording says.
      return method === 'GET' ? new ForbiddenError(`The catalogue refused access to ${what}${message ? `: ${message}` : '.'}`) : new ForbiddenError(message)
    case 409:
    case 412: {
      const current = productSchema.safeParse(parsed.success ? parsed.data.current : undefined)
      return new ConflictError(message, current.success ? current.data : undefined)
    }
    default:
      if (response.status >= 500 || response.status === 429) {
        return new UnavailableError(`The catalogue could not answer (HTTP ${response.status}).`, response.status)
      }
      return new InvalidDataError(message ?? `The catalogue refused the request for ${what} (HTTP ${response.status}).`)
  }
}

/** JSON over HTTP, with every failure turned into a CatalogError. */
export function createHttp({ baseUrl, headers, timeoutMs = 20_000 }: HttpOptions) {
  const root = baseUrl.replace(/\/+$/, '')
  return async function request({ method = 'GET', path, body, headers: extra, signal, what }: HttpRequest): Promise<unknown> {
    const timeout = AbortSignal.timeout(timeoutMs)
    const unavailable = (error: unknown): never => {
      if (isAbort(error) && signal?.aborted) throw error
      if (isTimeout(error) || timeout.aborted) {
        throw new UnavailableError(`The catalogue did not answer within ${Math.round(timeoutMs / 1000)} s.`, undefined, { cause: error })
      }
      throw new UnavailableError('The catalogue could not be reached. Check your connection.', undefined, { cause: error })
    }
    const combined = signal ? anySignal([signal, timeout]) : timeout
    let response: Response
    try {
      response = await fetch(`${root}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers?.(),
          ...extra,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: combined,
      })
    } catch (error) {
      return unavailable(error)
    }
    if (!response.ok) throw await toError(response, what, method)
    // The body can fail or stall after the headers arrived: that is the same outage.
    const text = await untilAborted(response.text(), combined).catch(unavailable)
    return parseJson(text, what)
  }
}

export type Http = ReturnType<typeof createHttp>
