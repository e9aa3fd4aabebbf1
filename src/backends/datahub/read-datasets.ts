import { InvalidDataError, NotFoundError } from '../errors'
import type { FacetCounts, SearchRequest, SearchResponse } from '../../model/search/search-types'
import { productHit } from '../../model/search/product-hit'
import { plural } from '../../model/plural'
import type { Catalog, DataProduct, Domain, Urn } from '../../model/types'
import type { DataHubGraphql } from './datahub-client'
import { DATA_PRODUCT_COUNT_QUERY, DATASET_QUERY, DATASETS_QUERY, DOMAINS_QUERY, SEARCH_DATASETS_QUERY } from './datahub-queries'
import { datasetProductSchema, domainSchema, type WireDatasetProduct } from './datahub-wire'
import { mapDomain, mapParties, UNASSIGNED_DOMAIN } from './map-datahub'
import { containerDomains, readDatasetProduct, type DatasetKindRule } from './map-dataset-product'
import { mapFacets, searchInput, WITHOUT_DOMAIN } from './map-search'
import { parseEach, readAll, searchResults } from './read-pages'

/** What DataHub entity becomes a Tessera product. */
export type ProductSource = 'dataProduct' | 'dataset'

export interface DatasetProductsOptions {
  label: string
  productSource: ProductSource | 'auto'
  maxProducts: number
  kindRules: readonly DatasetKindRule[]
  /** Widens a domain filter to sub-domains, and counts them into the domain facet. */
  withDomains(request: SearchRequest, signal?: AbortSignal): Promise<{ request: SearchRequest; rollUp(facets: FacetCounts): Promise<FacetCounts> }>
}


/**
 * Datasets standing as products, for a DataHub that holds no data products (most do: data products
 * are a recent, optional entity): the catalogue, a product page and search over datasets. `source`
 * says which entity is read, asking DataHub once under `auto`.
 */
export function createDatasetProducts(graphql: DataHubGraphql, { label, productSource, maxProducts, kindRules, withDomains }: DatasetProductsOptions) {
  let decided: Promise<ProductSource> | undefined
  function source(signal?: AbortSignal): Promise<ProductSource> {
    if (productSource !== 'auto') return Promise.resolve(productSource)
    decided ??= graphql(DATA_PRODUCT_COUNT_QUERY, {}, 'the data products', signal).then(
      (data) => (searchResults(data, 'the data products').total > 0 ? 'dataProduct' : 'dataset'),
      (error: unknown) => {
        decided = undefined
        throw error
      },
    )
    return decided
  }

  /** Why the products are datasets, said on search and coverage; absent when configured so. */
  const why = (total: number | undefined) =>
    productSource === 'auto'
      ? [
          `${label} holds no data products, so each of its ${total === undefined ? 'datasets' : plural(total, 'dataset', 'datasets')} is shown as a product, grouped by its DataHub domain or, without one, by the container holding it.`,
        ]
      : []

  async function catalog(signal?: AbortSignal): Promise<Catalog> {
    const [rawDomains, rawDatasets] = await Promise.all([
      readAll(graphql, DOMAINS_QUERY, 'the domains', 10_000, signal),
      readAll(graphql, DATASETS_QUERY, 'the datasets', maxProducts, signal),
    ])
    const domains = parseEach(domainSchema, rawDomains.entities, 'domain')
    const wire = parseEach(datasetProductSchema, rawDatasets.entities, 'product')
    const read = wire.items.map((d) => readDatasetProduct(d, kindRules))
    const products = read.map((r) => r.product)
    const mapped: Domain[] = [...domains.items.map(mapDomain), ...containerDomains(wire.items)]
    if (products.some((p) => p.domainId === UNASSIGNED_DOMAIN)) {
      mapped.push({ id: UNASSIGNED_DOMAIN, name: 'No domain', description: 'Datasets DataHub has assigned to no domain and no container.' })
    }
    const capped =
      rawDatasets.total > products.length + wire.issues.length
        ? [`The catalogue views show the first ${plural(rawDatasets.entities.length, 'dataset', 'datasets')} of ${rawDatasets.total.toLocaleString('en')} (maxProducts); search covers them all.`]
        : []
    const parties = mapParties([...wire.items.flatMap((d) => d.ownership?.owners ?? []), ...domains.items.flatMap((d) => d.ownership?.owners ?? [])])
    return {
      domains: mapped,
      ...parties,
      products,
      issues: [...domains.issues, ...wire.issues, ...read.flatMap((r) => r.issues)],
      notices: [...why(rawDatasets.total), ...capped],
    }
  }

  async function product(urn: Urn, signal?: AbortSignal): Promise<DataProduct> {
    const data = await graphql(DATASET_QUERY, { urn }, `dataset ${urn}`, signal)
    if (data.dataset == null) throw new NotFoundError(`Product ${urn}`)
    const parsed = datasetProductSchema.safeParse(data.dataset)
    if (!parsed.success) throw new InvalidDataError(`DataHub sent dataset ${urn} in a shape Tessera cannot read.`, parsed.error.issues.map((i) => i.message))
    return readDatasetProduct(parsed.data, kindRules).product
  }

  async function search(asked: SearchRequest, signal?: AbortSignal): Promise<SearchResponse> {
    const widened = await withDomains(asked, signal)
    const request = widened.request
    // The containers' counts come from the datasets no domain holds: those the containers group.
    const [data, grouped] = await Promise.all([
      graphql(SEARCH_DATASETS_QUERY, { input: searchInput(request, ['DATASET']) }, 'the search', signal),
      graphql(SEARCH_DATASETS_QUERY, { input: searchInput({ ...request, offset: 0, limit: 0 }, ['DATASET'], [WITHOUT_DOMAIN]) }, 'the search', signal),
    ])
    const results = searchResults(data, 'the search')
    const wire = parseEach(datasetProductSchema, results.searchResults.map((r) => r.entity), 'product')
    const facets = await widened.rollUp(mapFacets(results.facets, searchResults(grouped, 'the search').facets))
    const domainNames = new Map(facets.domain.map((f) => [f.value, f.label]))
    const hits = wire.items.map((w: WireDatasetProduct) => {
      const mapped = readDatasetProduct(w, kindRules).product
      const owner = w.ownership?.owners?.[0]?.owner
      return productHit(
        mapped,
        {
          domain: mapped.domainId === UNASSIGNED_DOMAIN ? 'No domain' : (w.domain?.domain.properties?.name ?? w.container?.properties?.name ?? domainNames.get(mapped.domainId) ?? undefined),
          owner: owner?.properties?.displayName ?? owner?.name ?? owner?.username ?? undefined,
        },
        request.q,
      )
    })
    const narrowed = (request.q.trim() !== '' && request.q.trim() !== '*') || Object.values(request.filters).some((v) => v && v.length > 0)
    const notices = request.offset === 0 ? why(narrowed ? undefined : results.total) : []
    return { total: results.total, hits, facets, ...(notices.length ? { notices } : {}) }
  }

  return { source, catalog, product, search }
}
