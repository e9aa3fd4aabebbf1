import { http, HttpResponse } from 'msw'
import { authored, served } from './backstage-fixture'
import { withRelations } from './backstage-relations'

type Entity = ReturnType<typeof served> & { relations: { type: string; targetRef: string }[] }

/** The query parameters `GET /entities/by-query` declares in Backstage's OpenAPI spec. */
export const BY_QUERY_PARAMS = ['fields', 'limit', 'offset', 'orderField', 'cursor', 'filter', 'totalItems', 'fullTextFilterTerm', 'fullTextFilterFields']

const error = (status: number, name: string, message: string, request: Request) =>
  HttpResponse.json({ error: { name, message }, request: { method: request.method, url: new URL(request.url).pathname }, response: { statusCode: status } }, { status })

/** A value at a simplified JSON path, descending through arrays, as Backstage's filters read entities. */
function valuesAt(entity: unknown, path: string): string[] {
  let at: unknown[] = [entity]
  for (const key of path.split('.')) {
    at = at.flatMap((v) => (Array.isArray(v) ? v : [v])).flatMap((v) => (v && typeof v === 'object' && key in v ? [(v as Record<string, unknown>)[key]] : []))
  }
  return at.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => String(v).toLowerCase())
}

/** `kind=system,spec.type=data-product`: every condition holds. Filter sets are OR-ed. */
function matchesFilter(entity: Entity, filter: string): boolean {
  return filter.split(',').every((condition) => {
    const eq = condition.indexOf('=')
    const [key, value] = eq < 0 ? [condition, undefined] : [condition.slice(0, eq), condition.slice(eq + 1).toLowerCase()]
    const found = valuesAt(entity, key.trim())
    return value === undefined ? found.length > 0 : found.includes(value.trim())
  })
}

interface Cursor {
  filters: string[]
  offset: number
}
const encodeCursor = (c: Cursor) => btoa(JSON.stringify(c))
function decodeCursor(raw: string): Cursor | undefined {
  try {
    const c = JSON.parse(atob(raw)) as Cursor
    return Array.isArray(c.filters) && typeof c.offset === 'number' ? c : undefined
  } catch {
    return undefined
  }
}

/**
 * An emulated Backstage catalog backend serving the fixture at `<basePath>/api/catalog`:
 * `GET /entities/by-query` with filter sets, limit and cursor paging (a cursor replaces the
 * filters, as in Backstage), unknown parameters refused with 400 like Backstage's OpenAPI
 * validation does, and Backstage's error shape. `token`, when given, is required as a Bearer header.
 */
export function createBackstageHandlers({ basePath = '', token, entities }: { basePath?: string; token?: string; entities?: unknown[] } = {}) {
  const all = (entities as Entity[] | undefined) ?? withRelations(authored.map(served)) as Entity[]
  return [
    http.get(`*${basePath}/api/catalog/entities/by-query`, ({ request }) => {
      if (token && request.headers.get('Authorization') !== `Bearer ${token}`) return error(401, 'AuthenticationError', 'Missing credentials', request)
      const params = new URL(request.url).searchParams
      const unknown = [...params.keys()].filter((k) => !BY_QUERY_PARAMS.includes(k))
      if (unknown.length) return error(400, 'InputError', `unknown query parameter ${unknown.join(', ')}`, request)
      const limitText = params.get('limit')
      const limit = limitText === null ? 20 : Number(limitText)
      if (!Number.isInteger(limit) || limit < 0) return error(400, 'InputError', 'limit must be a non-negative integer', request)
      const cursorText = params.get('cursor')
      const cursor = cursorText ? decodeCursor(cursorText) : { filters: params.getAll('filter'), offset: 0 }
      if (!cursor) return error(400, 'InputError', 'Malformed cursor', request)
      const found = cursor.filters.length ? all.filter((e) => cursor.filters.some((f) => matchesFilter(e, f))) : all
      const items = found.slice(cursor.offset, cursor.offset + limit)
      const next = cursor.offset + limit
      return HttpResponse.json({
        items,
        totalItems: found.length,
        pageInfo: next < found.length ? { nextCursor: encodeCursor({ filters: cursor.filters, offset: next }) } : {},
      })
    }),
  ]
}
