import { InvalidDataError } from '../errors'
import { createHttp } from '../rest/http'
import { tokenFor } from '../auth/access-tokens'
import { bearerHeaders, withTokenHidden } from '../auth/bearer'
import { listPageSchema } from './openmetadata-wire'

export interface OpenMetadataClientOptions {
  /** The backend's id, under which a token the user entered is kept. */
  id?: string
  /** Where OpenMetadata is served, e.g. `/openmetadata` behind a proxy; `/api/v1` is appended. */
  baseUrl: string
  /** A bot or personal access token (JWT), sent as a Bearer header only; never put in a URL or logged. Wins over one the user entered. */
  token?: string
  timeoutMs?: number
}

/** One JSON Patch (RFC 6902) operation. */
export type PatchOperation = { op: 'add' | 'replace' | 'test'; path: string; value: unknown } | { op: 'remove'; path: string }

type Params = Record<string, string | number | boolean | undefined>

const query = (params: Params) => {
  const entries = Object.entries(params).filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : ''
}

/** An entity's name in a path: OpenMetadata takes FQNs (dots, quotes, spaces) as one segment. */
export const segment = (name: string) => encodeURIComponent(name)

/** OpenMetadata's REST API under `/api/v1`, failures as CatalogErrors. */
export function createOpenMetadataClient({ id, baseUrl, token, timeoutMs }: OpenMetadataClientOptions) {
  const currentToken = tokenFor(id, token)
  const request = withTokenHidden(
    currentToken,
    createHttp({
      baseUrl: `${baseUrl.replace(/\/+$/, '')}/api/v1`,
      timeoutMs,
      headers: bearerHeaders(currentToken),
    }),
  )

  const get = (path: string, params: Params, what: string, signal?: AbortSignal) => request({ path: `${path}${query(params)}`, what, signal })

  const patch = (path: string, operations: PatchOperation[], what: string, signal?: AbortSignal) =>
    request({ method: 'PATCH', path, body: operations, headers: { 'Content-Type': 'application/json-patch+json' }, what, signal })

  /** Every record of a list endpoint, following `paging.after`, up to `max`; records are returned unparsed. */
  async function list(path: string, params: Params, what: string, max: number, signal?: AbortSignal): Promise<unknown[]> {
    const records: unknown[] = []
    let after: string | undefined
    do {
      const raw = await get(path, { ...params, limit: Math.min(100, max - records.length), after }, what, signal)
      const page = listPageSchema.safeParse(raw)
      if (!page.success) throw new InvalidDataError(`OpenMetadata’s answer for ${what} is not a list.`, page.error.issues.map((i) => i.message))
      records.push(...page.data.data)
      after = page.data.data.length ? (page.data.paging?.after ?? undefined) : undefined
    } while (after && records.length < max)
    return records
  }

  return { get, patch, list }
}

export type OpenMetadataClient = ReturnType<typeof createOpenMetadataClient>
