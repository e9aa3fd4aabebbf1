import type { BackendCapabilities, CatalogBackend, RequestOptions } from '../catalog-backend'
import { InvalidDataError } from '../errors'
import { tokenAuth } from '../auth/token-auth'
import type { SearchRequest, SearchResponse } from '../../model/search/search-types'
import type { DataProduct } from '../../model/types'
import { domainOf, mapDomain, ownersOf, refKey, refLabel, UNASSIGNED_DOMAIN } from './map-openmetadata'
import { rollUpDomainFacet, withSubDomains } from '../../model/domain-filter'
import { mapDataProduct, mapTableProduct, type ProductSource } from './map-products'
import { mapFacets, SEARCH_FILTERS, SEARCH_INDEX, searchParams, uncountedFacets } from './map-search'
import { FACET_TITLES } from '../../model/search/facet-labels'
import { productHit } from '../../model/search/product-hit'
import { createOpenMetadataClient, type OpenMetadataClientOptions } from './openmetadata-client'
import { dataProductSchema, glossaryTermSchema, searchResponseSchema, tableSchema, userSchema, type WireDataProduct, type WireTable } from './openmetadata-wire'
import { parseEach } from './parse-records'
import { createOpenMetadataHistory } from './read-history'
import { createOpenMetadataLineage } from './read-lineage'
import { createOpenMetadataReader } from './read-openmetadata'
import { createOpenMetadataWriter, EDITABLE_FIELDS } from './update-openmetadata'

export interface OpenMetadataBackendConfig extends OpenMetadataClientOptions {
  id: string
  label: string
  /** What becomes a Tessera product: data products, tables, or (`auto`, the default) data products when the server has any. */
  productSource?: ProductSource | 'auto'
  /** Stop reading products for the catalogue views after this many (search is never capped). */
  maxProducts?: number
}

const capabilities: BackendCapabilities = { search: 'server', searchFilters: SEARCH_FILTERS, edit: true, editableFields: EDITABLE_FIELDS, ownerRoles: ['product-owner', 'steward'], history: true, columnLineage: true, switchIdentity: false }

/**
 * OpenMetadata through its REST API (`/api/v1`): domains, data products and their assets,
 * tables with columns, teams, users, tags, glossary terms, and table and column lineage. Search,
 * facets, paging and lineage traversal (up to three hops each way) run on OpenMetadata's servers;
 * documentation and owners are written as version-checked JSON Patch, and each product's change history is
 * read from the entity's versions.
 */
export function createOpenMetadataBackend(config: OpenMetadataBackendConfig): CatalogBackend {
  const client = createOpenMetadataClient(config)
  const reader = createOpenMetadataReader(client, { productSource: config.productSource ?? 'auto', maxProducts: config.maxProducts ?? 2_000 })
  const updateProduct = createOpenMetadataWriter(client, reader)
  const getHistory = createOpenMetadataHistory(client)
  const getLineage = createOpenMetadataLineage(client, reader)

  async function search(request: SearchRequest, signal?: AbortSignal): Promise<SearchResponse> {
    const source = await reader.productSourceOf(signal)
    const index = SEARCH_INDEX[source]
    // A domain filter takes in sub-domains, as the domain page counts them; the facet counts them in.
    const domains = () => reader.cachedDomains(signal).then((d) => d.items.map(mapDomain))
    const widened = request.filters.domain?.length ? { ...request, filters: withSubDomains(request.filters, await domains()) } : request
    // Names only label the facets: without them the search still answers, with raw values.
    const [raw, names, known] = await Promise.all([
      client.get('/search/query', searchParams(widened, index), 'the search', signal),
      reader.facetNames(signal).catch(() => undefined),
      domains().catch(() => []),
    ])
    const parsed = searchResponseSchema.safeParse(raw)
    if (!parsed.success) throw new InvalidDataError('OpenMetadata’s answer to the search is not a search result.', parsed.error.issues.map((i) => i.message))
    const sources = parsed.data.hits.hits.map((h) => h._source)
    const hit = (product: DataProduct, entity: WireTable | WireDataProduct) => {
      const domain = domainOf(entity)
      const owner = ownersOf(entity)[0]
      return productHit(product, { domain: domain ? refLabel(domain) : product.domainId === UNASSIGNED_DOMAIN ? 'No domain' : undefined, owner: owner ? refLabel(owner) : undefined }, request.q)
    }
    const hits =
      source === 'dataProduct'
        ? await reader.domainKinds(signal).then((kinds) =>
            parseEach(dataProductSchema, sources, 'product').items.map((e) => hit(mapDataProduct(e, { kind: kinds.get(domainOf(e) ? refKey(domainOf(e)!) : '') }), e)),
          )
        : parseEach(tableSchema, sources, 'product').items.map((e) => hit(mapTableProduct(e), e))
    const total = parsed.data.hits.total
    const facets = mapFacets(parsed.data.aggregations, names)
    const uncounted = request.offset === 0 ? uncountedFacets(parsed.data.aggregations, index) : []
    const named = uncounted.map((k) => FACET_TITLES[k].toLowerCase())
    const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : named.join('')
    const notices = uncounted.length
      ? [`${config.label}’s search settings do not count ${list}, so ${uncounted.length === 1 ? 'that filter is' : 'those filters are'} not offered here; a link that sets one still narrows the results. An OpenMetadata admin can add ${uncounted.length === 1 ? 'it' : 'them'} to the search settings’ aggregations.`]
      : []
    return { total: typeof total === 'number' ? total : total.value, hits, facets: { ...facets, domain: rollUpDomainFacet(facets.domain, known) }, ...(notices.length ? { notices } : {}) }
  }

  return {
    id: config.id,
    label: config.label,
    capabilities,
    auth: tokenAuth(config, 'openmetadata'),

    getCatalog: ({ signal }: RequestOptions = {}) => reader.catalog(signal),
    getProduct: (urn, { signal } = {}) => reader.product(urn, signal),
    getLineage: (urn, depth, { signal } = {}) => getLineage(urn, depth, signal),
    search: (request, { signal } = {}) => search(request, signal),

    async listDomains({ signal } = {}) {
      const c = await reader.catalog(signal)
      return { items: c.domains, issues: c.issues.filter((i) => i.entity === 'domain') }
    },
    async listTeams({ signal } = {}) {
      const c = await reader.catalog(signal)
      return { items: c.teams, issues: c.issues.filter((i) => i.entity === 'team') }
    },
    async listPeople({ signal } = {}) {
      const c = await reader.catalog(signal)
      return { items: c.people, issues: c.issues.filter((i) => i.entity === 'person') }
    },

    updateProduct: (urn, patch, { signal } = {}) => updateProduct(urn, patch, signal),
    getHistory: (urn, { signal } = {}) => getHistory(urn, signal),

    async listGlossary({ signal } = {}) {
      const raw = await client.list('/glossaryTerms', { fields: 'relatedTerms' }, 'the glossary', 10_000, signal)
      return parseEach(glossaryTermSchema, raw, 'glossary term').items.map((term) => ({
        name: term.fullyQualifiedName,
        ...(term.description?.trim() ? { definition: term.description } : {}),
        related: (term.relatedTerms ?? []).flatMap((r) => (r.fullyQualifiedName ? [r.fullyQualifiedName] : [])),
        ...(term.glossary ? { glossary: term.glossary.displayName ?? term.glossary.name ?? term.glossary.fullyQualifiedName ?? undefined } : {}),
      }))
    },

    async getIdentity({ signal } = {}) {
      const raw = await client.get('/users/loggedInUser', {}, 'your identity', signal).catch(() => undefined)
      const user = userSchema.safeParse(raw)
      if (!user.success) return { personId: null, name: 'Anonymous', description: 'Not signed in to OpenMetadata' }
      return { personId: user.data.name, name: user.data.displayName ?? user.data.name, description: 'Signed in to OpenMetadata' }
    },
  }
}
