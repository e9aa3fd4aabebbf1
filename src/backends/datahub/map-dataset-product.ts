import { LIFECYCLES, PRODUCT_KINDS, type DataProduct, type Domain, type Lifecycle, type ProductKind, type RecordIssue } from '../../model/types'
import { mapProductQuality } from './map-contract'
import { datasetsUsage, lastPart, mapDataset, mapOwners, tagNames, termNames, UNASSIGNED_DOMAIN } from './map-datahub'
import { mapInputPorts } from './map-lineage'
import type { WireDatasetProduct } from './datahub-wire'

/** A kind for datasets standing as products, by platform (`snowflake`, `kafka`) or tag; the first rule that matches wins. */
export interface DatasetKindRule {
  platform?: string
  tag?: string
  kind: ProductKind
}

const property = (dataset: WireDatasetProduct, ...keys: string[]) =>
  dataset.properties?.customProperties?.find((p) => keys.includes(p.key.toLowerCase()))?.value.toLowerCase()

function kindOf(dataset: WireDatasetProduct, rules: readonly DatasetKindRule[]): ProductKind {
  const declared = property(dataset, 'kind', 'tessera.kind', 'productkind')
  if ((PRODUCT_KINDS as readonly string[]).includes(declared ?? '')) return declared as ProductKind
  const tags = new Set(tagNames(dataset.tags).map((t) => t.toLowerCase()))
  const platform = dataset.platform?.name.toLowerCase()
  const rule = rules.find((r) => (r.platform === undefined || r.platform.toLowerCase() === platform) && (r.tag === undefined || tags.has(r.tag.toLowerCase())) && (r.platform !== undefined || r.tag !== undefined))
  return rule?.kind ?? 'source-aligned'
}

/**
 * A DataHub dataset as a product, for instances that hold no data products: its one output port is
 * itself, its inputs the datasets it reads (each a product too), its domain DataHub's domain, else the
 * container (database, schema) holding it. Kind and lifecycle come from `kind` / `lifecycle` custom
 * properties, else the kind from the first matching rule (source-aligned when none does) and the
 * lifecycle from the dataset's deprecation.
 */
export function readDatasetProduct(dataset: WireDatasetProduct, rules: readonly DatasetKindRule[] = []): { product: DataProduct; issues: RecordIssue[] } {
  const name = dataset.properties?.name ?? dataset.name
  const quality = mapProductQuality([{ urn: dataset.urn, name, contract: dataset.contract, assertions: dataset.assertions }])
  const lifecycle = property(dataset, 'lifecycle', 'tessera.lifecycle', 'status')
  const port = mapDataset(dataset, quality.contractIds.get(dataset.urn))
  const product: DataProduct = {
    urn: dataset.urn,
    name: dataset.properties?.qualifiedName ?? dataset.name,
    title: name,
    domainId: dataset.domain?.domain.urn ?? dataset.container?.urn ?? UNASSIGNED_DOMAIN,
    kind: kindOf(dataset, rules),
    lifecycle: (LIFECYCLES as readonly string[]).includes(lifecycle ?? '') ? (lifecycle as Lifecycle) : dataset.deprecation?.deprecated ? 'deprecated' : 'active',
    description: port.description ?? '',
    tags: tagNames(dataset.tags),
    glossaryTerms: termNames(dataset.glossaryTerms),
    owners: mapOwners(dataset.ownership?.owners ?? []),
    outputPorts: [port],
    inputPorts: mapInputPorts(dataset.urn, [dataset], (upstream) => upstream.urn),
    ...(quality.contract ? { contract: quality.contract } : {}),
    slos: quality.slos,
    ...(quality.monitoredChecks.length ? { monitoredChecks: quality.monitoredChecks } : {}),
    links: (dataset.institutionalMemory?.elements ?? []).map((e) => ({ label: e.label ?? e.description ?? e.url, url: e.url })),
    revision: 1,
    updatedAt: new Date(dataset.lastIngested ?? 0).toISOString(),
    ...datasetsUsage([dataset]),
  }
  return { product, issues: quality.issues }
}

/**
 * The groups datasets standing as products fall into: DataHub's domains they name (by URN, as the
 * domain list gives them), and, for datasets no domain holds, the containers holding them.
 */
export function containerDomains(datasets: readonly WireDatasetProduct[]): Domain[] {
  const containers = new Map<string, Domain>()
  for (const d of datasets) {
    if (d.domain?.domain || !d.container) continue
    const platform = d.platform?.properties?.displayName ?? d.platform?.name
    containers.set(d.container.urn, {
      id: d.container.urn,
      name: d.container.properties?.name ?? lastPart(d.container.urn),
      description: `A${platform ? ` ${platform}` : ''} container in DataHub; its datasets belong to no DataHub domain, so they are grouped by where they are stored.`,
    })
  }
  return [...containers.values()]
}
