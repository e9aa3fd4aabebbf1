import { isCatalogError, NotFoundError } from '../errors'
import type { Catalog, DataProduct, Domain, Person, RecordIssue, Team, Urn } from '../../model/types'
import { joinLineage, productLinks } from './map-lineage'
import { domainOf, kindOfDomainType, mapDomain, ownersOf, refKey, refLabel, UNASSIGNED_DOMAIN } from './map-openmetadata'
import { mapDataProduct, mapTableProduct, parseProductUrn, productUrn } from './map-products'
import { segment, type OpenMetadataClient } from './openmetadata-client'
import { lineageSchema, tableSchema, type WireDataProduct, type WireLineage, type WireRef, type WireTable } from './openmetadata-wire'
import { parseOne } from './parse-records'
import { FIELDS, type OpenMetadataReader } from './read-openmetadata'

/** LineageResource takes 0 to 3 hops each way. */
export const MAX_LINEAGE_DEPTH = 3
/** Table assets of the focus product whose lineage is followed. */
const MAX_ROOTS = 20
/** Entities read to label one neighbourhood; beyond it, lineage stops at sources outside the catalogue. */
const MAX_READS = 300
const PARALLEL_READS = 6

const hops = (n: number) => Math.max(0, Math.min(MAX_LINEAGE_DEPTH, Math.floor(Number.isFinite(n) ? n : MAX_LINEAGE_DEPTH)))

/** `fn` over every item, at most `limit` at a time, results in order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** A read that may fail without failing the neighbourhood: the failure is kept as an issue. */
async function tolerant<T>(read: Promise<T>, ref: string, issues: RecordIssue[], signal?: AbortSignal): Promise<T | undefined> {
  try {
    return await read
  } catch (error) {
    if (signal?.aborted || !isCatalogError(error)) throw error
    issues.push({ entity: 'product', ref, message: `Read while following lineage, but could not be read: ${error.message}` })
    return undefined
  }
}

/** Teams and people named as owners or experts, labelled as OpenMetadata names them (the catalogue has the rest). */
function parties(entities: readonly { owners?: WireRef[] | null; owner?: WireRef | null; experts?: WireRef[] | null }[]): { teams: Team[]; people: Person[] } {
  const teams = new Map<string, Team>()
  const people = new Map<string, Person>()
  for (const entity of entities) {
    for (const ref of [...ownersOf(entity), ...(entity.experts ?? [])]) {
      const id = ref.name ?? ref.id
      if (ref.type === 'team' && !teams.has(id)) teams.set(id, { id, name: refLabel(ref), members: [], contacts: [] })
      if (ref.type === 'user' && !people.has(id)) people.set(id, { id, name: refLabel(ref), contacts: [], teamIds: [] })
    }
  }
  return { teams: [...teams.values()], people: [...people.values()] }
}

/**
 * The lineage neighbourhood of one product, traversed by OpenMetadata
 * (`/lineage/table/name/{fqn}?upstreamDepth&downstreamDepth` from each of the product's tables) and
 * labelled by reading each table reached (with the `dataProducts` holding it) and, in data-product
 * mode, each data product holding one.
 */
export function createOpenMetadataLineage(client: OpenMetadataClient, reader: OpenMetadataReader) {
  const readLineage = async (fqn: string, depth: { upstream: number; downstream: number }, signal?: AbortSignal): Promise<WireLineage> => {
    const raw = await client.get(
      `/lineage/table/name/${segment(fqn)}`,
      { upstreamDepth: hops(depth.upstream), downstreamDepth: hops(depth.downstream) },
      `the lineage of ${fqn}`,
      signal,
    )
    return parseOne(lineageSchema, raw, `the lineage of ${fqn}`)
  }

  const readTable = async (fqn: string, fields: string, signal?: AbortSignal): Promise<WireTable> =>
    parseOne(tableSchema, await client.get(`/tables/name/${segment(fqn)}`, { fields }, `table ${fqn}`, signal), `table ${fqn}`)

  async function domainsFor(products: readonly DataProduct[], signal?: AbortSignal): Promise<Domain[]> {
    const domains = (await reader.cachedDomains(signal)).items.map(mapDomain)
    return products.some((p) => p.domainId === UNASSIGNED_DOMAIN)
      ? [...domains, { id: UNASSIGNED_DOMAIN, name: 'No domain', description: 'What OpenMetadata has not assigned to a domain.' }]
      : domains
  }

  return async function getLineage(urn: Urn, depth: { upstream: number; downstream: number }, signal?: AbortSignal): Promise<Catalog> {
    const id = parseProductUrn(urn)
    if (!id) throw new NotFoundError(`Product ${urn}`)
    const issues: RecordIssue[] = []
    const focus = id.source === 'dataProduct' ? await reader.readDataProduct(id.fqn, signal) : undefined
    const roots = focus ? (focus.assets ?? []).filter((a) => a.type === 'table' && !a.deleted).slice(0, MAX_ROOTS).map(refKey) : [id.fqn]
    const graph = joinLineage(await Promise.all(roots.map((fqn) => readLineage(fqn, depth, signal))))

    const reached = [...graph.nodes.values()].filter((n) => n.type === 'table' && !n.deleted).map(refKey)
    const fqns = [...new Set([...roots, ...reached])].slice(0, MAX_READS)
    const fields = focus ? `${FIELDS.table},dataProducts` : FIELDS.table
    const read = await mapLimit(fqns, PARALLEL_READS, (fqn) => tolerant(readTable(fqn, fields, signal), fqn, issues, signal))
    const tables = new Map(read.filter((t): t is WireTable => t !== undefined).map((t) => [t.fullyQualifiedName, t]))

    if (!focus) {
      const links = productLinks(graph, (fqn, type) => (type === 'table' && tables.has(fqn) ? productUrn('table', fqn) : undefined))
      if (!tables.has(id.fqn)) throw new NotFoundError(`Product ${urn}`)
      const products = [...tables.values()].map((t) => {
        const own = links.get(productUrn('table', t.fullyQualifiedName))
        return mapTableProduct(t, own?.inputs, own?.columns)
      })
      return { domains: await domainsFor(products, signal), ...parties([...tables.values()]), products, issues }
    }

    // Data-product mode: each table belongs to the data product holding it, if any.
    const holderOf = new Map([...tables.values()].flatMap((t) => (t.dataProducts?.[0] ? [[t.fullyQualifiedName, refKey(t.dataProducts[0])] as const] : [])))
    for (const root of roots) holderOf.set(root, focus.fullyQualifiedName)
    const others = [...new Set(holderOf.values())].filter((fqn) => fqn !== focus.fullyQualifiedName).slice(0, MAX_READS - fqns.length)
    const wire = [focus, ...(await mapLimit(others, PARALLEL_READS, (fqn) => tolerant(reader.readDataProduct(fqn, signal), fqn, issues, signal)))].filter(
      (p): p is WireDataProduct => p !== undefined,
    )
    const known = new Set(wire.map((p) => p.fullyQualifiedName))
    const productOfAsset = (fqn: string) => {
      const holder = holderOf.get(fqn)
      return holder && known.has(holder) ? productUrn('dataProduct', holder) : undefined
    }
    const links = productLinks(graph, productOfAsset)
    const kinds = new Map((await reader.cachedDomains(signal)).items.map((d) => [d.fullyQualifiedName ?? d.name, kindOfDomainType(d.domainType)]))
    const products = wire.map((p) => {
      const own = links.get(productUrn('dataProduct', p.fullyQualifiedName))
      const domain = domainOf(p)
      return mapDataProduct(p, {
        tables: new Map([...tables].filter(([fqn]) => holderOf.get(fqn) === p.fullyQualifiedName)),
        kind: domain ? kinds.get(refKey(domain)) : undefined,
        lineageInputs: own?.inputs ?? [],
        columnLineage: own?.columns ?? [],
        productOfAsset,
      })
    })
    return { domains: await domainsFor(products, signal), ...parties(wire), products, issues }
  }
}
