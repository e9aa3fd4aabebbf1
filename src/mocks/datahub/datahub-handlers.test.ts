import { existsSync } from 'node:fs'
import { server } from '../node'
import { MORNING } from './datahub-fixture'
import { createDataHubHandlers } from './datahub-handlers'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from './load-datahub-schema'

const post = (body: unknown) =>
  fetch('http://datahub.test/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(
    (r) => r.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>,
  )

const ORDERS_TABLE = 'urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.orders.orders,PROD)'

describe.skipIf(!existsSync(DATAHUB_SDL_DIR))('the emulated DataHub', () => {
  beforeEach(() => server.use(...createDataHubHandlers(loadDataHubSchema()!)))

  it('rejects a query the real schema would reject', async () => {
    const answer = await post({ query: '{ dataProduct(urn: "urn:li:dataProduct:orders") { urn flavour } }' })
    expect(answer.errors?.[0]?.message).toMatch(/flavour/)
  })

  it('rejects variables of the wrong shape', async () => {
    const answer = await post({
      query: 'query q($input: SearchAcrossEntitiesInput!) { searchAcrossEntities(input: $input) { total } }',
      variables: { input: { query: '*', types: ['NOT_A_TYPE'] } },
    })
    expect(answer.errors?.[0]?.message).toMatch(/NOT_A_TYPE/)
  })

  it('rejects a lineage query the real schema would reject', async () => {
    const answer = await post({ query: `{ dataset(urn: "${ORDERS_TABLE}") { lineage(input: { direction: SIDEWAYS }) { total } } }` })
    expect(answer.errors?.[0]?.message).toMatch(/SIDEWAYS/)
  })

  it('walks the fixture’s lineage graph in both directions, and knows which product holds a dataset', async () => {
    const answer = await post({
      query: `{ dataset(urn: "${ORDERS_TABLE}") {
        up: lineage(input: { direction: UPSTREAM }) { total relationships { type entity { urn type } } }
        down: lineage(input: { direction: DOWNSTREAM, start: 1, count: 1 }) { total relationships { entity { urn } } }
        product: relationships(input: { types: ["DataProductContains"], direction: INCOMING }) { relationships { entity { urn } } }
      } }`,
    })
    expect(answer.errors).toBeUndefined()
    expect(answer.data).toEqual({
      dataset: {
        up: {
          total: 2,
          relationships: [
            { type: 'Produces', entity: { urn: 'urn:li:dataJob:(urn:li:dataFlow:(airflow,shop_etl,PROD),build_orders)', type: 'DATA_JOB' } },
            { type: 'DownstreamOf', entity: { urn: 'urn:li:dataset:(urn:li:dataPlatform:postgres,shop.public.customers,PROD)', type: 'DATASET' } },
          ],
        },
        down: { total: 2, relationships: [{ entity: { urn: 'urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.marketing.campaigns,PROD)' } }] },
        product: { relationships: [{ entity: { urn: 'urn:li:dataProduct:orders' } }] },
      },
    })
  })

  it('rejects a contract query the real schema would reject', async () => {
    const answer = await post({ query: `{ dataset(urn: "${ORDERS_TABLE}") { contract { urn state } } }` })
    expect(answer.errors?.[0]?.message).toMatch(/state/)
  })

  it('resolves a dataset’s contract to its assertions, each with its runs newest first', async () => {
    const runs = 'runEvents(status: COMPLETE, limit: 1) { total runEvents { timestampMillis result { type } } }'
    const answer = await post({
      query: `{ dataset(urn: "${ORDERS_TABLE}") {
        contract { urn status { state } properties { entityUrn freshness { assertion { urn info { type } ${runs} } } dataQuality { assertion { urn } } } }
        assertions(start: 0, count: 10) { total assertions { urn } }
      } }`,
    })
    expect(answer.errors).toBeUndefined()
    expect(answer.data).toEqual({
      dataset: {
        contract: {
          urn: 'urn:li:dataContract:orders-table',
          status: { state: 'ACTIVE' },
          properties: {
            entityUrn: ORDERS_TABLE,
            freshness: [{ assertion: { urn: 'urn:li:assertion:orders-fresh', info: { type: 'FRESHNESS' }, runEvents: { total: 1, runEvents: [{ timestampMillis: MORNING, result: { type: 'SUCCESS' } }] } } }],
            dataQuality: [{ assertion: { urn: 'urn:li:assertion:orders-ids-present' } }, { assertion: { urn: 'urn:li:assertion:orders-no-negative-totals' } }],
          },
        },
        assertions: {
          total: 4,
          assertions: ['orders-fresh', 'orders-schema', 'orders-ids-present', 'orders-no-negative-totals'].map((id) => ({ urn: `urn:li:assertion:${id}` })),
        },
      },
    })
  })

  it('answers a valid query from the fixture', async () => {
    const answer = await post({ query: '{ dataProduct(urn: "urn:li:dataProduct:orders") { urn properties { name } } }' })
    expect(answer).toEqual({ data: { dataProduct: { urn: 'urn:li:dataProduct:orders', properties: { name: 'Orders' } } } })
  })

  it('searches across lineage by degree, counting a job between datasets as no hop, with the paths that reach each', async () => {
    const checkout = 'urn:li:dataset:(urn:li:dataPlatform:kafka,shop.checkout_events,PROD)'
    const search = (values: string[], count = 10, scrollId?: string) =>
      post({
        query: `query q($input: ScrollAcrossLineageInput!) { scrollAcrossLineage(input: $input) {
          nextScrollId total searchResults { degree entity { urn } paths { path { urn type } } } } }`,
        variables: { input: { urn: checkout, direction: 'DOWNSTREAM', types: ['DATASET'], count, scrollId, orFilters: [{ and: [{ field: 'degree', values }] }] } },
      }) as Promise<{ data: { scrollAcrossLineage: { nextScrollId: string | null; total: number; searchResults: { degree: number; entity: { urn: string }; paths: { path: { urn: string; type: string }[] }[] }[] } } }>
    const first = (await search(['1'])).data.scrollAcrossLineage
    expect(first.searchResults.map((r) => [r.entity.urn, r.degree])).toEqual([[ORDERS_TABLE, 1]])
    expect(first.searchResults[0]!.paths[0]!.path.map((e) => e.type)).toEqual(['DATASET', 'DATA_JOB', 'DATASET'])
    const second = (await search(['2'])).data.scrollAcrossLineage
    expect(second.searchResults.map((r) => r.entity.urn).sort()).toEqual([
      'urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.marketing.campaigns,PROD)',
      'urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.orders.order_lines_v1,PROD)',
    ])
    const paged = (await search(['1', '2', '3+'], 2)).data.scrollAcrossLineage
    expect([paged.total, paged.searchResults.length]).toEqual([3, 2])
    const rest = (await search(['1', '2', '3+'], 2, paged.nextScrollId!)).data.scrollAcrossLineage
    expect([rest.searchResults.length, rest.nextScrollId]).toEqual([1, null])
  })
})
