import { http, HttpResponse } from 'msw'
import { accessDecisionSchema, newAccessRequestSchema } from '../backends/rest/wire-schemas'
import { byLatestActivity, decide, openRequest, validateNewRequest, withdraw, type AccessRequest, type TransitionResult } from '../model/access-requests'
import { canEdit } from '../model/product-queries'
import { problem, whenReachable } from './handler-helpers'
import type { DemoStore } from './demo-store'

/** Access requests: anyone signed in asks; only the product's owners and stewards decide. */
export function createAccessRequestHandlers(store: DemoStore, at: (path: string) => string, personOf: (request: Request) => string | null) {
  const decides = (request: AccessRequest, personId: string) => {
    const product = store.product(request.productUrn)
    return product !== undefined && canEdit(product, personId, store.mesh.people)
  }

  /** `refusal` says why the caller may not take this step, if they may not. */
  const transition = async (id: string, step: (request: AccessRequest, at: string) => TransitionResult, refusal: (request: AccessRequest) => string | undefined) =>
    store.changeActivity((activity) => {
      const current = activity.accessRequests.find((r) => r.id === id)
      if (!current) return { result: problem(404, `No access request ${id}.`) }
      const refused = refusal(current)
      if (refused) return { result: problem(403, refused) }
      const outcome = step(current, store.now().toISOString())
      if (!outcome.ok) return { result: problem(current.status === 'pending' ? 400 : 409, outcome.reason) }
      return {
        next: { ...activity, accessRequests: activity.accessRequests.map((r) => (r.id === id ? outcome.request : r)) },
        result: HttpResponse.json(outcome.request),
      }
    })

  return [
    http.get(at('/access-requests'), whenReachable(async ({ request }) => {
      await store.sync()
      const personId = personOf(request)
      const product = new URL(request.url).searchParams.get('product')
      if (!personId) return HttpResponse.json([])
      const visible = store
        .activity()
        .accessRequests.filter((r) => (product === null || r.productUrn === product) && (r.requesterId === personId || decides(r, personId)))
      return HttpResponse.json(visible.sort(byLatestActivity))
    })),

    http.post(at('/access-requests'), whenReachable(async ({ request }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, 'Sign in to request access.')
      const body = newAccessRequestSchema.safeParse(await request.json().catch(() => null))
      if (!body.success) return problem(400, `The request is malformed: ${body.error.issues[0]?.message ?? 'unknown error'}.`)
      await store.sync()
      const product = store.product(body.data.productUrn)
      if (!product) return problem(404, `No product ${body.data.productUrn}.`)
      const port = product.outputPorts.find((p) => p.id === body.data.outputPortId)
      if (!port) return problem(400, `${product.title} has no output port ${body.data.outputPortId}.`)
      const invalid = validateNewRequest(body.data)
      if (invalid) return problem(400, invalid)
      return store.changeActivity((activity) => {
        const open = activity.accessRequests.some(
          (r) => r.status === 'pending' && r.requesterId === personId && r.productUrn === product.urn && r.outputPortId === port.id,
        )
        if (open) return { result: problem(409, `You already asked for access to ${port.name}; its owners have not decided yet.`) }
        const created = openRequest(`ar-${activity.nextRequest}`, body.data, personId, store.now().toISOString())
        return {
          next: { ...activity, accessRequests: [...activity.accessRequests, created], nextRequest: activity.nextRequest + 1 },
          result: HttpResponse.json(created, { status: 201 }),
        }
      })
    })),

    http.post(at('/access-requests/:id/decision'), whenReachable(async ({ params, request }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, 'Sign in to decide access requests.')
      const body = accessDecisionSchema.safeParse(await request.json().catch(() => null))
      if (!body.success) return problem(400, `The decision is malformed: ${body.error.issues[0]?.message ?? 'unknown error'}.`)
      return transition(
        String(params.id),
        (r, when) => decide(r, body.data, personId, when),
        (r) => (decides(r, personId) ? undefined : `Only the owners and stewards of ${store.product(r.productUrn)?.title ?? r.productUrn} can decide access requests.`),
      )
    })),

    http.post(at('/access-requests/:id/withdrawal'), whenReachable(async ({ params, request }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, 'Sign in to withdraw a request.')
      return transition(
        String(params.id),
        (r, when) => withdraw(r, personId, when),
        (r) => (r.requesterId === personId ? undefined : 'Only the person who asked can withdraw a request.'),
      )
    })),
  ]
}
