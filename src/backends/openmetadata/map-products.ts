import type { ColumnLineage, DataProduct, InputPort, OutputPort, PortType, ProductKind, ProductUsage, Slo } from '../../model/types'
import {
  domainOf,
  lifecycleOfStage,
  mapOwners,
  mapTablePort,
  ownersOf,
  refKey,
  refLabel,
  splitLabels,
  toRevision,
  UNASSIGNED_DOMAIN,
} from './map-openmetadata'
import type { WireDataProduct, WirePort, WireRef, WireTable } from './openmetadata-wire'

/**
 * Which OpenMetadata entity is a Tessera data product:
 * - a **data product** (`/dataProducts`) when the server has any; its assets are its output ports;
 * - otherwise each **table**: the unit OpenMetadata owns, versions and patches, so an edit and its
 *   conflict check concern exactly one entity.
 */
export type ProductSource = 'dataProduct' | 'table'

const PREFIX = 'urn:openmetadata:'
export const productUrn = (source: ProductSource, fqn: string) => `${PREFIX}${source}:${fqn}`

export function parseProductUrn(urn: string): { source: ProductSource; fqn: string } | undefined {
  const match = /^urn:openmetadata:(dataProduct|table):(.+)$/s.exec(urn)
  return match ? { source: match[1] as ProductSource, fqn: match[2]! } : undefined
}

const PORT_TYPE_BY_ASSET: Record<string, PortType> = { table: 'table', topic: 'topic', container: 'file', apiEndpoint: 'api', searchIndex: 'api' }
const PORT_TYPE_BY_PROTOCOL: Record<string, PortType> = {
  KAFKA: 'topic',
  REST: 'api',
  GRPC: 'api',
  GRAPHQL: 'api',
  WEBHOOK: 'api',
  FILE: 'file',
  S3: 'file',
  GCS: 'file',
  AZURE_BLOB: 'file',
  JDBC: 'table',
}

function refPort(ref: WireRef, type: PortType): OutputPort {
  return {
    id: refKey(ref),
    name: refLabel(ref),
    type,
    location: refKey(ref),
    ...(ref.description ? { description: ref.description } : {}),
    columns: [],
    // the asset was named, not read: a table or topic has columns Tessera has not seen
    ...(ref.type === 'table' || ref.type === 'topic' ? { columnsUnread: true as const } : {}),
  }
}

/** Declared output ports first (with the asset they expose), then every other data asset. */
function outputPorts(product: WireDataProduct, tables: ReadonlyMap<string, WireTable>): OutputPort[] {
  const assetPort = (ref: WireRef): OutputPort | undefined => {
    const table = tables.get(refKey(ref))
    if (table) return mapTablePort(table)
    const type = PORT_TYPE_BY_ASSET[ref.type]
    return type ? refPort(ref, type) : undefined
  }
  const declared = (product.outputPorts ?? []).map((port: WirePort): OutputPort => {
    const asset = port.dataAsset ? assetPort(port.dataAsset) : undefined
    const base = asset ?? { id: port.name, name: port.name, type: PORT_TYPE_BY_PROTOCOL[port.protocol ?? ''] ?? 'api', location: port.endpoint ?? port.name, columns: [] }
    return {
      ...base,
      name: port.displayName ?? port.name,
      ...(port.endpoint ? { location: port.endpoint } : {}),
      ...(port.format ? { format: port.format } : {}),
      ...(port.description ? { description: port.description } : {}),
    }
  })
  const covered = new Set(declared.map((p) => p.id))
  const assets = (product.assets ?? []).flatMap((ref) => (covered.has(refKey(ref)) ? [] : [assetPort(ref)].filter((p) => p !== undefined)))
  return [...declared, ...assets]
}

function slos(product: WireDataProduct): Slo[] {
  const sla = product.sla
  if (!sla) return []
  return [
    ...(sla.availability != null ? [{ name: 'Availability', objective: `${sla.availability}% available`, status: 'unknown' as const }] : []),
    ...(sla.dataFreshness != null ? [{ name: 'Freshness', objective: `data at most ${sla.dataFreshness} minutes old`, status: 'unknown' as const }] : []),
    ...(sla.responseTime != null ? [{ name: 'Response time', objective: `answers within ${sla.responseTime} ms`, status: 'unknown' as const }] : []),
    ...(sla.dataQuality != null ? [{ name: 'Data quality', objective: `quality score at least ${sla.dataQuality}`, status: 'unknown' as const }] : []),
  ]
}

export interface ProductContext {
  /** Tables with their columns, by FQN, for the assets that were read in full. */
  tables?: ReadonlyMap<string, WireTable>
  /** The kind the product's domain declares (its `domainType`). */
  kind?: ProductKind
  /** Input ports found by following lineage upstream of the product's assets. */
  lineageInputs?: InputPort[]
  /** Which columns of the product's tables come from which columns of other products. */
  columnLineage?: ColumnLineage[]
  /** The data product an asset (by FQN) belongs to, so an input naming it links products. */
  productOfAsset?: (fqn: string) => string | undefined
}

/** One input port per upstream product or external source; a repeat fills in what the first left out. */
const mergeInputs = (ports: readonly InputPort[]): InputPort[] => {
  const merged = new Map<string, InputPort>()
  for (const port of ports) {
    const key = port.kind === 'product' ? `p:${port.productUrn}` : `e:${port.name}`
    merged.set(key, { ...port, ...merged.get(key) } as InputPort)
  }
  return [...merged.values()]
}

export function mapDataProduct(product: WireDataProduct, context: ProductContext = {}): DataProduct {
  const domain = domainOf(product)
  const { tags, glossaryTerms } = splitLabels(product.tags)
  const declaredInputs: InputPort[] = [
    ...(product.consumesFrom ?? []).map((ref): InputPort => ({ kind: 'product', productUrn: productUrn('dataProduct', refKey(ref)) })),
    ...(product.inputPorts ?? []).map((port): InputPort => {
      const asset = port.dataAsset ? refKey(port.dataAsset) : undefined
      const owner = asset ? context.productOfAsset?.(asset) : undefined
      const description = port.description ? { description: port.description } : {}
      if (owner) return { kind: 'product', productUrn: owner, outputPortId: asset, ...description }
      return { kind: 'external', name: asset ?? port.displayName ?? port.name, ...(port.protocol ? { system: port.protocol } : {}), ...description }
    }),
  ]
  return {
    urn: productUrn('dataProduct', product.fullyQualifiedName),
    ids: [product.fullyQualifiedName, ...(product.id ? [product.id] : [])],
    name: product.name,
    title: product.displayName ?? product.name,
    domainId: domain ? refKey(domain) : UNASSIGNED_DOMAIN,
    kind: context.kind ?? 'source-aligned',
    lifecycle: lifecycleOfStage(product.lifecycleStage),
    description: product.description ?? '',
    tags,
    glossaryTerms,
    owners: mapOwners(ownersOf(product), product.experts ?? []),
    outputPorts: outputPorts(product, context.tables ?? new Map()),
    inputPorts: mergeInputs([...declaredInputs, ...(context.lineageInputs ?? [])]),
    slos: slos(product),
    links: [],
    ...(context.columnLineage?.length ? { columnLineage: context.columnLineage } : {}),
    revision: toRevision(product.version),
    updatedAt: new Date(product.updatedAt ?? 0).toISOString(),
    ...(product.updatedBy ? { updatedBy: product.updatedBy } : {}),
  }
}

export function mapTableProduct(table: WireTable, lineageInputs: InputPort[] = [], columnLineage: ColumnLineage[] = []): DataProduct {
  const domain = domainOf(table)
  const { tags, glossaryTerms } = splitLabels(table.tags)
  return {
    urn: productUrn('table', table.fullyQualifiedName),
    ids: [table.fullyQualifiedName, ...(table.id ? [table.id] : [])],
    name: table.name,
    title: table.displayName ?? table.name,
    domainId: domain ? refKey(domain) : UNASSIGNED_DOMAIN,
    kind: 'source-aligned',
    lifecycle: table.deleted ? 'retired' : 'active',
    description: table.description ?? '',
    tags,
    glossaryTerms,
    owners: mapOwners(ownersOf(table)),
    outputPorts: [mapTablePort(table)],
    inputPorts: lineageInputs,
    slos: [],
    links: [],
    ...(columnLineage.length ? { columnLineage } : {}),
    revision: toRevision(table.version),
    updatedAt: new Date(table.updatedAt ?? 0).toISOString(),
    ...(table.updatedBy ? { updatedBy: table.updatedBy } : {}),
    ...tableUsage(table),
  }
}

/** The usage workflow's count of queries over the last 30 days (`monthlyStats`); OpenMetadata counts no users or trend. */
function tableUsage(table: WireTable): { usage?: ProductUsage } {
  const queries = table.usageSummary?.monthlyStats?.count
  if (queries === undefined) return {}
  const asOf = table.usageSummary?.date ? new Date(table.usageSummary.date) : undefined
  return { usage: { queries, ...(asOf && !Number.isNaN(asOf.getTime()) ? { asOf: asOf.toISOString() } : {}) } }
}
