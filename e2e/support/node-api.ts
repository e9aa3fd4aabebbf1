import type { BrowserContext } from '@playwright/test'
import { getResponse, type RequestHandler } from 'msw'

/**
 * Serves a backend from Node: `config.json` lists `backends` (one entry, or several to federate),
 * and every request under `prefix` is answered by the given MSW handlers (bodies included, for
 * GraphQL and JSON Patch). context.route, so pages opened later in the test are served too.
 */
export async function serveBackendFromNode(
  context: BrowserContext,
  backends: Record<string, unknown> | Record<string, unknown>[],
  prefix: string,
  handlers: () => RequestHandler[],
): Promise<void> {
  await context.route('**/config.json', (route) => route.fulfill({ json: { backends: Array.isArray(backends) ? backends : [backends] } }))
  await context.route(`**${prefix}/**`, async (route) => {
    const source = route.request()
    const body = source.postDataBuffer()
    const request = new Request(source.url(), {
      method: source.method(),
      headers: await source.allHeaders(),
      body: body && !['GET', 'HEAD'].includes(source.method()) ? new Uint8Array(body) : undefined,
    })
    const response = await getResponse(handlers(), request)
    if (!response) return route.fulfill({ status: 404, json: { message: `No handler for ${source.method()} ${source.url()}` } })
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) })
  })
}
