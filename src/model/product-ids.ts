import type { DataProduct } from './types'

/** Every name that identifies the product: its URN, what its source calls it, and its contracts' ids. */
export function productIds(product: DataProduct): string[] {
  const contracts = [product.contract, ...(product.contracts ?? [])].flatMap((c) => (c ? [c.id] : []))
  return [...new Set([product.urn, ...(product.ids ?? []), ...contracts].filter((id) => id.length > 0))]
}

/**
 * The product an address names by one of its ids. An id that names several products (a contract
 * several products share) names none of them; case is ignored only when the exact spelling matches nothing.
 */
export function productById(products: readonly DataProduct[], id: string): DataProduct | undefined {
  const wanted = id.trim()
  if (!wanted) return undefined
  const exact = products.filter((p) => productIds(p).includes(wanted))
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined
  const lower = wanted.toLowerCase()
  const loose = products.filter((p) => productIds(p).some((i) => i.toLowerCase() === lower))
  return loose.length === 1 ? loose[0] : undefined
}
