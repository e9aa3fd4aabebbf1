import type { Urn } from '../../model/types'

/**
 * Which backend owns which of its own URNs, learnt from the catalogues read so far.
 * A reference is resolved to the backend that owns the URN, preferring the referring backend
 * itself; a URN nobody owns stays in the referring backend's namespace (a dangling input).
 */
export interface ProductOwnership {
  owners(urn: Urn): readonly string[]
  resolve(fromBackendId: string, urn: Urn): string
}

export function productOwnership(owned: ReadonlyMap<string, Iterable<Urn>>): ProductOwnership {
  const byUrn = new Map<Urn, string[]>()
  for (const [backendId, urns] of owned) {
    for (const urn of urns) {
      const list = byUrn.get(urn)
      if (list) {
        if (!list.includes(backendId)) list.push(backendId)
      } else byUrn.set(urn, [backendId])
    }
  }
  return {
    owners: (urn) => byUrn.get(urn) ?? [],
    resolve(fromBackendId, urn) {
      const owners = byUrn.get(urn)
      if (!owners || owners.includes(fromBackendId)) return fromBackendId
      return owners[0]!
    },
  }
}
