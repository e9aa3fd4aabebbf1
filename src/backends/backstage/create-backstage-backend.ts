import type { BackendCapabilities, CatalogBackend, RequestOptions } from '../catalog-backend'
import { NotFoundError } from '../errors'
import { tokenAuth } from '../auth/token-auth'
import type { Catalog, DataProduct, Urn } from '../../model/types'
import { createBackstageClient, type BackstageClientOptions } from './backstage-client'
import { ENTITY_KINDS } from './backstage-wire'
import { mapBackstageCatalog } from './map-backstage'
import { DEFAULT_PRODUCT_TYPES } from './product-rule'

export interface BackstageBackendConfig extends BackstageClientOptions {
  id: string
  label: string
  /** Backstage's web app, for "Open in Backstage" links, e.g. `https://backstage.acme.com`. */
  appUrl?: string
  /** `type` (default): Systems, Components and Resources whose `spec.type` is a product type; `system`: every System too. */
  productRule?: 'type' | 'system'
  /** `spec.type` values that mark a data product; `["data-product"]` by default. */
  productTypes?: string[]
}

const capabilities: BackendCapabilities = { search: 'client', edit: false, history: false, columnLineage: false, switchIdentity: false }
/** A product page right after the catalogue was read uses that read rather than reading it all again. */
const FRESH_MS = 30_000

/**
 * Backstage's software catalog, read-only: Domains, Systems, Components, Resources, APIs,
 * Groups and Users and their relations become domains, data products with ports and lineage,
 * teams and people. Backstage's catalog API cannot search or rank the way Tessera needs, so
 * the whole (small) set of entities is read and Tessera indexes it in the browser.
 * Edits happen in the entity's catalog-info.yaml, linked from each product as "Edit in source".
 */
export function createBackstageBackend(config: BackstageBackendConfig): CatalogBackend {
  const client = createBackstageClient(config)
  const rule = { types: config.productTypes ?? DEFAULT_PRODUCT_TYPES, systems: config.productRule === 'system' }
  let last: { at: number; catalog: Catalog } | undefined

  async function catalog(signal?: AbortSignal, reuse = false): Promise<Catalog> {
    if (reuse && last && Date.now() - last.at < FRESH_MS) return last.catalog
    const raw = await client.queryEntities(ENTITY_KINDS, signal)
    const read = mapBackstageCatalog(raw, { rule, readAt: new Date().toISOString(), appUrl: config.appUrl })
    last = { at: Date.now(), catalog: read }
    return read
  }

  async function product(urn: Urn, signal?: AbortSignal): Promise<DataProduct> {
    const wanted = urn.toLowerCase()
    const found = (await catalog(signal, true)).products.find((p) => p.urn === wanted)
    if (!found) throw new NotFoundError(`Product ${urn}`)
    return found
  }

  return {
    id: config.id,
    label: config.label,
    capabilities,
    auth: tokenAuth(config, 'backstage'),
    getCatalog: ({ signal }: RequestOptions = {}) => catalog(signal),
    getProduct: (urn, { signal } = {}) => product(urn, signal),
    async listDomains({ signal } = {}) {
      const c = await catalog(signal, true)
      return { items: c.domains, issues: c.issues.filter((i) => i.entity === 'domain') }
    },
    async listTeams({ signal } = {}) {
      const c = await catalog(signal, true)
      return { items: c.teams, issues: c.issues.filter((i) => i.entity === 'group') }
    },
    async listPeople({ signal } = {}) {
      const c = await catalog(signal, true)
      return { items: c.people, issues: c.issues.filter((i) => i.entity === 'user') }
    },
  }
}
