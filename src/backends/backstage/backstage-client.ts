import { InvalidDataError } from '../errors'
import { createHttp } from '../rest/http'
import { tokenFor } from '../auth/access-tokens'
import { bearerHeaders, withTokenHidden } from '../auth/bearer'
import { queryPageSchema } from './backstage-wire'

export interface BackstageClientOptions {
  /** The backend's id, under which a token the user entered is kept. */
  id?: string
  /** Where Backstage's backend is served, e.g. `/backstage` behind a proxy; `/api/catalog` is appended. */
  baseUrl: string
  /** A Backstage token (static external-access token or a user's), sent as a Bearer header only. Wins over one the user entered. */
  token?: string
  timeoutMs?: number
  /** Entities per page; Backstage's default is 20, Tessera asks for 500. */
  pageSize?: number
}

export const CATALOG_PATH = '/api/catalog'
export const QUERY_PATH = '/entities/by-query'
const PAGE = 500
/** A guard against a server that keeps answering with a next cursor. */
const MAX_PAGES = 400

/** The query string of the first page: one `filter` set per kind (sets are OR-ed by Backstage). */
export function firstPageQuery(kinds: readonly string[], limit = PAGE): string {
  const params = new URLSearchParams()
  for (const kind of kinds) params.append('filter', `kind=${kind.toLowerCase()}`)
  params.set('limit', String(limit))
  return params.toString()
}

/** Later pages carry only the cursor: Backstage ignores `filter` next to it, and the cursor remembers it. */
const nextPageQuery = (cursor: string, limit = PAGE) => new URLSearchParams({ cursor, limit: String(limit) }).toString()

/** Backstage's catalog REST API over plain fetch; every failure becomes a CatalogError. */
export function createBackstageClient({ id, baseUrl, token, timeoutMs, pageSize = PAGE }: BackstageClientOptions) {
  const currentToken = tokenFor(id, token)
  const request = withTokenHidden(
    currentToken,
    createHttp({
      baseUrl: `${baseUrl.replace(/\/+$/, '')}${CATALOG_PATH}`,
      timeoutMs,
      headers: bearerHeaders(currentToken),
    }),
  )

  /** Every entity of the given kinds, following `pageInfo.nextCursor` to the end. */
  async function queryEntities(kinds: readonly string[], signal?: AbortSignal): Promise<unknown[]> {
    const items: unknown[] = []
    let query = firstPageQuery(kinds, pageSize)
    for (let page = 0; page < MAX_PAGES; page++) {
      const raw = await request({ path: `${QUERY_PATH}?${query}`, signal, what: 'the Backstage catalogue' })
      const parsed = queryPageSchema.safeParse(raw)
      if (!parsed.success) {
        throw new InvalidDataError('Backstage answered the catalogue query with something that is not a page of entities.', parsed.error.issues.map((i) => i.message))
      }
      items.push(...parsed.data.items)
      const next = parsed.data.pageInfo?.nextCursor
      if (!next || parsed.data.items.length === 0) return items
      query = nextPageQuery(next, pageSize)
    }
    throw new InvalidDataError(`Backstage kept sending pages after ${MAX_PAGES}; Tessera stopped reading.`)
  }

  return { queryEntities }
}

export type BackstageClient = ReturnType<typeof createBackstageClient>
