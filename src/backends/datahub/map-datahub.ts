import {
  LIFECYCLES,
  PRODUCT_KINDS,
  type Column,
  type DataProduct,
  type Domain,
  type Lifecycle,
  type Link,
  type OutputPort,
  type Owner,
  type OwnerRole,
  type Person,
  type PortType,
  type ProductKind,
  type ProductUsage,
  type RecordIssue,
  type Team,
} from '../../model/types'
import { simpleFieldPath } from './field-path'
import { mapProductQuality } from './map-contract'
import { mapInputPorts } from './map-lineage'
import { datasetSchema, type WireDataProduct, type WireDataset, type WireDomain, type WireField, type WireGlossaryTerm, type WireOwner } from './datahub-wire'
import type { GlossaryTerm } from '../../model/glossary'

export const UNASSIGNED_DOMAIN = 'urn:li:domain:unassigned'

const isGroup = (urn: string) => urn.startsWith('urn:li:corpGroup:')
export const lastPart = (urn: string) => urn.slice(urn.lastIndexOf(':') + 1)
export const tagNames = (tags: { tags?: { tag: { name: string; properties?: { name?: string | null } | null } }[] | null } | null | undefined) =>
  (tags?.tags ?? []).map((t) => t.tag.properties?.name ?? t.tag.name)
export const termNames = (terms: { terms?: { term: { name: string; properties?: { name?: string | null } | null } }[] | null } | null | undefined) =>
  (terms?.terms ?? []).map((t) => t.term.properties?.name ?? t.term.name)

export function ownerRole(owner: WireOwner): OwnerRole {
  const type = `${owner.ownershipType?.info?.name ?? ''} ${owner.ownershipType?.urn ?? ''}`.toLowerCase()
  if (type.includes('technical')) return 'technical-owner'
  if (type.includes('steward')) return 'steward'
  return 'product-owner'
}

export const mapOwners = (owners: readonly WireOwner[]): Owner[] =>
  owners.map((o) => (isGroup(o.owner.urn) ? { role: ownerRole(o), teamId: o.owner.urn } : { role: ownerRole(o), personId: o.owner.urn }))

/** CorpGroups become teams and CorpUsers people, from whatever owns something. */
export function mapParties(owners: readonly WireOwner[]): { teams: Team[]; people: Person[] } {
  const teams = new Map<string, Team>()
  const people = new Map<string, Person>()
  for (const { owner } of owners) {
    const email = owner.properties?.email ?? undefined
    const contacts = email ? [{ kind: 'email' as const, label: email, href: `mailto:${email}` }] : []
    if (isGroup(owner.urn)) {
      teams.set(owner.urn, { id: owner.urn, name: owner.properties?.displayName ?? owner.name ?? lastPart(owner.urn), members: [], contacts })
    } else {
      const name = owner.properties?.displayName ?? owner.properties?.fullName ?? owner.username ?? lastPart(owner.urn)
      people.set(owner.urn, { id: owner.urn, name, ...(email ? { email } : {}), ...(owner.properties?.title ? { title: owner.properties.title } : {}), contacts, teamIds: [] })
    }
  }
  return { teams: [...teams.values()], people: [...people.values()] }
}

export function mapDomain(domain: WireDomain): Domain {
  const parent = domain.parentDomains?.domains?.[0]?.urn
  const team = domain.ownership?.owners?.find((o) => isGroup(o.owner.urn))?.owner.urn
  return {
    id: domain.urn,
    name: domain.properties?.name ?? domain.id ?? lastPart(domain.urn),
    ...(domain.properties?.description ? { description: domain.properties.description } : {}),
    ...(parent ? { parentId: parent } : {}),
    ...(team ? { ownerTeamId: team } : {}),
  }
}


/** DataHub lists nested fields flat by path; Tessera nests them. */
export function mapColumns(fields: readonly WireField[], edits: ReadonlyMap<string, { description?: string | null; tags: string[] }>): Column[] {
  const roots: Column[] = []
  const byPath = new Map<string, Column>()
  for (const field of fields) {
    const path = simpleFieldPath(field.fieldPath)
    if (!path || byPath.has(path)) continue
    const edit = edits.get(field.fieldPath) ?? edits.get(path)
    const description = edit?.description ?? field.description ?? undefined
    const tags = [...new Set([...tagNames(field.tags), ...(edit?.tags ?? []), ...termNames(field.glossaryTerms)])]
    const dot = path.lastIndexOf('.')
    const column: Column = {
      name: dot < 0 ? path : path.slice(dot + 1),
      type: field.nativeDataType ?? 'unknown',
      ...(description ? { description } : {}),
      ...(field.nullable === false ? { required: true } : {}),
      ...(tags.length ? { tags } : {}),
    }
    byPath.set(path, column)
    const parent = dot < 0 ? undefined : byPath.get(path.slice(0, dot))
    if (parent) (parent.fields ??= []).push(column)
    else roots.push(column)
  }
  return roots
}

function portType(dataset: WireDataset): PortType {
  const types = (dataset.subTypes?.typeNames ?? []).map((t) => t.toLowerCase())
  if (types.includes('view')) return 'view'
  if (types.includes('topic') || dataset.platform?.name === 'kafka') return 'topic'
  if (types.some((t) => t.includes('file')) || ['s3', 'gcs', 'adls', 'hdfs'].includes(dataset.platform?.name ?? '')) return 'file'
  return 'table'
}

export function mapDataset(dataset: WireDataset, contractId?: string): OutputPort {
  const edits = new Map(
    (dataset.editableSchemaMetadata?.editableSchemaFieldInfo ?? []).map((e) => [e.fieldPath, { description: e.description, tags: tagNames(e.tags) }]),
  )
  const description = dataset.editableProperties?.description ?? dataset.properties?.description ?? undefined
  return {
    id: dataset.urn,
    name: dataset.properties?.name ?? dataset.name,
    type: portType(dataset),
    location: dataset.properties?.qualifiedName ?? dataset.name,
    ...(dataset.platform ? { format: dataset.platform.properties?.displayName ?? dataset.platform.name } : {}),
    ...(description ? { description } : {}),
    columns: mapColumns(dataset.schemaMetadata?.fields ?? [], edits),
    // absent (not null) when the query did not ask for the schema, as the catalogue listing does not
    ...(dataset.schemaMetadata === undefined ? { columnsUnread: true as const } : {}),
    ...(contractId ? { contractId } : {}),
  }
}

const customProperty = (product: WireDataProduct, ...keys: string[]) =>
  product.properties?.customProperties?.find((p) => keys.includes(p.key.toLowerCase()))?.value.toLowerCase()

/** The product's datasets; an asset DataHub sent malformed is left out rather than failing the product. */
export const productDatasets = (product: WireDataProduct): WireDataset[] =>
  (product.entities?.searchResults ?? []).flatMap(({ entity }) => {
    const parsed = datasetSchema.safeParse(entity)
    return parsed.success ? [parsed.data] : []
  })

/**
 * A DataHub data product. DataHub has no product kind or lifecycle: a `kind` / `lifecycle`
 * custom property sets them; otherwise it is source-aligned, and deprecated when every asset is.
 * Its datasets' data contracts and assertions give its contract, SLOs and quality checks;
 * `issues` lists those DataHub sent malformed.
 */
export function readDataProduct(product: WireDataProduct): { product: DataProduct; issues: RecordIssue[] } {
  const datasets = productDatasets(product)
  const quality = mapProductQuality(datasets.map((d) => ({ urn: d.urn, name: d.properties?.name ?? d.name, contract: d.contract, assertions: d.assertions })))
  const kind = customProperty(product, 'kind', 'tessera.kind', 'productkind')
  const lifecycle = customProperty(product, 'lifecycle', 'tessera.lifecycle', 'status')
  const allDeprecated = datasets.length > 0 && datasets.every((d) => d.deprecation?.deprecated)
  const links: Link[] = [
    ...(product.properties?.externalUrl ? [{ label: 'Open in DataHub', url: product.properties.externalUrl }] : []),
    ...(product.institutionalMemory?.elements ?? []).map((e) => ({ label: e.label ?? e.description ?? e.url, url: e.url })),
  ]
  const ingested = Math.max(0, ...datasets.map((d) => d.lastIngested ?? 0))
  const mapped: DataProduct = {
    urn: product.urn,
    name: lastPart(product.urn),
    title: product.properties?.name ?? lastPart(product.urn),
    domainId: product.domain?.domain.urn ?? UNASSIGNED_DOMAIN,
    kind: (PRODUCT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ProductKind) : 'source-aligned',
    lifecycle: (LIFECYCLES as readonly string[]).includes(lifecycle ?? '') ? (lifecycle as Lifecycle) : allDeprecated ? 'deprecated' : 'active',
    description: product.properties?.description ?? '',
    tags: tagNames(product.tags),
    glossaryTerms: termNames(product.glossaryTerms),
    owners: mapOwners(product.ownership?.owners ?? []),
    outputPorts: datasets.map((d) => mapDataset(d, quality.contractIds.get(d.urn))),
    inputPorts: mapInputPorts(product.urn, datasets),
    ...(quality.contract ? { contract: quality.contract } : {}),
    slos: quality.slos,
    ...(quality.monitoredChecks.length ? { monitoredChecks: quality.monitoredChecks } : {}),
    links,
    revision: 1,
    updatedAt: new Date(ingested).toISOString(),
    ...datasetsUsage(datasets),
  }
  return { product: mapped, issues: quality.issues }
}

export const mapDataProduct = (product: WireDataProduct): DataProduct => readDataProduct(product).product

/** A glossary term under the name products carry it by (as `termNames` reads it), its closest term group as its glossary. */
export function mapGlossaryTerm(term: WireGlossaryTerm): GlossaryTerm {
  const nameOf = (t: { urn: string; name?: string | null; properties?: { name?: string | null } | null }) => t.properties?.name ?? t.name ?? t.urn.replace(/^urn:li:glossaryTerm:/, '')
  const group = term.parentNodes?.nodes?.[0]?.properties?.name
  const definition = term.properties?.description?.trim()
  return {
    name: nameOf(term),
    ...(definition ? { definition: term.properties!.description! } : {}),
    related: (term.related?.relationships ?? []).flatMap((r) => (r.entity ? [nameOf(r.entity)] : [])),
    ...(group ? { glossary: group } : {}),
  }
}

/**
 * Usage from DataHub's 30-day stats summaries: one dataset's as they are; several datasets'
 * queries summed (their users are not, as one person may query several).
 */
export function datasetsUsage(datasets: readonly Pick<WireDataset, 'statsSummary'>[]): { usage?: ProductUsage } {
  const counted = datasets.flatMap((d) => (typeof d.statsSummary?.queryCountLast30Days === 'number' ? [d.statsSummary] : []))
  if (counted.length === 0) return {}
  const queries = counted.reduce((sum, s) => sum + (s.queryCountLast30Days ?? 0), 0)
  const users = datasets.length === 1 ? counted[0]!.uniqueUserCountLast30Days : undefined
  return { usage: { queries, ...(typeof users === 'number' ? { users } : {}) } }
}
