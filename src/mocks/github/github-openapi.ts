/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import type { SetupServer } from 'msw/node'

type Operation = {
  requestBody?: { content?: { 'application/json'?: { schema: object } } }
  responses: Record<string, { content?: { 'application/json'?: { schema: object } } }>
}

const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>
}
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
addFormats(ajv)
ajv.addSchema(spec as object, 'github', undefined, false)

const routes = Object.keys(spec.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{(path|ref)\}/g, '(.+)').replace(/\{[^}]+\}/g, '([^/]+)')}$`),
}))

/** The operation GitHub's OpenAPI description defines for a request, preferring the most specific path. */
function operationOf(method: string, pathname: string): { template: string; operation: Operation } | undefined {
  const matches = routes.filter((r) => r.pattern.test(pathname) && spec.paths[r.template]?.[method.toLowerCase()])
  const best = matches.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length)[0]
  return best ? { template: best.template, operation: spec.paths[best.template]![method.toLowerCase()]! } : undefined
}

const pointer = (template: string, method: string, rest: string) => `github#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/${rest}`

/**
 * Checks every request to `base` and its answer against GitHub's OpenAPI description: the
 * operation exists, the JSON body and the response match its schemas, the status is declared.
 */
export function watchGitHubOpenApi(server: SetupServer, base: string) {
  const problems: string[] = []
  const checked: string[] = []
  const bodies = new Map<string, Promise<unknown>>()
  const pending: Promise<void>[] = []
  server.events.on('request:start', ({ request, requestId }) => {
    if (request.method !== 'GET') bodies.set(requestId, request.clone().json().catch(() => undefined))
  })
  server.events.on('response:mocked', ({ request, requestId, response }) => void pending.push(check(request, requestId, response)))

  async function check(request: Request, requestId: string, response: Response) {
    const url = new URL(request.url)
    if (!request.url.startsWith(base)) return
    const method = request.method.toLowerCase()
    const found = operationOf(method, decodeURIComponent(url.pathname))
    if (!found) return void problems.push(`${request.method} ${url.pathname}: not in GitHub's API`)
    checked.push(`${request.method} ${found.template} ${response.status}`)
    if (found.operation.requestBody?.content?.['application/json']) {
      const validate = ajv.getSchema(pointer(found.template, method, 'requestBody/content/application~1json/schema'))!
      if (!validate(await bodies.get(requestId))) problems.push(`${request.method} ${found.template} request: ${ajv.errorsText(validate.errors)}`)
    }
    const declared = found.operation.responses[String(response.status)]
    if (!declared) return void problems.push(`${request.method} ${found.template}: GitHub does not answer ${response.status}`)
    if (declared.content?.['application/json']) {
      const validate = ajv.getSchema(pointer(found.template, method, `responses/${response.status}/content/application~1json/schema`))!
      if (!validate(await response.clone().json())) problems.push(`${request.method} ${found.template} ${response.status}: ${ajv.errorsText(validate.errors)}`)
    }
  }
  return {
    checked,
    /** What did not match, once every answer so far is checked; then starts a new list. */
    async problems() {
      await Promise.all(pending.splice(0))
      return problems.splice(0)
    },
  }
}

