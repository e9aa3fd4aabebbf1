/// <reference types="node" />
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { FetchText } from './fetch-file'

/** For Node tests: reads `file:` addresses (and plain paths) from disk, as a browser would fetch them. */
export const readFixtureFile: FetchText = async (url) => {
  const path = url.startsWith('file:') ? fileURLToPath(url) : url
  try {
    return { ok: true, url, text: await readFile(path, 'utf8') }
  } catch {
    return { ok: false, url, status: 404, message: 'Not found (HTTP 404): is the file served beside the app?' }
  }
}
