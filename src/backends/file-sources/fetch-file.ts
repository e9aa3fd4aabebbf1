import type { SourceFailure } from '../catalog-backend'
import { asPath, hasScheme } from './app-base'

/** The text of a file, or why it could not be read. Never throws. */
export type FetchedFile =
  | { ok: true; url: string; text: string; /** ISO time from Last-Modified, when the server sent it. */ lastModified?: string }
  | { ok: false; url: string; status?: number; message: string }

/** Reads one file; the backend passes in how (fetch in the browser, the disk in tests). */
export type FetchText = (url: string) => Promise<FetchedFile>

/** Fetches a file over HTTP with a timeout, turning every failure into a readable message. */
export function createHttpFetchText(timeoutMs = 30_000): FetchText {
  return async (url) => {
    let response: Response
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json, application/yaml, text/yaml, */*' } })
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
      return { ok: false, url, message: timedOut ? `No answer within ${Math.round(timeoutMs / 1000)} s.` : 'The file could not be fetched (network error).' }
    }
    if (!response.ok) {
      return {
        ok: false,
        url,
        status: response.status,
        message: response.status === 404 ? 'Not found (HTTP 404): is the file served beside the app?' : `The server answered HTTP ${response.status}.`,
      }
    }
    try {
      const text = await response.text()
      // A single-page server answers unknown paths with index.html: that is a missing file, not data.
      if (/^\s*<(!doctype|html)/i.test(text)) {
        return { ok: false, url, status: 404, message: 'The server answered with an HTML page: the file is not where the configuration says.' }
      }
      const modified = Date.parse(response.headers.get('Last-Modified') ?? '')
      return { ok: true, url, text, ...(Number.isNaN(modified) ? {} : { lastModified: new Date(modified).toISOString() }) }
    } catch {
      return { ok: false, url, message: 'The file stopped downloading before it was complete.' }
    }
  }
}

/**
 * Resolves a configured address against `base` (the app's own address, or the file that names it),
 * so a worker fetches the same file. A name such as `urn:acme:orders.yaml` is a path, not a URL.
 */
export function resolveUrl(url: string, base: string | undefined): string {
  if (hasScheme(url)) return url
  if (!base) return url
  try {
    return new URL(asPath(url), base).href
  } catch {
    return url
  }
}

/** A file that could not be fetched: nothing there (a wrong address), or a server that failed. */
export const fetchFailure = (file: { status?: number }): SourceFailure => (file.status === 404 || file.status === 410 ? 'not-found' : 'fetch')
