import { http, HttpResponse } from 'msw'
import { savedSearchSchema } from '../backends/rest/wire-schemas'
import { putSavedSearch, removeSavedSearch } from '../model/saved-searches'
import { problem, whenReachable } from './handler-helpers'
import type { DemoStore } from './demo-store'

/** How many searches one person may keep. */
const KEPT = 50
const SIGN_IN = 'Sign in to keep searches.'

/** Each person's saved searches, kept like the demo's other state. */
export function createSavedSearchHandlers(store: DemoStore, at: (path: string) => string, personOf: (request: Request) => string | null) {
  return [
    http.get(at('/me/saved-searches'), whenReachable(async ({ request }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, SIGN_IN)
      await store.sync()
      return HttpResponse.json(store.activity().savedSearches?.[personId] ?? [])
    })),

    http.put(at('/me/saved-searches/:id'), whenReachable(async ({ request, params }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, SIGN_IN)
      const body = savedSearchSchema.safeParse(await request.json().catch(() => null))
      if (!body.success) return problem(400, `The saved search is malformed: ${body.error.issues[0]?.message ?? 'unknown error'}.`)
      if (body.data.id !== params.id) return problem(400, 'The saved search’s id differs from its address.')
      await store.sync()
      return store.changeActivity((activity) => {
        const searches = putSavedSearch(activity.savedSearches?.[personId] ?? [], body.data)
        if (searches.length > KEPT) return { result: problem(409, `Keep at most ${KEPT} searches; remove one first.`) }
        return { next: { ...activity, savedSearches: { ...activity.savedSearches, [personId]: searches } }, result: HttpResponse.json(searches) }
      })
    })),

    http.delete(at('/me/saved-searches/:id'), whenReachable(async ({ request, params }) => {
      const personId = personOf(request)
      if (!personId) return problem(401, SIGN_IN)
      await store.sync()
      return store.changeActivity((activity) => {
        const current = activity.savedSearches?.[personId] ?? []
        if (!current.some((s) => s.id === params.id)) return { result: problem(404, 'No such saved search.') }
        const searches = removeSavedSearch(current, String(params.id))
        return { next: { ...activity, savedSearches: { ...activity.savedSearches, [personId]: searches } }, result: HttpResponse.json(searches) }
      })
    })),
  ]
}
