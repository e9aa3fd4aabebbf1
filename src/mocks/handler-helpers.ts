import { HttpResponse, type HttpResponseResolver } from 'msw'

export const problem = (status: number, error: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ error, ...extra }, { status })

// The demo server runs inside the page but stands for a remote one: while the browser is
// offline it cannot be reached, so saving while offline fails as it would against a real server.
const unreachable = () => typeof navigator !== 'undefined' && navigator.onLine === false
export const whenReachable =
  (resolver: HttpResponseResolver): HttpResponseResolver =>
  (info) =>
    unreachable() ? HttpResponse.error() : resolver(info)
