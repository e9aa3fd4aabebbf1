import { graphql, type GraphQLSchema } from 'graphql'
import { http, HttpResponse } from 'msw'
import * as fixture from './datahub-fixture'

type Entity = Record<string, unknown> & { urn: string; __typename: string }
type FacetFilter = { field: string; values?: string[] | null; value?: string | null }
interface SearchInput {
  types?: string[] | null
  query: string
  start?: number | null
  count?: number | null
  orFilters?: { and?: FacetFilter[] | null }[] | null
  sortInput?: { sortCriteria?: { field: string; sortOrder: string }[] | null } | null
}

const page = <T>(items: readonly T[], start = 0, count = 10) => items.slice(start, start + count)

/** The facet values a data product carries, by DataHub search field. */
const facetValues = (product: Entity): Record<string, string[]> => {
  const domain = (product.domain as { domain?: { urn: string } } | null)?.domain?.urn
  const owners = ((product.ownership as { owners: { owner: { urn: string } }[] }).owners ?? []).map((o) => o.owner.urn)
  const tags = ((product.tags as { tags: { tag: { urn: string } }[] }).tags ?? []).map((t) => t.tag.urn)
  return { domains: domain ? [domain] : [], owners, tags }
}

function matches(entity: Entity, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q || q === '*') return true
  const properties = entity.properties as { name?: string; description?: string } | null
  const text = `${properties?.name ?? ''} ${properties?.description ?? ''} ${entity.urn}`.toLowerCase()
  return q.split(/\s+/).every((word) => text.includes(word))
}

/**
 * An emulated DataHub GraphQL endpoint: each request is executed by graphql-js against
 * DataHub's real schema, with resolvers over the fixture, so a query DataHub would reject
 * fails here too. `token`, when given, is required as a Bearer header (401 otherwise).
 */
export function createDataHubHandlers(schema: GraphQLSchema, { basePath = '', token }: { basePath?: string; token?: string } = {}) {
  const data = structuredClone({ domains: fixture.domains, datasets: fixture.datasets, dataProducts: fixture.dataProducts, me: fixture.people.jdoe })
  const datasets: Entity[] = data.datasets.map((d) => ({ ...d, schemaMetadata: () => d.schemaMetadata }))
  const datasetByUrn = new Map(datasets.map((d) => [d.urn, d]))
  const products: Entity[] = data.dataProducts.map(({ assets, ...p }) => ({
    ...p,
    entities: ({ input }: { input?: SearchInput | null }) => {
      const all = (assets as { urn: string }[]).map((a) => datasetByUrn.get(a.urn)!).filter((a) => matches(a, input?.query ?? '*'))
      return { start: input?.start ?? 0, count: all.length, total: all.length, searchResults: page(all, input?.start ?? 0, input?.count ?? 10).map((entity) => ({ entity, matchedFields: [] })) }
    },
  }))
  const domains: Entity[] = data.domains

  function search({ input }: { input: SearchInput }) {
    const types = input.types ?? ['DATA_PRODUCT']
    let found = [...(types.includes('DOMAIN') ? domains : []), ...(types.includes('DATA_PRODUCT') ? products : [])].filter((e) => matches(e, input.query))
    for (const { and } of input.orFilters?.slice(0, 1) ?? []) {
      for (const filter of and ?? []) {
        const wanted = filter.values ?? (filter.value ? [filter.value] : [])
        found = found.filter((e) => (facetValues(e)[filter.field] ?? []).some((v) => wanted.includes(v)))
      }
    }
    if (input.sortInput?.sortCriteria?.[0]?.field === 'name') {
      found.sort((a, b) => String((a.properties as { name?: string }).name).localeCompare(String((b.properties as { name?: string }).name)))
    }
    const counts = (field: string) => {
      const tally = new Map<string, number>()
      for (const e of found) for (const v of facetValues(e)[field] ?? []) tally.set(v, (tally.get(v) ?? 0) + 1)
      const lookup = new Map<string, unknown>([
        ...domains.map((d) => [d.urn, d] as const),
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
      facets: types.includes('DATA_PRODUCT') ? ['domains', 'owners', 'tags'].map(counts) : [],
    }
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
    updateDescription,
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
