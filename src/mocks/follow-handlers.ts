import { http, HttpResponse } from 'msw'
import { followChangeSchema } from '../backends/rest/wire-schemas'
import { setFollow } from '../model/follows'
import { problem, whenReachable } from './handler-helpers'
import type { DemoStore } from './demo-store'

/** What each person follows, kept per person like the demo's other state. */
export function createFollowHandlers(store: DemoStore, at: (path: string) => string, personOf: (request: Request) => string | null) {
  return [
    http.get(at('/me/follows'), whenReachable(async ({ request }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, 'Sign in to follow products and domains.')
      await store.sync()
      return HttpResponse.json(store.activity().follows?.[personId] ?? [])
    })),

    http.post(at('/me/follows'), whenReachable(async ({ request }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, 'Sign in to follow products and domains.')
      const body = followChangeSchema.safeParse(await request.json().catch(() => null))
      if (!body.success) return problem(400, `The follow is malformed: ${body.error.issues[0]?.message ?? 'unknown error'}.`)
      const { kind, id, following } = body.data
      await store.sync()
      const known = kind === 'product' ? store.product(id) !== undefined : store.mesh.domains.some((d) => d.id === id)
      if (following && !known) return problem(404, `No ${kind} ${id}.`)
      return store.changeActivity((activity) => {
        const follows = setFollow(activity.follows?.[personId] ?? [], { kind, id }, following, store.now().toISOString())
        return { next: { ...activity, follows: { ...activity.follows, [personId]: follows } }, result: HttpResponse.json(follows) }
      })
    })),
  ]
}
