import type { BackstageEntity } from './backstage-wire'

/**
 * What Tessera counts as a data product in Backstage. Backstage has no data product kind;
 * data mesh teams mark one with `spec.type` (a System, Component or Resource of type
 * `data-product`), or model each product as a System of its parts.
 */
export interface ProductRule {
  /** `spec.type` values that make a System, Component or Resource a data product. */
  types: readonly string[]
  /** Count every System as a data product, whatever its type. */
  systems: boolean
}

export const DEFAULT_PRODUCT_TYPES = ['data-product']

export function isDataProduct(entity: BackstageEntity, rule: ProductRule): boolean {
  if (entity.kind !== 'System' && entity.kind !== 'Component' && entity.kind !== 'Resource') return false
  if (entity.kind === 'System' && rule.systems) return true
  const type = entity.spec.type?.trim().toLowerCase()
  return type !== undefined && rule.types.some((t) => t.toLowerCase() === type)
}
