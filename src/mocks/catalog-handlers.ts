import { http, HttpResponse } from 'msw'
import { problem, whenReachable } from './handler-helpers'
import { editableFieldsSchema } from '../backends/rest/wire-schemas'
import { DEMO_BASE_URL, DEMO_USER_HEADER } from '../backends/demo/create-demo-backend'
import { canEdit } from '../model/product-queries'
import type { Catalog } from '../model/types'
import type { DemoStore } from './demo-store'
import { demoIdentities, describeIdentity } from './demo-identities'
import { createAccessRequestHandlers } from './access-request-handlers'
import { createFollowHandlers } from './follow-handlers'
import { createSavedSearchHandlers } from './saved-search-handlers'
import { createGlossaryHandlers } from './glossary-handlers'
import { demoGlossary } from './demo-mesh/glossary'

const revisionFrom = (ifMatch: string | null): number | undefined => {
  const match = ifMatch?.match(/^(?:W\/)?"?(\d+)"?$/)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

/**
 * Tessera's catalogue REST API (docs/api/catalog-api.openapi.yaml) over a demo store.
 * One set of handlers serves the demo in the browser, Vitest and Playwright.
 */
export function createCatalogHandlers(store: DemoStore, basePath = DEMO_BASE_URL) {
  // `*` matches any origin: the same handlers answer relative browser requests and absolute Node ones.
  const at = (path: string) => `*${basePath}${path}`
  const catalog = async (): Promise<Catalog> => {
    await store.sync()
    return store.catalog()
  }
  const personOf = (request: Request) => request.headers.get(DEMO_USER_HEADER)

  return [
    http.get(at('/catalog'), whenReachable(async () => {
      const { domains, teams, people, products } = await catalog()
      return HttpResponse.json({ domains, teams, people, products })
    })),
    http.get(at('/domains'), whenReachable(async () => HttpResponse.json((await catalog()).domains))),
    http.get(at('/teams'), whenReachable(async () => HttpResponse.json((await catalog()).teams))),
    http.get(at('/people'), whenReachable(async () => HttpResponse.json((await catalog()).people))),

    http.get(at('/products/:urn'), whenReachable(async ({ params }) => {
      await store.sync()
      const product = store.product(String(params.urn))
      return product ? HttpResponse.json(product) : problem(404, `No product ${String(params.urn)}.`)
    })),

    http.get(at('/products/:urn/history'), whenReachable(async ({ params }) => {
      await store.sync()
      const urn = String(params.urn)
      return store.product(urn) ? HttpResponse.json(store.history(urn)) : problem(404, `No product ${urn}.`)
    })),

    http.patch(at('/products/:urn'), whenReachable(async ({ params, request }) => {
      await store.sync()
      const urn = String(params.urn)
      const product = store.product(urn)
      if (!product) return problem(404, `No product ${urn}.`)
      const personId = personOf(request)
      if (!personId) return problem(401, 'Sign in to edit documentation.')
      if (!canEdit(product, personId, store.mesh.people)) {
        return problem(403, `Only the owners and stewards of ${product.title} can change its documentation.`)
      }
      const baseRevision = revisionFrom(request.headers.get('If-Match'))
      if (baseRevision === undefined) return problem(428, 'Send the revision the edit started from in If-Match.')
      const body = editableFieldsSchema.safeParse(await request.json().catch(() => null))
      if (!body.success) return problem(400, `The changes are malformed: ${body.error.issues[0]?.message ?? 'unknown error'}.`)
      const result = await store.update(urn, personId, baseRevision, body.data)
      if (result.status === 'conflict') {
        return problem(409, 'Someone else saved this product since you started editing.', { current: result.current })
      }
      if (result.status === 'not-found') return problem(404, `No product ${urn}.`)
      return HttpResponse.json(result.product)
    })),

    http.get(at('/me'), whenReachable(async ({ request }) => {
      const { people, products, teams } = await catalog()
      return HttpResponse.json(describeIdentity(personOf(request), people, products, teams))
    })),

    http.get(at('/identities'), whenReachable(async () => {
      const { people, products, teams } = await catalog()
      return HttpResponse.json(demoIdentities(people, products, teams))
    })),

    ...createAccessRequestHandlers(store, at, personOf),
    ...createFollowHandlers(store, at, personOf),
    ...createSavedSearchHandlers(store, at, personOf),
    ...createGlossaryHandlers(at, demoGlossary),
  ]
}
