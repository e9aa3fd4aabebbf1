import type { BackendCapabilities, CatalogBackend, ProductPatch, RequestOptions } from '../catalog-backend'
import { InvalidDataError, NotFoundError, UnsupportedError } from '../errors'
import { tokenAuth } from '../auth/token-auth'
import type { FacetCounts, SearchRequest, SearchResponse } from '../../model/search/search-types'
import { rollUpDomainFacet, withSubDomains } from '../../model/domain-filter'
import type { Catalog, DataProduct, Domain, Urn } from '../../model/types'
import { createDataHubClient, type DataHubClientOptions } from './datahub-client'
import { DATA_PRODUCT_QUERY, DATA_PRODUCTS_QUERY, DOMAINS_QUERY, GLOSSARY_QUERY, ME_QUERY, SEARCH_QUERY, UPDATE_DESCRIPTION_MUTATION } from './datahub-queries'
import { dataProductSchema, domainSchema, glossaryTermSchema, type WireDataProduct, type WireOwner } from './datahub-wire'
import { mapDataProduct, mapDomain, mapGlossaryTerm, mapParties, readDataProduct, UNASSIGNED_DOMAIN } from './map-datahub'
import { mapFacets, SEARCH_FILTERS, searchInput } from './map-search'
import { productHit } from '../../model/search/product-hit'
import { createLabelWrites } from './label-writes'
import { createDataHubLineage } from './read-lineage'
import { planOwners, planTags } from './plan-label-writes'
import { z } from 'zod'
import { parseEach, readAll, searchResults } from './read-pages'
import { createDatasetProducts, type ProductSource } from './read-datasets'
import type { DatasetKindRule } from './map-dataset-product'

export interface DataHubBackendConfig extends DataHubClientOptions {
  id: string
  label: string
  /** Stop reading data products for the catalogue after this many (the search itself is never capped). */
  maxProducts?: number
  /** What becomes a Tessera product: data products, datasets, or (`auto`, the default) datasets when DataHub holds no data products. */
  productSource?: ProductSource | 'auto'
  /** The kind of a dataset standing as a product, when no `kind` custom property gives it. */
  kindRules?: readonly DatasetKindRule[]
}

const capabilities: BackendCapabilities = { search: 'server', searchFilters: SEARCH_FILTERS, searchSorts: ['relevance', 'name'], edit: true, editableFields: ['description', 'columnDescriptions', 'tags', 'owners'], history: false, columnLineage: false, switchIdentity: false }
/** A dataset standing as a product: Tessera writes its descriptions; its tags and owners are edited in DataHub. */
const datasetCapabilities: BackendCapabilities = { ...capabilities, editableFields: ['description', 'columnDescriptions'] }
const isDataset = (urn: Urn) => urn.startsWith('urn:li:dataset:')

const ownersOf = (products: readonly WireDataProduct[]): WireOwner[] => products.flatMap((p) => p.ownership?.owners ?? [])

/**
 * DataHub through its GraphQL API: domains (nested), data products with their datasets as
 * output ports, ownership, tags, glossary terms and documentation. Search, facets and paging
 * run on DataHub's search cluster. Lineage of the products' datasets becomes their inputs: one hop
 * upstream with the catalogue, as many hops as asked around one product through its lineage search.
 * Descriptions are written through `updateDescription`, tags and owners through DataHub's
 * tag and owner mutations.
 */
export function createDataHubBackend(config: DataHubBackendConfig): CatalogBackend {
  const graphql = createDataHubClient(config)
  const maxProducts = config.maxProducts ?? 2_000

  /** DataHub's domains, kept for a minute: search widens a domain filter to its sub-domains and counts them in. */
  let domainList: { at: number; value: Promise<Domain[]> } | undefined
  const cachedDomains = (signal?: AbortSignal): Promise<Domain[]> => {
    if (!domainList || Date.now() - domainList.at > 60_000) {
      const value = readAll(graphql, DOMAINS_QUERY, 'the domains', 10_000, signal).then((r) => parseEach(domainSchema, r.entities, 'domain').items.map(mapDomain))
      value.catch(() => (domainList = undefined))
      domainList = { at: Date.now(), value }
    }
    return domainList.value
  }
  /** A request whose domain filter takes in sub-domains, and a way to count them into the domain facet. */
  async function withDomains(request: SearchRequest, signal?: AbortSignal) {
    const domains = request.filters.domain?.length ? await cachedDomains(signal) : undefined
    return {
      request: domains ? { ...request, filters: withSubDomains(request.filters, domains) } : request,
      rollUp: async (facets: FacetCounts): Promise<FacetCounts> => ({ ...facets, domain: rollUpDomainFacet(facets.domain, domains ?? (await cachedDomains(signal).catch(() => []))) }),
    }
  }

  const datasets = createDatasetProducts(graphql, { label: config.label, productSource: config.productSource ?? 'auto', maxProducts, kindRules: config.kindRules ?? [], withDomains })

  async function catalog(signal?: AbortSignal): Promise<Catalog> {
    if ((await datasets.source(signal)) === 'dataset') return datasets.catalog(signal)
    const [rawDomains, rawProducts] = await Promise.all([
      readAll(graphql, DOMAINS_QUERY, 'the domains', 10_000, signal),
      readAll(graphql, DATA_PRODUCTS_QUERY, 'the data products', maxProducts, signal),
    ])
    const domains = parseEach(domainSchema, rawDomains.entities, 'domain')
    const wireProducts = parseEach(dataProductSchema, rawProducts.entities, 'product')
    const read = wireProducts.items.map(readDataProduct)
    const products = read.map((r) => r.product)
    const mapped: Domain[] = domains.items.map(mapDomain)
    if (products.some((p) => p.domainId === UNASSIGNED_DOMAIN)) {
      mapped.push({ id: UNASSIGNED_DOMAIN, name: 'No domain', description: 'Data products DataHub has not assigned to a domain.' })
    }
    const parties = mapParties([...ownersOf(wireProducts.items), ...domains.items.flatMap((d) => d.ownership?.owners ?? [])])
    return { domains: mapped, ...parties, products, issues: [...domains.issues, ...wireProducts.issues, ...read.flatMap((r) => r.issues)] }
  }

  async function product(urn: Urn, signal?: AbortSignal): Promise<DataProduct> {
    if (isDataset(urn)) return datasets.product(urn, signal)
    const data = await graphql(DATA_PRODUCT_QUERY, { urn }, `product ${urn}`, signal)
    if (data.dataProduct == null) throw new NotFoundError(`Product ${urn}`)
    const parsed = dataProductSchema.safeParse(data.dataProduct)
    if (!parsed.success) throw new InvalidDataError(`DataHub sent data product ${urn} in a shape Tessera cannot read.`, parsed.error.issues.map((i) => i.message))
    return mapDataProduct(parsed.data)
  }

  const labelWrites = createLabelWrites(graphql)
  const getLineage = createDataHubLineage(graphql, config.kindRules ?? [])

  const setDescription = (input: Record<string, unknown>, what: string, signal?: AbortSignal) =>
    graphql(UPDATE_DESCRIPTION_MUTATION, { input }, what, signal).then((data) => {
      if (data.updateDescription !== true) throw new InvalidDataError(`DataHub did not confirm the change to ${what}.`)
    })

  return {
    id: config.id,
    label: config.label,
    capabilities,
    capabilitiesFor: (urn) => (isDataset(urn) ? datasetCapabilities : capabilities),
    auth: tokenAuth(config, 'datahub'),

    getCatalog: ({ signal }: RequestOptions = {}) => catalog(signal),
    getProduct: (urn, { signal } = {}) => product(urn, signal),
    getLineage: (urn, depth, { signal } = {}) => getLineage(urn, depth, signal),

    async search(request: SearchRequest, { signal }: RequestOptions = {}): Promise<SearchResponse> {
      if ((await datasets.source(signal)) === 'dataset') return datasets.search(request, signal)
      const widened = await withDomains(request, signal)
      const data = await graphql(SEARCH_QUERY, { input: searchInput(widened.request) }, 'the search', signal)
      const results = searchResults(data, 'the search')
      const wire = parseEach(dataProductSchema, results.searchResults.map((r) => r.entity), 'product')
      const facets = await widened.rollUp(mapFacets(results.facets))
      const domainNames = new Map(facets.domain.map((f) => [f.value, f.label]))
      const hits = wire.items.map((w) => {
        const mapped = mapDataProduct(w)
        const owner = w.ownership?.owners?.[0]?.owner
        return productHit(
          mapped,
          {
            domain: mapped.domainId === UNASSIGNED_DOMAIN ? 'No domain' : (w.domain?.domain.properties?.name ?? domainNames.get(mapped.domainId) ?? undefined),
            owner: owner?.properties?.displayName ?? owner?.name ?? owner?.username ?? undefined,
          },
          request.q,
        )
      })
      return { total: results.total, hits, facets }
    },

    async listDomains({ signal } = {}) {
      const c = await catalog(signal)
      return { items: c.domains, issues: c.issues.filter((i) => i.entity === 'domain') }
    },
    async listTeams({ signal } = {}) {
      return { items: (await catalog(signal)).teams, issues: [] }
    },
    async listPeople({ signal } = {}) {
      return { items: (await catalog(signal)).people, issues: [] }
    },

    /**
     * DataHub keeps no revision Tessera can compare, so the last save wins. Everything is checked
     * before the first write; tags and owners change by difference from what DataHub has now.
     */
    async updateProduct(urn: Urn, patch: ProductPatch, { signal }: RequestOptions = {}) {
      const { description, columnDescriptions, tags, owners, ...rest } = patch.changes
      const unsupported = Object.keys(rest).filter((k) => rest[k as keyof typeof rest] !== undefined)
      if (isDataset(urn) && (tags !== undefined || owners !== undefined)) unsupported.push(...(tags !== undefined ? ['tags'] : []), ...(owners !== undefined ? ['owners'] : []))
      if (unsupported.length) throw new UnsupportedError(`changing ${unsupported.join(', ')} through Tessera`)
      const labels = tags !== undefined || owners !== undefined ? await labelWrites.current(urn, signal) : undefined
      const tagPlan = labels && tags !== undefined ? planTags(labels.tags?.tags ?? [], tags) : undefined
      const ownerPlan = labels && owners !== undefined ? planOwners(labels.ownership?.owners ?? [], owners) : undefined
      if (description !== undefined) await setDescription({ resourceUrn: urn, description }, `the description of ${urn}`, signal)
      for (const column of columnDescriptions ?? []) {
        await setDescription(
          { resourceUrn: column.outputPortId, subResourceType: 'DATASET_FIELD', subResource: column.column, description: column.description },
          `the description of column ${column.column}`,
          signal,
        )
      }
      if (tagPlan) await labelWrites.tags(urn, tagPlan, signal)
      if (ownerPlan) await labelWrites.owners(urn, ownerPlan, signal)
      return product(urn, signal)
    },

    async listGlossary({ signal } = {}) {
      const { entities } = await readAll(graphql, GLOSSARY_QUERY, 'the glossary', 10_000, signal)
      return parseEach(glossaryTermSchema, entities, 'glossary term').items.map(mapGlossaryTerm)
    },

    async getIdentity({ signal } = {}) {
      const data = await graphql(ME_QUERY, {}, 'your identity', signal)
      const user = z.object({ me: z.object({ corpUser: z.object({ urn: z.string(), username: z.string(), properties: z.object({ displayName: z.string().nullish(), fullName: z.string().nullish() }).nullish() }) }) }).safeParse(data)
      if (!user.success) return { personId: null, name: 'Anonymous', description: 'Not signed in to DataHub' }
      const u = user.data.me.corpUser
      return { personId: u.urn, name: u.properties?.displayName ?? u.properties?.fullName ?? u.username, description: 'Signed in to DataHub' }
    },
  }
}
