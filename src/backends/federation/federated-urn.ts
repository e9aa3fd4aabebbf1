import type { Urn } from '../../model/types'

/**
 * Products of a federation are addressed as `<backend id>:<the backend's own URN>`, so two
 * backends that both use, say, `urn:tessera:product:sales.orders` never collide, and every
 * read or write finds its way back to the backend that owns the product.
 * Backend ids hold no colon (config allows `[a-z0-9-]`), so the first colon ends the prefix.
 */
export const federatedUrn = (backendId: string, urn: Urn): Urn => `${backendId}:${urn}`

/** The backend id and its own URN, when `urn` starts with one of `backendIds`; `undefined` otherwise. */
export function splitFederatedUrn(urn: Urn, backendIds: readonly string[]): { backendId: string; urn: Urn } | undefined {
  const colon = urn.indexOf(':')
  if (colon <= 0) return undefined
  const backendId = urn.slice(0, colon)
  return backendIds.includes(backendId) ? { backendId, urn: urn.slice(colon + 1) } : undefined
}
