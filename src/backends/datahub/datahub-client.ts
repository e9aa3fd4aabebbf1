import { ForbiddenError, InvalidDataError, NotFoundError, UnavailableError } from '../errors'
import { createHttp } from '../rest/http'
import { tokenFor } from '../auth/access-tokens'
import { bearerHeaders, withTokenHidden } from '../auth/bearer'
import { z } from 'zod'

export interface DataHubClientOptions {
  /** The backend's id, under which a token the user entered is kept. */
  id?: string
  /** Where DataHub's frontend (or GMS) is served, e.g. `/datahub` behind a proxy; `/api/graphql` is appended. */
  baseUrl: string
  /** Personal access token, sent as a Bearer header only; never put in a URL or logged. Wins over one the user entered. */
  token?: string
  timeoutMs?: number
}

const envelope = z.object({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z.array(z.object({ message: z.string(), extensions: z.record(z.string(), z.unknown()).nullish() })).nullish(),
})

const operationName = (query: string) => /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1]

/** GraphQL over plain fetch: POSTs the operation, turns GraphQL errors into CatalogErrors. */
export function createDataHubClient({ id, baseUrl, token, timeoutMs }: DataHubClientOptions) {
  const currentToken = tokenFor(id, token)
  const request = createHttp({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    timeoutMs,
    headers: bearerHeaders(currentToken),
  })
  return withTokenHidden(currentToken, async function graphql(query: string, variables: Record<string, unknown>, what: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const raw = await request({ method: 'POST', path: '/api/graphql', body: { query, variables, operationName: operationName(query) }, signal, what })
    const parsed = envelope.safeParse(raw)
    if (!parsed.success) throw new InvalidDataError(`DataHub answered the request for ${what} with something that is not a GraphQL response.`)
    const errors = parsed.data.errors ?? []
    if (errors.length && !parsed.data.data) {
      const message = errors.map((e) => e.message).join('; ')
      const code = String(errors[0]?.extensions?.code ?? '')
      if (/unauthori[sz]ed|forbidden|not authorized/i.test(message) || code === '403' || code === '401') {
        throw new ForbiddenError(`DataHub refused the request for ${what}: ${message}`)
      }
      if (/not found|does not exist/i.test(message) || code === '404') throw new NotFoundError(what.charAt(0).toUpperCase() + what.slice(1))
      if (code.startsWith('5')) throw new UnavailableError(`DataHub could not answer the request for ${what}: ${message}`)
      throw new InvalidDataError(`DataHub refused the request for ${what}: ${message}`)
    }
    return parsed.data.data ?? {}
  })
}

export type DataHubGraphql = ReturnType<typeof createDataHubClient>
