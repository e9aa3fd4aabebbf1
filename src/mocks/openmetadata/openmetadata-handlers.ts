import { http, HttpResponse } from 'msw'
import * as fixture from './openmetadata-fixture'
import { changesAnything, describeChange } from './describe-change'
import { applyPatch, PatchTestFailed, type Operation } from './json-patch'
import { OwnershipRefused, resolveOwnership } from './resolve-ownership'
import { withHistory } from './openmetadata-history-fixture'
import { qualityFixture } from './openmetadata-quality-fixture'

type Entity = Record<string, unknown> & { id: string; name: string; fullyQualifiedName?: string }

/** Problems OpenMetadata's JSON Schema for the entity type finds in a patched entity; none when it is valid. */
export type EntityCheck = (entityType: 'dataProduct' | 'table', entity: unknown) => string[]

/** Relationship fields each entity type returns only when asked for, as OpenMetadata does; any other name is refused. */
const FIELDS: Record<string, string[]> = {
  dataProducts: ['owners', 'experts', 'domains', 'assets', 'tags', 'followers', 'extension'],
  tables: ['columns', 'owners', 'tags', 'domains', 'followers', 'joins', 'usageSummary', 'tableConstraints', 'dataProducts', 'extension'],
  domains: ['parent', 'children', 'owners', 'experts', 'tags'],
  teams: ['users', 'owns', 'parents', 'children', 'defaultRoles', 'policies', 'owners', 'profile', 'userCount'],
  users: ['teams', 'roles', 'profile', 'owns', 'follows'],
  glossaries: ['owners', 'tags', 'reviewers', 'usageCount', 'termCount', 'domains'],
  glossaryTerms: ['children', 'relatedTerms', 'reviewers', 'owners', 'tags', 'usageCount', 'domains', 'extension', 'childrenCount'],
}
const fail = (status: number, message: string) => HttpResponse.json({ code: status, message }, { status })

function project(collection: string, entity: Entity, fields: string | null): Entity {
  const wanted = new Set((fields ?? '').split(',').map((f) => f.trim()).filter(Boolean))
  const copy = structuredClone(entity)
  for (const field of FIELDS[collection] ?? []) if (!wanted.has(field)) delete copy[field]
  return copy
}

const invalidField = (collection: string, fields: string | null) =>
  (fields ?? '').split(',').map((f) => f.trim()).find((f) => f && !(FIELDS[collection] ?? []).includes(f))

const valuesAt = (value: unknown, path: string[]): unknown[] => {
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path))
  if (path.length === 0) return [value]
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1))
}

type Clause = { bool?: { must?: Clause[]; should?: Clause[] }; term?: Record<string, unknown> }
function matchesFilter(doc: Entity, clause: Clause): boolean {
  if (clause.term) return Object.entries(clause.term).every(([field, value]) => valuesAt(doc, field.replace(/\.keyword$/, '').split('.')).includes(value))
  if (clause.bool?.must && !clause.bool.must.every((c) => matchesFilter(doc, c))) return false
  if (clause.bool?.should?.length && !clause.bool.should.some((c) => matchesFilter(doc, c))) return false
  return true
}

function matchesText(doc: Entity, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter((w) => w && w !== '*')
  const columns = valuesAt(doc, ['columns', 'name']).join(' ')
  const text = `${doc.name} ${String(doc.displayName ?? '')} ${String(doc.description ?? '')} ${columns}`.toLowerCase()
  return words.every((w) => text.includes(w))
}

const AGGREGATED = ['domains.fullyQualifiedName', 'owners.name', 'tags.tagFQN']
/**
 * What OpenMetadata's search aggregates when its settings are left as shipped (SearchResource's
 * `addAggregation`): service, entity type, tier and tags; not domains, owners or lifecycle.
 */
const DEFAULT_AGGREGATED = ['serviceType', 'service.name.keyword', 'entityType', 'tier.tagFQN', 'tags.tagFQN']

/**
 * An emulated OpenMetadata REST API (`/api/v1`) over the fixture: paged lists that return only the
 * fields asked for (a table's `dataProducts` worked out from the products' assets), lookups by name,
 * table lineage up to three hops each way, Elasticsearch-shaped search with aggregations,
 * JSON Patch writes that honour `test` operations and, when they change something, bump the entity
 * version and record its change description, and each data product's and table's version history.
 * `token`, when given, is required as a Bearer header (401 otherwise). A patch setting owners or
 * experts is checked and filled in as OpenMetadata does; with `check`, a patched entity its JSON
 * Schema rejects is refused (400) and nothing is stored. `defaultSearchSettings` answers searches
 * with only the aggregations OpenMetadata's shipped settings compute.
 */
export function createOpenMetadataHandlers({ basePath = '', token, check, defaultSearchSettings = false }: { basePath?: string; token?: string; check?: EntityCheck; defaultSearchSettings?: boolean } = {}) {
  const dataProducts = withHistory(structuredClone(fixture.dataProducts) as unknown as Entity[])
  const tables = withHistory(structuredClone(fixture.tables) as unknown as Entity[])
  const store: Record<string, Entity[]> = {
    dataProducts: dataProducts.current,
    tables: tables.current,
    ...(structuredClone({ domains: fixture.domains, teams: fixture.teams, users: fixture.users, glossaries: fixture.glossaries, glossaryTerms: fixture.glossaryTerms }) as unknown as Record<string, Entity[]>),
  }
  /** Earlier versions by entity id, oldest first; the stored entity is the latest. */
  const earlier = new Map([...dataProducts.earlier, ...tables.earlier])
  const api = `*${basePath}/api/v1`
  const authorised = (request: Request) => !token || request.headers.get('Authorization') === `Bearer ${token}`
  const guard = (request: Request) => (authorised(request) ? undefined : fail(401, 'Not authorized; token is missing or invalid'))
  const byName = (collection: string, fqn: string) => store[collection]?.find((e) => (e.fullyQualifiedName ?? e.name) === fqn)
  /** A table's `dataProducts` is a relationship OpenMetadata works out from the products' assets, as here. */
  const withRelations = (collection: string, entity: Entity, fields: string | null): Entity => {
    if (collection !== 'tables' || !(fields ?? '').split(',').map((f) => f.trim()).includes('dataProducts')) return entity
    const holding = (store.dataProducts ?? []).filter((p) => (p.assets as { id: string }[] | undefined)?.some((a) => a.id === entity.id))
    return { ...entity, dataProducts: holding.map((p) => ({ id: p.id, type: 'dataProduct', name: p.name, fullyQualifiedName: p.fullyQualifiedName ?? p.name, displayName: p.displayName, deleted: false })) }
  }

  const list = (collection: string) =>
    http.get(`${api}/${collection}`, ({ request }) => {
      const url = new URL(request.url)
      const fields = url.searchParams.get('fields')
      const bad = invalidField(collection, fields)
      if (bad) return fail(400, `Invalid field name ${bad}`)
      const all = (store[collection] ?? []).filter((e) => url.searchParams.get('isBot') !== 'false' || e.isBot !== true)
      const limit = Number(url.searchParams.get('limit') ?? 10)
      const start = Number(atob(url.searchParams.get('after') ?? btoa('0')))
      const page = all.slice(start, start + limit).map((e) => withRelations(collection, project(collection, e, fields), fields))
      const next = start + limit < all.length ? btoa(String(start + limit)) : undefined
      return HttpResponse.json({ data: page, paging: { total: all.length, ...(next ? { after: next } : {}) } })
    })

  const getByName = (collection: string) =>
    http.get(`${api}/${collection}/name/:fqn`, ({ request, params }) => {
      const fields = new URL(request.url).searchParams.get('fields')
      const bad = invalidField(collection, fields)
      if (bad) return fail(400, `Invalid field name ${bad}`)
      const entity = byName(collection, String(params.fqn))
      return entity ? HttpResponse.json(withRelations(collection, project(collection, entity, fields), fields)) : fail(404, `${collection} instance for ${String(params.fqn)} not found`)
    })

  const patch = (collection: string) =>
    http.patch(`${api}/${collection}/:id`, async ({ request, params }) => {
      if (!request.headers.get('Content-Type')?.startsWith('application/json-patch+json')) return fail(415, 'HTTP 415 Unsupported Media Type')
      const entities = store[collection] ?? []
      const index = entities.findIndex((e) => e.id === params.id)
      if (index < 0) return fail(404, `${collection} instance for ${String(params.id)} not found`)
      const before = entities[index]!
      let next: Entity
      try {
        next = resolveOwnership(before, applyPatch(before, (await request.json()) as Operation[]), { user: store.users ?? [], team: store.teams ?? [] }) as Entity
      } catch (error) {
        if (error instanceof OwnershipRefused) return fail(error.status, error.message)
        // A failed `test` is refused like any patch that cannot apply, with the reason in the message.
        return fail(400, error instanceof PatchTestFailed || error instanceof Error ? error.message : 'Invalid patch')
      }
      const change = describeChange(before, next)
      // A patch that changes nothing leaves the version where it was, as OpenMetadata does.
      if (!changesAnything(change)) return HttpResponse.json(before)
      next.version = Math.round(((before.version as number) + 0.1) * 10) / 10
      next.updatedAt = Date.now()
      next.updatedBy = 'jane.doe'
      next.changeDescription = change
      const entityType = collection === 'tables' ? 'table' : 'dataProduct'
      const problems = check?.(entityType, next) ?? []
      if (problems.length) return fail(400, `Invalid ${entityType}: ${problems.join('; ')}`)
      earlier.set(before.id, [...(earlier.get(before.id) ?? []), before])
      entities[index] = next
      return HttpResponse.json(next)
    })

  const byId = (collection: string, id: unknown) => store[collection]?.find((e) => e.id === id)
  /** Every version, latest first, each as a JSON string as OpenMetadata sends it. */
  const versions = (collection: string, entityType: string) =>
    http.get(`${api}/${collection}/:id/versions`, ({ params }) => {
      const entity = byId(collection, params.id)
      if (!entity) return fail(404, `${entityType} instance for ${String(params.id)} not found`)
      const all = [entity, ...(earlier.get(entity.id) ?? []).toReversed()]
      return HttpResponse.json({ entityType, versions: all.map((v) => JSON.stringify(v)) })
    })
  const version = (collection: string, entityType: string) =>
    http.get(`${api}/${collection}/:id/versions/:version`, ({ params }) => {
      const entity = byId(collection, params.id)
      if (!entity) return fail(404, `${entityType} instance for ${String(params.id)} not found`)
      const found = [entity, ...(earlier.get(entity.id) ?? [])].find((v) => String(v.version) === String(params.version))
      return found ? HttpResponse.json(found) : fail(404, `${entityType} instance for ${String(params.id)} and version ${String(params.version)} not found`)
    })

  const lineage = http.get(`${api}/lineage/table/name/:fqn`, ({ request, params }) => {
    const url = new URL(request.url)
    const tables = store.tables ?? []
    const root = tables.findIndex((t) => t.fullyQualifiedName === params.fqn)
    if (root < 0) return fail(404, `table instance for ${String(params.fqn)} not found`)
    const ref = (i: number) => ({ id: tables[i]!.id, type: 'table', name: tables[i]!.name, fullyQualifiedName: tables[i]!.fullyQualifiedName })
    const walk = (depth: number, step: (edge: [number, number]) => [number, number] | undefined) => {
      const edges: [number, number][] = []
      let frontier = [root]
      for (let d = 0; d < depth && frontier.length; d++) {
        const found = fixture.lineage.filter((e) => step(e) && frontier.includes(step(e)![1]))
        edges.push(...found)
        frontier = found.map((e) => step(e)![0])
      }
      return edges
    }
    const depths = ['upstreamDepth', 'downstreamDepth'].map((name) => Number(url.searchParams.get(name) ?? 1))
    // As LineageResource's `@Min(0) @Max(3)`.
    if (depths.some((d) => !Number.isInteger(d) || d < 0 || d > 3)) return fail(400, 'query param upstreamDepth and downstreamDepth must be between 0 and 3')
    const up = walk(depths[0]!, (e) => [e[0], e[1]])
    const down = walk(depths[1]!, (e) => [e[1], e[0]])
    const nodes = [...new Set([...up, ...down].flat())].filter((i) => i !== root)
    const columnFqn = (table: number) => (column: string) => `${String(tables[table]!.fullyQualifiedName)}.${column}`
    const edge = ([from, to]: [number, number]) => {
      const columns = fixture.columnsLineage[`${from}>${to}`]
      return {
        fromEntity: tables[from]!.id,
        toEntity: tables[to]!.id,
        ...(columns ? { lineageDetails: { columnsLineage: columns.map(([sources, target]) => ({ fromColumns: sources.map(columnFqn(from)), toColumn: columnFqn(to)(target) })) } } : {}),
      }
    }
    return HttpResponse.json({ entity: ref(root), nodes: nodes.map(ref), upstreamEdges: up.map(edge), downstreamEdges: down.map(edge) })
  })

  const search = http.get(`${api}/search/query`, ({ request }) => {
    const url = new URL(request.url)
    const collection = { data_product_search_index: 'dataProducts', table_search_index: 'tables' }[url.searchParams.get('index') ?? '']
    if (!collection) return fail(400, `Unknown index ${url.searchParams.get('index')}`)
    const filter = url.searchParams.get('query_filter')
    const clause = filter ? ((JSON.parse(filter) as { query: Clause }).query) : {}
    const found = (store[collection] ?? []).filter((e) => matchesText(e, url.searchParams.get('q') ?? '*') && matchesFilter(e, clause))
    const sortField = url.searchParams.get('sort_field')
    if (sortField === 'name.keyword') found.sort((a, b) => a.name.localeCompare(b.name))
    if (sortField === 'updatedAt') found.sort((a, b) => Number(b.updatedAt) - Number(a.updatedAt))
    if (url.searchParams.get('sort_order') === 'desc' && sortField === 'name.keyword') found.reverse()
    const from = Number(url.searchParams.get('from') ?? 0)
    const size = Number(url.searchParams.get('size') ?? 10)
    const fields = defaultSearchSettings ? DEFAULT_AGGREGATED : [...AGGREGATED, ...(collection === 'dataProducts' ? ['lifecycleStage'] : [])]
    const aggregations = Object.fromEntries(
      fields.map((field) => {
        const tally = new Map<string, number>()
        for (const doc of found) for (const v of new Set(valuesAt(doc, field.replace(/\.keyword$/, '').split('.')))) tally.set(String(v), (tally.get(String(v)) ?? 0) + 1)
        return [defaultSearchSettings ? field : `sterms#${field}`, { doc_count_error_upper_bound: 0, sum_other_doc_count: 0, buckets: [...tally].map(([key, doc_count]) => ({ key, doc_count })) }]
      }),
    )
    const index = url.searchParams.get('index')
    return HttpResponse.json({
      took: 3,
      timed_out: false,
      hits: {
        total: { value: found.length, relation: 'eq' },
        max_score: 1,
        hits: found.slice(from, from + size).map((doc) => ({ _index: index, _id: doc.id, _score: 1, _source: doc })),
      },
      aggregations,
    })
  })

  const quality = qualityFixture(Date.now())
  const TEST_CASE_FIELDS = ['owners', 'testSuite', 'testDefinition', 'testCaseResult', 'testSuites', 'incidentId', 'tags']
  /** As TestCaseResource: by `entityLink`, column-level cases of a table only with `includeAllTests`; `testCaseResult` only when asked for. */
  const testCases = http.get(`${api}/dataQuality/testCases`, ({ request }) => {
    const url = new URL(request.url)
    const fields = (url.searchParams.get('fields') ?? '').split(',').map((f) => f.trim()).filter(Boolean)
    const bad = fields.find((f) => !TEST_CASE_FIELDS.includes(f))
    if (bad) return fail(400, `Invalid field name ${bad}`)
    const link = url.searchParams.get('entityLink')
    const all = url.searchParams.get('includeAllTests') === 'true'
    const matching = quality.testCases.filter((c) => !link || c.entityLink === link || (all && c.entityLink.startsWith(`${link.replace(/>$/, '')}::columns::`)))
    const limit = Number(url.searchParams.get('limit') ?? 10)
    const start = Number(atob(url.searchParams.get('after') ?? btoa('0')))
    const page = matching.slice(start, start + limit).map(({ testCaseResult, testDefinition, ...rest }) => ({
      ...structuredClone(rest),
      ...(fields.includes('testDefinition') ? { testDefinition } : {}),
      ...(fields.includes('testCaseResult') && testCaseResult ? { testCaseResult, testCaseStatus: testCaseResult.testCaseStatus } : {}),
    }))
    const next = start + limit < matching.length ? btoa(String(start + limit)) : undefined
    return HttpResponse.json({ data: page, paging: { total: matching.length, ...(next ? { after: next } : {}) } })
  })
  const testCaseResults = http.get(`${api}/dataQuality/testCases/testCaseResults/:fqn`, ({ request, params }) => {
    const url = new URL(request.url)
    const runs = quality.results.get(String(params.fqn))
    if (!runs) return fail(404, `testCase instance for ${String(params.fqn)} not found`)
    const from = Number(url.searchParams.get('startTs') ?? 0)
    const to = Number(url.searchParams.get('endTs') ?? Number.MAX_SAFE_INTEGER)
    const limit = Number(url.searchParams.get('limit') ?? 10)
    const within = runs.filter((r) => r.timestamp >= from && r.timestamp <= to)
    return HttpResponse.json({ data: within.slice(0, limit), paging: { total: within.length } })
  })

  const loggedIn = http.get(`${api}/users/loggedInUser`, () => HttpResponse.json(project('users', store.users![0]!, 'teams')))

  const routes = [
    loggedIn,
    lineage,
    testCaseResults,
    testCases,
    search,
    ...['dataProducts', 'tables', 'domains', 'teams', 'users', 'glossaries', 'glossaryTerms'].flatMap((c) => [list(c), getByName(c)]),
    patch('dataProducts'),
    patch('tables'),
    versions('dataProducts', 'dataProduct'),
    versions('tables', 'table'),
    version('dataProducts', 'dataProduct'),
    version('tables', 'table'),
  ]
  return [http.all(`${api}/*`, ({ request }) => guard(request)), ...routes]
}
