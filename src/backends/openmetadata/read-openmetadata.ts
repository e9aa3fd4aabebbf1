import { NotFoundError, isCatalogError } from '../errors'
import type { Catalog, ColumnLineage, DataProduct, Domain, InputPort, ProductKind, QualityCheck, Urn } from '../../model/types'
import { domainOf, kindOfDomainType, mapDomain, mapTeam, mapUser, refKey, UNASSIGNED_DOMAIN } from './map-openmetadata'
import { tableProductOf, upstreamColumnLineage, upstreamInputs } from './map-lineage'
import { mapDataProduct, mapTableProduct, parseProductUrn, productUrn, type ProductSource } from './map-products'
import { segment, type OpenMetadataClient } from './openmetadata-client'
import { dataProductSchema, domainSchema, lineageSchema, tableSchema, teamSchema, userSchema, type WireDataProduct, type WireTable } from './openmetadata-wire'
import { parseEach, parseOne } from './parse-records'
import { readTestCases } from './read-test-cases'

/** The relationship fields Tessera asks for; OpenMetadata leaves out any field not named. */
export const FIELDS = {
  dataProduct: 'owners,experts,domains,assets,tags',
  table: 'columns,owners,tags,domains,usageSummary',
  domain: 'parent,owners',
  team: 'users',
  user: 'teams',
} as const

/** The product with the test cases of its tables as the quality checks the catalogue runs. */
const withChecks = (product: DataProduct, checks: QualityCheck[]): DataProduct => (checks.length ? { ...product, monitoredChecks: checks } : product)

/** How many table assets of one product are read in full (columns, lineage) when it is opened. */
const MAX_ASSETS_READ = 50
/** How many tables the catalogue reads the upstream lineage of, and how many at a time. */
export const MAX_LINEAGE_TABLES = 500
const LINEAGE_AT_ONCE = 4

/** Runs `work` over `items`, `limit` at a time, in order. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

const lineageCapNotice = (tables: number) =>
  tables > MAX_LINEAGE_TABLES
    ? [`Lineage was read for the first ${MAX_LINEAGE_TABLES.toLocaleString('en')} of ${tables.toLocaleString('en')} tables: links of the other ${(tables - MAX_LINEAGE_TABLES).toLocaleString('en')} are missing from the whole-mesh lineage and the topology. A product’s own Lineage tab traces it in full.`]
    : []

export interface ReaderOptions {
  /** `auto` uses data products when the server has any, else tables. */
  productSource: ProductSource | 'auto'
  maxProducts: number
}

export function createOpenMetadataReader(client: OpenMetadataClient, { productSource, maxProducts }: ReaderOptions) {
  let source: Promise<ProductSource> | undefined
  function productSourceOf(signal?: AbortSignal): Promise<ProductSource> {
    if (productSource !== 'auto') return Promise.resolve(productSource)
    source ??= client.list('/dataProducts', {}, 'the data products', 1, signal).then(
      (records) => (records.length > 0 ? 'dataProduct' : 'table'),
      (error: unknown) => {
        source = undefined
        throw error
      },
    )
    return source
  }

  const readDomains = async (signal?: AbortSignal) =>
    parseEach(domainSchema, await client.list('/domains', { fields: FIELDS.domain }, 'the domains', 10_000, signal), 'domain')

  /** Keeps what changes rarely (domains, teams) for a minute; a failed read is retried next time. */
  function cachedForAMinute<T>(read: (signal?: AbortSignal) => Promise<T>) {
    let cached: { at: number; value: Promise<T> } | undefined
    return (signal?: AbortSignal) => {
      if (!cached || Date.now() - cached.at > 60_000) {
        const value = read(signal)
        value.catch(() => (cached = undefined))
        cached = { at: Date.now(), value }
      }
      return cached.value
    }
  }
  const cachedDomains = cachedForAMinute(readDomains)

  /** Each domain's declared kind, by FQN. */
  const domainKinds = (signal?: AbortSignal) =>
    cachedDomains(signal).then((d) => new Map(d.items.map((x) => [x.fullyQualifiedName ?? x.name, kindOfDomainType(x.domainType)])))

  /** Display names of domains (by FQN) and teams (by name), for the labels of search facets. */
  const teamNames = cachedForAMinute((signal) =>
    client.list('/teams', {}, 'the teams', 10_000, signal).then((r) => new Map(parseEach(teamSchema, r, 'team').items.map((t) => [t.name, mapTeam(t).name]))),
  )
  /** Glossary names, to tell glossary terms from tags; a server that will not list them leaves terms among tags. */
  const glossaryNames = cachedForAMinute((signal) =>
    client.list('/glossaries', {}, 'the glossaries', 1_000, signal).then(
      (r) => new Set(r.flatMap((g) => (typeof (g as { name?: unknown }).name === 'string' ? [(g as { name: string }).name] : []))),
      () => new Set<string>(),
    ),
  )
  const facetNames = (signal?: AbortSignal) =>
    Promise.all([cachedDomains(signal), teamNames(signal), glossaryNames(signal)]).then(([d, teams, glossaries]) => ({
      domain: new Map(d.items.map((x) => [mapDomain(x).id, mapDomain(x).name])),
      team: teams,
      glossaries,
    }))

  const readDataProducts = async (fields: string, signal?: AbortSignal) =>
    parseEach(dataProductSchema, await client.list('/dataProducts', { fields }, 'the data products', maxProducts, signal), 'product')

  /** Which data product each asset belongs to, by the asset's FQN. */
  const assetIndex = (products: readonly WireDataProduct[]) =>
    new Map(products.flatMap((p) => (p.assets ?? []).map((a) => [refKey(a), productUrn('dataProduct', p.fullyQualifiedName)] as const)))

  async function catalog(signal?: AbortSignal): Promise<Catalog> {
    const mode = await productSourceOf(signal)
    const [domains, teams, users, products] = await Promise.all([
      readDomains(signal),
      client.list('/teams', { fields: FIELDS.team }, 'the teams', 10_000, signal).then((r) => parseEach(teamSchema, r, 'team')),
      client.list('/users', { fields: FIELDS.user, isBot: false }, 'the users', 10_000, signal).then((r) => parseEach(userSchema, r, 'person')),
      mode === 'dataProduct' ? catalogProducts(signal) : catalogTables(signal),
    ])
    const kinds = new Map(domains.items.map((d) => [d.fullyQualifiedName ?? d.name, kindOfDomainType(d.domainType)]))
    const mapped: Domain[] = domains.items.map(mapDomain)
    const items = products.items.map((p) => (kinds.get(p.domainId) && mode === 'dataProduct' ? { ...p, kind: kinds.get(p.domainId)! } : p))
    if (items.some((p) => p.domainId === UNASSIGNED_DOMAIN)) {
      mapped.push({ id: UNASSIGNED_DOMAIN, name: 'No domain', description: 'What OpenMetadata has not assigned to a domain.' })
    }
    return {
      domains: mapped,
      teams: teams.items.map(mapTeam),
      people: users.items.filter((u) => !u.isBot).map(mapUser),
      products: items,
      issues: [...domains.issues, ...teams.issues, ...users.issues, ...products.issues],
      ...(products.notices.length ? { notices: products.notices } : {}),
    }
  }

  /**
   * Each product's data products' table assets' upstream lineage, for the whole-mesh views: one
   * request per table, a few at a time, up to MAX_LINEAGE_TABLES.
   */
  async function catalogProducts(signal?: AbortSignal) {
    const wire = await readDataProducts(FIELDS.dataProduct, signal)
    const index = assetIndex(wire.items)
    const productOfAsset = (fqn: string) => index.get(fqn)
    const tables = wire.items.flatMap((p) => (p.assets ?? []).filter((a) => a.type === 'table').map((a) => ({ product: p.fullyQualifiedName, fqn: refKey(a) })))
    const own = new Map(wire.items.map((p) => [p.fullyQualifiedName, new Set((p.assets ?? []).map(refKey))]))
    const read = await pooled(tables.slice(0, MAX_LINEAGE_TABLES), LINEAGE_AT_ONCE, async (t) => ({ ...t, ...(await lineageOf(t.fqn, own.get(t.product)!, productOfAsset, signal)) }))
    const items = wire.items.map((p) => {
      const mine = read.filter((r) => r.product === p.fullyQualifiedName)
      return mapDataProduct(p, { productOfAsset, lineageInputs: mine.flatMap((r) => r.inputs), columnLineage: mine.flatMap((r) => r.columns) })
    })
    return { items, issues: wire.issues, notices: lineageCapNotice(tables.length) }
  }

  async function catalogTables(signal?: AbortSignal) {
    const wire = parseEach(tableSchema, await client.list('/tables', { fields: FIELDS.table }, 'the tables', maxProducts, signal), 'product')
    const lineage = await pooled(wire.items.slice(0, MAX_LINEAGE_TABLES), LINEAGE_AT_ONCE, (t) => lineageOf(t.fullyQualifiedName, new Set([t.fullyQualifiedName]), tableProductOf, signal))
    return { items: wire.items.map((t, i) => mapTableProduct(t, lineage[i]?.inputs, lineage[i]?.columns)), issues: wire.issues, notices: lineageCapNotice(wire.items.length) }
  }

  /**
   * Direct upstream neighbours of a table, and which of its columns come from theirs; a lineage
   * failure leaves the product without them rather than failing it.
   */
  async function lineageOf(
    fqn: string,
    ownAssets: ReadonlySet<string>,
    productOf: (fqn: string, type: string) => string | undefined,
    signal?: AbortSignal,
  ): Promise<{ inputs: InputPort[]; columns: ColumnLineage[] }> {
    try {
      const raw = await client.get(`/lineage/table/name/${segment(fqn)}`, { upstreamDepth: 1, downstreamDepth: 0 }, `the lineage of ${fqn}`, signal)
      const lineage = lineageSchema.safeParse(raw)
      if (!lineage.success) return { inputs: [], columns: [] }
      const context = { ownAssets, productOf }
      return { inputs: upstreamInputs(lineage.data, context), columns: upstreamColumnLineage(lineage.data, context) }
    } catch (error) {
      if (signal?.aborted || !isCatalogError(error)) throw error
      return { inputs: [], columns: [] }
    }
  }

  const readTable = async (fqn: string, signal?: AbortSignal) =>
    parseOne(tableSchema, await client.get(`/tables/name/${segment(fqn)}`, { fields: FIELDS.table }, `table ${fqn}`, signal), `table ${fqn}`)

  async function readDataProduct(fqn: string, signal?: AbortSignal): Promise<WireDataProduct> {
    const raw = await client.get(`/dataProducts/name/${segment(fqn)}`, { fields: FIELDS.dataProduct }, `data product ${fqn}`, signal)
    return parseOne(dataProductSchema, raw, `data product ${fqn}`)
  }

  async function domainKind(product: WireDataProduct, signal?: AbortSignal): Promise<ProductKind | undefined> {
    const domain = domainOf(product)
    return domain ? (await domainKinds(signal)).get(refKey(domain)) : undefined
  }

  async function product(urn: Urn, signal?: AbortSignal): Promise<DataProduct> {
    const id = parseProductUrn(urn)
    if (!id) throw new NotFoundError(`Product ${urn}`)
    if (id.source === 'table') {
      const table = await readTable(id.fqn, signal)
      const [{ inputs, columns }, checks] = await Promise.all([
        lineageOf(table.fullyQualifiedName, new Set([table.fullyQualifiedName]), tableProductOf, signal),
        readTestCases(client, [table.fullyQualifiedName], new Date(), signal),
      ])
      return withChecks(mapTableProduct(table, inputs, columns), checks)
    }
    const wire = await readDataProduct(id.fqn, signal)
    const tableRefs = (wire.assets ?? []).filter((a) => a.type === 'table').slice(0, MAX_ASSETS_READ)
    const [tables, kind, others] = await Promise.all([
      Promise.all(tableRefs.map((ref) => readTable(refKey(ref), signal).catch((error: unknown) => (signal?.aborted ? Promise.reject(error) : undefined)))),
      domainKind(wire, signal),
      readDataProducts('assets', signal),
    ])
    const index = assetIndex(others.items)
    const productOfAsset = (fqn: string) => index.get(fqn)
    const read = tables.filter((t): t is WireTable => t !== undefined)
    const own = new Set((wire.assets ?? []).map(refKey))
    const [lineage, checks] = await Promise.all([
      Promise.all(read.map((t) => lineageOf(t.fullyQualifiedName, own, productOfAsset, signal))),
      readTestCases(client, read.map((t) => t.fullyQualifiedName), new Date(), signal),
    ])
    return withChecks(mapDataProduct(wire, {
      tables: new Map(read.map((t) => [t.fullyQualifiedName, t])),
      kind,
      lineageInputs: lineage.flatMap((l) => l.inputs),
      columnLineage: lineage.flatMap((l) => l.columns),
      productOfAsset,
    }), checks)
  }

  return { productSourceOf, domainKinds, facetNames, catalog, readDomains, cachedDomains, product, readTable, readDataProduct }
}

export type OpenMetadataReader = ReturnType<typeof createOpenMetadataReader>
