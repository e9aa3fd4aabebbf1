import { graphql, type GraphQLSchema } from 'graphql'
import { http, HttpResponse } from 'msw'
import * as fixture from './datahub-fixture'

type Entity = Record<string, unknown> & { urn: string; __typename: string }
type FacetFilter = { field: string; values?: string[] | null; value?: string | null; condition?: string | null; negated?: boolean | null }
interface SearchInput {
  types?: string[] | null
  query: string
  start?: number | null
  count?: number | null
  orFilters?: { and?: FacetFilter[] | null }[] | null
  sortInput?: { sortCriteria?: { field: string; sortOrder: string }[] | null } | null
}

interface LineageInput {
  direction: 'UPSTREAM' | 'DOWNSTREAM'
  start?: number | null
  count?: number | null
}
interface LineageSearchInput {
  urn: string
  direction: 'UPSTREAM' | 'DOWNSTREAM'
  types?: string[] | null
  count?: number | null
  scrollId?: string | null
  orFilters?: { and?: FacetFilter[] | null }[] | null
}
interface RelationshipsInput {
  types: string[]
  direction: 'INCOMING' | 'OUTGOING'
  start?: number | null
  count?: number | null
}

interface RunEventsArgs {
  status?: string | null
  startTimeMillis?: number | null
  endTimeMillis?: number | null
  limit?: number | null
}
interface AssertionsArgs {
  start?: number | null
  count?: number | null
  includeSoftDeleted?: boolean | null
}

const page = <T>(items: readonly T[], start = 0, count = 10) => items.slice(start, start + count)

/** The facet values a data product or dataset carries, by DataHub search field. */
const facetValues = (entity: Entity): Record<string, string[]> => {
  const domain = (entity.domain as { domain?: { urn: string } } | null)?.domain?.urn
  const owners = ((entity.ownership as { owners?: { owner: { urn: string } }[] } | null)?.owners ?? []).map((o) => o.owner.urn)
  const tags = ((entity.tags as { tags?: { tag: { urn: string } }[] } | null)?.tags ?? []).map((t) => t.tag.urn)
  const container = (entity.container as { urn: string } | null | undefined)?.urn
  return { domains: domain ? [domain] : [], owners, tags, container: container ? [container] : [] }
}

/** As DataHub's search: names, descriptions, the URN and, for datasets, their field paths. */
function matches(entity: Entity, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q || q === '*') return true
  const properties = entity.properties as { name?: string; description?: string } | null
  const schema = entity.__typename === 'Dataset' ? (entity.schemaOf as (() => { fields: { fieldPath: string }[] } | null) | undefined)?.() : null
  const text = `${properties?.name ?? ''} ${properties?.description ?? ''} ${entity.urn} ${(schema?.fields ?? []).map((f) => f.fieldPath).join(' ')}`.toLowerCase()
  return q.split(/\s+/).every((word) => text.includes(word))
}

/**
 * An emulated DataHub GraphQL endpoint: each request is executed by graphql-js against
 * DataHub's real schema, with resolvers over the fixture (entities, search, lineage fields and
 * lineage search, relationships, data contracts, assertions and their runs, label and description
 * mutations), so a query DataHub would reject
 * fails here too. `token`, when given, is required as a Bearer header (401 otherwise).
 * `withoutDataProducts` serves the instance most deployments are: datasets with their domains and
 * owners, and no data product entities.
 */
export function createDataHubHandlers(schema: GraphQLSchema, { basePath = '', token, withoutDataProducts = false }: { basePath?: string; token?: string; withoutDataProducts?: boolean } = {}) {
  const data = structuredClone({
    domains: fixture.domains,
    datasets: withoutDataProducts ? fixture.datasetsWithoutProducts() : fixture.datasets,
    dataJobs: fixture.dataJobs,
    dataProducts: withoutDataProducts ? [] : fixture.dataProducts,
    lineage: fixture.lineage,
    tags: fixture.tags,
    glossaryTerms: fixture.glossaryTerms,
    me: fixture.people.jdoe,
    assertions: fixture.assertions,
    assertionRunEvents: fixture.assertionRunEvents,
    dataContracts: fixture.dataContracts,
  })
  const entityByUrn = new Map<string, Entity>()
  const withGraph = (entity: Entity): Entity => ({
    ...entity,
    lineage: ({ input }: { input: LineageInput }) => lineageOf(entity.urn, input),
    relationships: ({ input }: { input: RelationshipsInput }) => relationshipsOf(entity.urn, input),
  })
  const assertions = data.assertions.map((a) => ({ ...a, runEvents: (args: RunEventsArgs) => runEventsOf(a.urn, args) }))
  const assertionByUrn = new Map(assertions.map((a) => [a.urn, a]))
  const datasets: Entity[] = data.datasets.map((d) =>
    withGraph({
      ...d,
      schemaMetadata: () => d.schemaMetadata,
      schemaOf: () => d.schemaMetadata,
      contract: () => contractOf(d.urn),
      assertions: (args: AssertionsArgs) => assertionsOf(d.urn, args),
    }),
  )
  const datasetByUrn = new Map(datasets.map((d) => [d.urn, d]))
  for (const entity of [...datasets, ...data.dataJobs.map(withGraph)]) entityByUrn.set(entity.urn, entity)

  /** An assertion's runs, newest first, as its `runEvents` field answers them. */
  function runEventsOf(urn: string, { status, startTimeMillis, endTimeMillis, limit }: RunEventsArgs) {
    const runs = data.assertionRunEvents
      .filter((e) => e.assertionUrn === urn && (!status || e.status === status))
      .filter((e) => (startTimeMillis == null || e.timestampMillis >= startTimeMillis) && (endTimeMillis == null || e.timestampMillis <= endTimeMillis))
      .sort((a, b) => b.timestampMillis - a.timestampMillis)
      .slice(0, limit ?? undefined)
    const count = (type: string) => runs.filter((e) => e.result.type === type).length
    return { total: runs.length, failed: count('FAILURE'), succeeded: count('SUCCESS'), errored: count('ERROR'), runEvents: runs }
  }

  /** The dataset an assertion checks: `entityUrn` of whichever kind of assertion it is. */
  const assertee = (assertion: (typeof assertions)[number]) =>
    (Object.values(assertion.info) as unknown[]).map((v) => (v as { entityUrn?: unknown } | null)?.entityUrn).find((urn) => typeof urn === 'string')

  function assertionsOf(urn: string, { start, count, includeSoftDeleted }: AssertionsArgs) {
    const all = assertions.filter((a) => assertee(a) === urn && (includeSoftDeleted || !a.status.removed))
    const shown = page(all, start ?? 0, count ?? 200)
    return { start: start ?? 0, count: shown.length, total: all.length, assertions: shown }
  }

  /** A dataset's data contract, its parts resolved to the assertions they name. */
  function contractOf(urn: string) {
    const contract = data.dataContracts.find((c) => c.properties.entityUrn === urn)
    if (!contract) return null
    const parts = (refs: { assertion: { urn: string } }[]) => refs.map((r) => ({ assertion: assertionByUrn.get(r.assertion.urn) }))
    const { freshness, schema, dataQuality } = contract.properties
    return { ...contract, properties: { ...contract.properties, freshness: parts(freshness), schema: parts(schema), dataQuality: parts(dataQuality) } }
  }

  /** One hop of DataHub's lineage graph, as the `lineage` field of an entity answers it. */
  function lineageOf(urn: string, input: LineageInput) {
    const upstream = input.direction === 'UPSTREAM'
    const related = data.lineage
      .filter((edge) => (upstream ? edge.downstream : edge.upstream) === urn)
      .map((edge) => ({ type: edge.type, degree: 1, entity: entityByUrn.get(upstream ? edge.upstream : edge.downstream) ?? null, paths: [] }))
    const start = input.start ?? 0
    const shown = page(related, start, input.count ?? 100)
    return { start, count: shown.length, total: related.length, filtered: 0, relationships: shown }
  }

  /**
   * `scrollAcrossLineage`: every entity up- or downstream of one, with its degree (jobs between
   * datasets are not counted as hops, as DataHub does) and the path reaching it (both ends included),
   * filtered by type and by `degree` ("1", "2", "3+"), paged by an opaque scroll id.
   */
  function scrollAcrossLineage({ input }: { input: LineageSearchInput }) {
    const upstream = input.direction === 'UPSTREAM'
    const next = (urn: string) => data.lineage.filter((e) => (upstream ? e.downstream : e.upstream) === urn).map((e) => (upstream ? e.upstream : e.downstream))
    const found = new Map<string, { degree: number; path: string[] }>()
    let frontier = [{ urn: input.urn, degree: 0, path: [input.urn] }]
    while (frontier.length) {
      const following: typeof frontier = []
      for (const item of frontier) {
        for (const urn of next(item.urn)) {
          const entity = entityByUrn.get(urn)
          if (!entity || item.path.includes(urn)) continue
          const job = entity.__typename === 'DataJob'
          const reached = { urn, degree: job ? item.degree : item.degree + 1, path: [...item.path, urn] }
          if (!job) {
            if (found.has(urn)) continue
            found.set(urn, reached)
          }
          following.push(reached)
        }
      }
      frontier = following
    }
    const degrees = input.orFilters?.[0]?.and?.find((f) => f.field === 'degree')?.values
    const wanted = (degree: number) => !degrees || degrees.includes(String(degree)) || (degree >= 3 && degrees.includes('3+'))
    const results = [...found]
      .filter(([urn, { degree }]) => wanted(degree) && (!input.types || input.types.includes(String(entityByUrn.get(urn)!.type))))
      .map(([urn, { degree, path }]) => ({
        entity: entityByUrn.get(urn),
        degree,
        degrees: [degree],
        paths: [{ path: path.map((u) => entityByUrn.get(u) ?? null) }],
        matchedFields: [],
        explored: true,
        truncatedChildren: false,
        ignoredAsHop: false,
      }))
    const start = input.scrollId ? Number(atob(input.scrollId)) : 0
    const count = input.count ?? 10
    const shown = page(results, start, count)
    return { nextScrollId: start + count < results.length ? btoa(String(start + count)) : null, count: shown.length, total: results.length, searchResults: shown, facets: [] }
  }

  /** The generic relationships field; the emulation knows which data product contains an asset. */
  function relationshipsOf(urn: string, input: RelationshipsInput) {
    const related = input.types.includes('IsRelatedTo') && input.direction === 'OUTGOING' ? ((entityByUrn.get(urn)?.relatedUrns as string[] | undefined) ?? []) : []
    const containing = [
      ...(input.types.includes('DataProductContains') && input.direction === 'INCOMING'
        ? products.filter((p) => (p.assetUrns as string[]).includes(urn)).map((entity) => ({ type: 'DataProductContains', direction: 'INCOMING', entity }))
        : []),
      ...related.flatMap((r) => (entityByUrn.has(r) ? [{ type: 'IsRelatedTo', direction: 'OUTGOING', entity: entityByUrn.get(r)! }] : [])),
    ]
    const start = input.start ?? 0
    const shown = page(containing, start, input.count ?? 10)
    return { start, count: shown.length, total: containing.length, relationships: shown }
  }

  const products: Entity[] = data.dataProducts.map(({ assets, ...p }) => ({
    ...p,
    assetUrns: (assets as { urn: string }[]).map((a) => a.urn),
    entities: ({ input }: { input?: SearchInput | null }) => {
      const all = (assets as { urn: string }[]).map((a) => datasetByUrn.get(a.urn)!).filter((a) => matches(a, input?.query ?? '*'))
      return { start: input?.start ?? 0, count: all.length, total: all.length, searchResults: page(all, input?.start ?? 0, input?.count ?? 10).map((entity) => ({ entity, matchedFields: [] })) }
    },
  }))
  const domains: Entity[] = data.domains

  function search({ input }: { input: SearchInput }) {
    const types = input.types ?? ['DATA_PRODUCT']
    let found = [
      ...(types.includes('DOMAIN') ? domains : []),
      ...(types.includes('DATA_PRODUCT') ? products : []),
      ...(types.includes('DATASET') ? datasets : []),
      ...(types.includes('TAG') ? tags : []),
      ...(types.includes('GLOSSARY_TERM') ? glossaryTerms : []),
    ].filter((e) => matches(e, input.query))
    // orFilters: an entity matches when every filter of any one branch holds.
    const holds = (e: Entity, filter: FacetFilter) => {
      const present = facetValues(e)[filter.field] ?? []
      const wanted = filter.values ?? (filter.value ? [filter.value] : [])
      const held = filter.condition === 'EXISTS' ? present.length > 0 : present.some((v) => wanted.includes(v))
      return filter.negated ? !held : held
    }
    const branches = (input.orFilters ?? []).map((branch) => branch.and ?? [])
    if (branches.length) found = found.filter((e) => branches.some((and) => and.every((filter) => holds(e, filter))))
    if (input.sortInput?.sortCriteria?.[0]?.field === 'name') {
      found.sort((a, b) => String((a.properties as { name?: string }).name).localeCompare(String((b.properties as { name?: string }).name)))
    }
    const counts = (field: string) => {
      const tally = new Map<string, number>()
      for (const e of found) for (const v of facetValues(e)[field] ?? []) tally.set(v, (tally.get(v) ?? 0) + 1)
      const lookup = new Map<string, unknown>([
        ...domains.map((d) => [d.urn, d] as const),
        ...Object.values(fixture.containers).map((c) => [c.urn, c] as const),
        ...Object.values(fixture.groups).map((g) => [g.urn, g] as const),
        ...Object.values(fixture.people).map((p) => [p.urn, p] as const),
      ])
      return { field, displayName: field, aggregations: [...tally].map(([value, count]) => ({ value, count, entity: lookup.get(value) ?? null })) }
    }
    const start = input.start ?? 0
    return {
      start,
      count: Math.min(input.count ?? 10, Math.max(0, found.length - start)),
      total: found.length,
      searchResults: page(found, start, input.count ?? 10).map((entity) => ({ entity, matchedFields: [] })),
      facets: types.includes('DATASET') ? ['domains', 'owners', 'tags', 'container'].map(counts) : types.includes('DATA_PRODUCT') ? ['domains', 'owners', 'tags'].map(counts) : [],
    }
  }

  const tags: Entity[] = data.tags
  const glossaryTerms: Entity[] = data.glossaryTerms.map((t) => withGraph(t as Entity))
  for (const term of glossaryTerms) entityByUrn.set(term.urn, term)
  const parties = new Map<string, unknown>([...Object.values(fixture.people), ...Object.values(fixture.groups)].map((p) => [p.urn, p]))
  const exists = (urn: string) => entityByUrn.has(urn) || parties.has(urn) || [...tags, ...products, ...domains].some((e) => e.urn === urn)
  const productFor = (urn: string) => {
    const product = products.find((p) => p.urn === urn)
    if (!product) throw new Error(`Failed to update ${urn}: entity does not exist`)
    return product
  }
  type TagRef = { tag: Entity; associatedUrn: string }
  type OwnerRef = { owner: { urn: string }; associatedUrn: string; ownershipType: { urn: string } | null }
  const tagRefs = (product: Entity) => ((product.tags as { tags?: TagRef[] } | null)?.tags ?? []) as TagRef[]
  const ownerRefs = (product: Entity) => ((product.ownership as { owners?: OwnerRef[] } | null)?.owners ?? []) as OwnerRef[]

  /** As DataHub: an id of an existing tag is refused; without an id one is generated. */
  function createTag({ input }: { input: { id?: string | null; name: string; description?: string | null } }) {
    const urn = `urn:li:tag:${input.id ?? crypto.randomUUID()}`
    if (exists(urn)) throw new Error('Failed to create Tag: This Tag already exists!')
    tags.push({ __typename: 'Tag', urn, type: 'TAG', name: urn.slice('urn:li:tag:'.length), properties: { name: input.name, description: input.description ?? null } })
    return urn
  }

  /** As DataHub: every tag must exist first. */
  function addTags({ input }: { input: { tagUrns: string[]; resourceUrn: string } }) {
    const product = productFor(input.resourceUrn)
    const missing = input.tagUrns.filter((urn) => !tags.some((t) => t.urn === urn))
    if (missing.length) throw new Error(`Failed to update ${input.resourceUrn}: ${missing.join(', ')} does not exist`)
    const refs = tagRefs(product)
    for (const urn of input.tagUrns) if (!refs.some((r) => r.tag.urn === urn)) refs.push({ tag: tags.find((t) => t.urn === urn)!, associatedUrn: product.urn })
    product.tags = { tags: refs }
    return true
  }

  function batchRemoveTags({ input }: { input: { tagUrns: string[]; resources: { resourceUrn: string }[] } }) {
    for (const { resourceUrn } of input.resources) {
      const product = productFor(resourceUrn)
      product.tags = { tags: tagRefs(product).filter((r) => !input.tagUrns.includes(r.tag.urn)) }
    }
    return true
  }

  /** As DataHub: the owner and the ownership type must exist; an owner is kept once per type. */
  function addOwners({ input }: { input: { resourceUrn: string; owners: { ownerUrn: string; ownerEntityType: string; ownershipTypeUrn?: string | null }[] } }) {
    const product = productFor(input.resourceUrn)
    const refs = ownerRefs(product)
    for (const { ownerUrn, ownershipTypeUrn } of input.owners) {
      const party = parties.get(ownerUrn)
      const type = fixture.ownershipTypes.find((t) => t.urn === (ownershipTypeUrn ?? 'urn:li:ownershipType:__system__none'))
      if (!party || !type) throw new Error(`Failed to add owners to ${input.resourceUrn}: ${party ? ownershipTypeUrn : ownerUrn} does not exist`)
      if (!refs.some((r) => r.owner.urn === ownerUrn && r.ownershipType?.urn === type.urn)) refs.push({ owner: party as { urn: string }, associatedUrn: product.urn, ownershipType: type })
    }
    product.ownership = { owners: refs }
    return true
  }

  /** As DataHub: without a type, the owner goes under every type. */
  function removeOwner({ input }: { input: { ownerUrn: string; ownershipTypeUrn?: string | null; resourceUrn: string } }) {
    const product = productFor(input.resourceUrn)
    const removed = (r: OwnerRef) => r.owner.urn === input.ownerUrn && (!input.ownershipTypeUrn || r.ownershipType?.urn === input.ownershipTypeUrn)
    product.ownership = { owners: ownerRefs(product).filter((r) => !removed(r)) }
    return true
  }

  function updateDescription({ input }: { input: { description: string; resourceUrn: string; subResourceType?: string; subResource?: string } }) {
    const product = products.find((p) => p.urn === input.resourceUrn)
    if (product) {
      product.properties = { ...(product.properties as object), description: input.description }
      return true
    }
    const dataset = datasetByUrn.get(input.resourceUrn)
    if (!dataset) throw new Error(`Entity ${input.resourceUrn} does not exist`)
    if (input.subResourceType === 'DATASET_FIELD' && input.subResource) {
      const edits = ((dataset.editableSchemaMetadata as { editableSchemaFieldInfo: unknown[] } | null) ?? { editableSchemaFieldInfo: [] }).editableSchemaFieldInfo as {
        fieldPath: string
        description: string | null
      }[]
      const existing = edits.find((e) => e.fieldPath === input.subResource)
      if (existing) existing.description = input.description
      else edits.push({ fieldPath: input.subResource, description: input.description })
      dataset.editableSchemaMetadata = { editableSchemaFieldInfo: edits }
    } else dataset.editableProperties = { description: input.description }
    return true
  }

  const rootValue = {
    searchAcrossEntities: search,
    dataProduct: ({ urn }: { urn: string }) => products.find((p) => p.urn === urn) ?? null,
    dataset: ({ urn }: { urn: string }) => datasetByUrn.get(urn) ?? null,
    entities: ({ urns }: { urns: string[] }) => urns.map((urn) => products.find((p) => p.urn === urn) ?? entityByUrn.get(urn) ?? null),
    scrollAcrossLineage,
    updateDescription,
    entityExists: ({ urn }: { urn: string }) => exists(urn),
    createTag,
    addTags,
    batchRemoveTags,
    addOwners,
    removeOwner,
    me: () => ({ corpUser: data.me }),
  }

  return [
    http.post(`*${basePath}/api/graphql`, async ({ request }) => {
      if (token && request.headers.get('Authorization') !== `Bearer ${token}`) {
        return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 })
      }
      const body = (await request.json()) as { query: string; variables?: Record<string, unknown>; operationName?: string }
      const result = await graphql({ schema, source: body.query, variableValues: body.variables, operationName: body.operationName, rootValue })
      return HttpResponse.json(JSON.parse(JSON.stringify(result)) as Record<string, unknown>)
    }),
  ]
}
