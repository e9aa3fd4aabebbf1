import { InvalidDataError, NotFoundError } from '../errors'
import type { Catalog, DataProduct, Domain, RecordIssue, Urn } from '../../model/types'
import type { DataHubGraphql } from './datahub-client'
import { DATASETS_BY_URN_QUERY, LINEAGE_QUERY, PRODUCTS_BY_URN_QUERY } from './datahub-queries'
import { dataProductSchema, datasetProductSchema, lineageResultsSchema, type WireDataset, type WireOwner } from './datahub-wire'
import { mapDataProduct, mapParties, productDatasets, UNASSIGNED_DOMAIN } from './map-datahub'
import { readDatasetProduct, type DatasetKindRule } from './map-dataset-product'
import { datasetEdges, holders, lineageHits, productInputs, type LineageDirection, type LineageHit } from './map-neighbourhood'

/** Datasets of the focus product whose lineage is searched. */
const MAX_ASSETS = 20
const PAGE = 200
/** Datasets read from one lineage search; DataHub's "3+" degree can reach the whole graph. */
const MAX_PER_SEARCH = 1_000

/** DataHub's lineage search filters by `degree` "1", "2" and "3+" (three hops and every one beyond). */
export function degreesFor(hops: number): string[] {
  if (!(hops >= 1)) return []
  return hops === 1 ? ['1'] : hops < 3 ? ['1', '2'] : ['1', '2', '3+']
}

/**
 * The lineage neighbourhood of a DataHub data product: `scrollAcrossLineage` up- and downstream of each
 * of its datasets, each dataset reached mapped to the data product holding it, and those products read
 * in one `entities` call.
 */
/** A product reached by the lineage, as DataHub holds it: a data product, or a dataset standing as one. */
interface Reached {
  urn: Urn
  datasets: WireDataset[]
  domain: { urn: string; name?: string } | undefined
  owners: WireOwner[]
  map(): DataProduct
}

/**
 * Data products by URN, or, for dataset URNs (an instance whose datasets stand as products),
 * datasets; each read in one `entities` call.
 */
function createReader(graphql: DataHubGraphql, kindRules: readonly DatasetKindRule[]) {
  return async function readProducts(urns: readonly Urn[], signal?: AbortSignal): Promise<{ items: Reached[]; issues: RecordIssue[] }> {
    if (urns.length === 0) return { items: [], issues: [] }
    const datasets = urns.every((u) => u.startsWith('urn:li:dataset:'))
    const data = await graphql(datasets ? DATASETS_BY_URN_QUERY : PRODUCTS_BY_URN_QUERY, { urns }, datasets ? 'the datasets on the lineage' : 'the data products on the lineage', signal)
    const entities = Array.isArray(data.entities) ? data.entities : []
    const items: Reached[] = []
    const issues: RecordIssue[] = []
    entities.forEach((raw: unknown, i) => {
      // DataHub answers a URN it does not hold with null, or with a bare entity of no properties.
      if (raw == null || (raw as { properties?: unknown }).properties == null) return
      const fail = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
        issues.push({ entity: 'product', ref: urns[i] ?? `#${i + 1}`, message: error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') })
      if (datasets) {
        const parsed = datasetProductSchema.safeParse(raw)
        if (!parsed.success) return fail(parsed.error)
        const d = parsed.data
        const group = d.domain?.domain ? { urn: d.domain.domain.urn, name: d.domain.domain.properties?.name ?? undefined } : d.container ? { urn: d.container.urn, name: d.container.properties?.name ?? undefined } : undefined
        items.push({ urn: d.urn, datasets: [d], domain: group, owners: d.ownership?.owners ?? [], map: () => readDatasetProduct(d, kindRules).product })
        return
      }
      const parsed = dataProductSchema.safeParse(raw)
      if (!parsed.success) return fail(parsed.error)
      const p = parsed.data
      const domain = p.domain?.domain
      items.push({ urn: p.urn, datasets: productDatasets(p), domain: domain ? { urn: domain.urn, name: domain.properties?.name ?? undefined } : undefined, owners: p.ownership?.owners ?? [], map: () => mapDataProduct(p) })
    })
    return { items, issues }
  }
}

export function createDataHubLineage(graphql: DataHubGraphql, kindRules: readonly DatasetKindRule[] = []) {
  const readProducts = createReader(graphql, kindRules)

  async function search(urn: string, direction: LineageDirection, hops: number, signal?: AbortSignal): Promise<LineageHit[]> {
    const degrees = degreesFor(hops)
    if (degrees.length === 0) return []
    const hits: LineageHit[] = []
    let scrollId: string | undefined
    do {
      const input = { urn, direction, types: ['DATASET'], query: '*', count: PAGE, orFilters: [{ and: [{ field: 'degree', values: degrees }] }], ...(scrollId ? { scrollId } : {}) }
      const data = await graphql(LINEAGE_QUERY, { input }, `the lineage of ${urn}`, signal)
      const page = lineageResultsSchema.safeParse(data.scrollAcrossLineage)
      if (!page.success) throw new InvalidDataError(`DataHub’s answer for the lineage of ${urn} is not a lineage search result.`, page.error.issues.map((i) => i.message))
      hits.push(...lineageHits(page.data.searchResults))
      scrollId = page.data.searchResults.length ? (page.data.nextScrollId ?? undefined) : undefined
    } while (scrollId && hits.length < MAX_PER_SEARCH)
    return hits
  }

  return async function getLineage(urn: Urn, depth: { upstream: number; downstream: number }, signal?: AbortSignal): Promise<Catalog> {
    const focus = (await readProducts([urn], signal)).items[0]
    if (!focus) throw new NotFoundError(`Product ${urn}`)
    const own = focus.datasets
    const asDatasets = urn.startsWith('urn:li:dataset:')
    const searches = own.slice(0, MAX_ASSETS).flatMap((d) => [
      { source: d.urn, direction: 'UPSTREAM' as const, hops: depth.upstream },
      { source: d.urn, direction: 'DOWNSTREAM' as const, hops: depth.downstream },
    ])
    const found = await Promise.all(searches.map(async (s) => ({ ...s, hits: await search(s.source, s.direction, s.hops, signal) })))
    const hits = found.flatMap((f) => f.hits)
    // Where datasets stand as products, each dataset reached is its own product.
    const held = asDatasets ? new Map(hits.map((h) => [h.dataset.urn, h.dataset.urn])) : holders(hits)
    for (const d of own) held.set(d.urn, urn)

    const others = await readProducts([...new Set(held.values())].filter((p) => p !== urn), signal)
    const known = new Set([urn, ...others.items.map((p) => p.urn)])
    const inputs = productInputs(
      found.flatMap((f) => datasetEdges(f.source, f.direction, f.hits)),
      new Map(hits.map((h) => [h.dataset.urn, h.dataset])),
      (dataset) => {
        const product = held.get(dataset)
        return product && known.has(product) ? product : undefined
      },
    )
    const wire = [focus, ...others.items]
    const products = wire.map((p) => ({ ...p.map(), inputPorts: inputs.get(p.urn) ?? [] }))
    const domains = new Map<string, Domain>()
    for (const { domain } of wire) if (domain) domains.set(domain.urn, { id: domain.urn, name: domain.name ?? domain.urn })
    if (products.some((p) => p.domainId === UNASSIGNED_DOMAIN)) {
      domains.set(UNASSIGNED_DOMAIN, { id: UNASSIGNED_DOMAIN, name: 'No domain', description: 'Data products DataHub has not assigned to a domain.' })
    }
    const parties = mapParties(wire.flatMap((p) => p.owners))
    return { domains: [...domains.values()], ...parties, products, issues: others.issues }
  }
}
