import type { Urn } from '../../model/types'

export const PRODUCT_TABS = ['overview', 'access', 'schema', 'contract', 'lineage', 'consumers', 'history'] as const
export type ProductTab = (typeof PRODUCT_TABS)[number]

export const TAB_LABELS: Record<ProductTab, string> = {
  overview: 'Overview',
  access: 'Access',
  schema: 'Schema',
  contract: 'Contract & quality',
  lineage: 'Lineage',
  consumers: 'Consumers',
  history: 'History',
}

/** The tab named in the URL (`?tab=`), Overview when absent, unknown or not `available`. */
export function parseTab(value: string | null, available: readonly ProductTab[] = PRODUCT_TABS): ProductTab {
  return available.find((tab) => tab === value) ?? 'overview'
}

/** A query string opening `tab` with the tab's own settings, e.g. `?tab=schema&undocumented=1`. */
export function tabSearch(tab: ProductTab, settings: Record<string, string> = {}): string {
  const params = new URLSearchParams(tab === 'overview' ? {} : { tab })
  for (const [key, value] of Object.entries(settings)) params.set(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The lineage graph centred on a product (the lineage view owns this route). */
export const lineageGraphPath = (urn: Urn) => `/lineage?focus=${encodeURIComponent(urn)}`
