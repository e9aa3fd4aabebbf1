import { existsSync } from 'node:fs'
import type { ValidateFunction } from 'ajv'
import { server } from '../node'
import * as fixture from './openmetadata-fixture'
import { createOpenMetadataHandlers } from './openmetadata-handlers'
import { loadOpenMetadataValidators, openMetadataEntityCheck, OPENMETADATA_FIXTURES } from './load-openmetadata-schemas'

const API = 'http://om.test/api/v1'
const get = (path: string) => fetch(`${API}${path}`).then((r) => r.json() as Promise<Record<string, unknown>>)
const patch = (path: string, operations: unknown[]) =>
  fetch(`${API}${path}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json-patch+json' }, body: JSON.stringify(operations) })

const problems = (validate: ValidateFunction, value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`))

describe.skipIf(!existsSync(OPENMETADATA_FIXTURES))('the emulated OpenMetadata answers in the shapes of OpenMetadata’s JSON Schemas', () => {
  const schemas = loadOpenMetadataValidators()!
  beforeEach(() => server.use(...createOpenMetadataHandlers()))

  it.each([
    ['dataProduct', fixture.dataProducts],
    ['table', fixture.tables],
    ['domain', fixture.domains],
    ['team', fixture.teams],
    ['user', fixture.users],
  ] as const)('every fixture %s is valid', (entity, records) => {
    for (const record of records) expect(problems(schemas[entity], record)).toEqual([])
  })

  it.each([
    ['/dataProducts?fields=owners,experts,domains,assets,tags&limit=1', 'dataProduct'],
    ['/tables?fields=columns,owners,tags,domains&limit=2', 'table'],
    ['/domains?fields=parent,owners', 'domain'],
    ['/teams?fields=users', 'team'],
    ['/users?fields=teams', 'user'],
  ] as const)('GET %s returns valid %s records and paging', async (path, entity) => {
    const page = await get(path)
    expect(problems(schemas.paging, page.paging)).toEqual([])
    for (const record of page.data as unknown[]) expect(problems(schemas[entity], record)).toEqual([])
  })

  it('returns valid records by name, in search results and after a patch', async () => {
    expect(problems(schemas.table, await get('/tables/name/snowflake_prod.acme.orders.orders?fields=columns,owners,tags,domains'))).toEqual([])
    const search = (await get('/search/query?q=*&index=data_product_search_index&from=0&size=10')) as { hits: { hits: { _source: unknown }[] } }
    for (const hit of search.hits.hits) expect(problems(schemas.dataProduct, hit._source)).toEqual([])
    const patched = await fetch(`${API}/dataProducts/${fixture.dataProducts[0]!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json' },
      body: JSON.stringify([{ op: 'add', path: '/description', value: 'New.' }]),
    }).then((r) => r.json())
    expect(problems(schemas.dataProduct, patched)).toEqual([])
  })

  it('returns lineage valid against entityLineage.json, as many hops as asked up to three', async () => {
    const lineage = await get('/lineage/table/name/snowflake_prod.acme.orders.orders?upstreamDepth=2&downstreamDepth=2')
    expect(problems(schemas.entityLineage, lineage)).toEqual([])
    expect((lineage.upstreamEdges as unknown[]).length).toBe(1)
    expect((lineage.downstreamEdges as unknown[]).length).toBe(2)
    const oneHop = await get('/lineage/table/name/snowflake_prod.acme.orders.orders?upstreamDepth=0&downstreamDepth=1')
    expect([(oneHop.upstreamEdges as unknown[]).length, (oneHop.downstreamEdges as unknown[]).length]).toEqual([0, 1])
    expect((await fetch(`${API}/lineage/table/name/snowflake_prod.acme.orders.orders?upstreamDepth=4`)).status).toBe(400)
  })

  it('names the data products holding a table when asked, in the shape of a current table', async () => {
    const table = await get('/tables/name/snowflake_prod.acme.marketing.ad_spend_returns?fields=columns,owners,domains,dataProducts')
    expect(problems(schemas.table, table)).toEqual([])
    expect(table.dataProducts).toMatchObject([{ type: 'dataProduct', fullyQualifiedName: 'AdSpendReturns' }])
    expect(await get('/tables/name/snowflake_prod.acme.raw.shop_events?fields=dataProducts')).toMatchObject({ dataProducts: [] })
    expect(await get('/tables/name/snowflake_prod.acme.raw.shop_events?fields=columns')).not.toHaveProperty('dataProducts')
  })

  it.each([
    ['dataProducts', 'dataProduct', fixture.dataProducts[0]!.id],
    ['tables', 'table', fixture.tables[0]!.id],
  ] as const)('returns /%s/{id}/versions valid against entityHistory.json, each version a valid %s', async (collection, entity, id) => {
    const history = (await get(`/${collection}/${id}/versions`)) as { entityType: string; versions: string[] }
    expect(problems(schemas.entityHistory, history)).toEqual([])
    expect(history.entityType).toBe(entity)
    const versions = history.versions.map((v) => JSON.parse(v) as { version: number; changeDescription?: unknown })
    expect(versions.map((v) => v.version)).toEqual(entity === 'dataProduct' ? [0.3, 0.2, 0.1] : [0.2, 0.1])
    for (const version of versions) expect(problems(schemas[entity], version)).toEqual([])
    expect(versions[0]!.changeDescription).toMatchObject({ previousVersion: versions[1]!.version })
    expect(problems(schemas[entity], await get(`/${collection}/${id}/versions/0.1`))).toEqual([])
  })

  it('records a patch as a new version whose change description validates', async () => {
    const table = fixture.tables[0]!
    const patched = await fetch(`${API}/tables/${table.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json' },
      body: JSON.stringify([{ op: 'test', path: '/version', value: 0.2 }, { op: 'add', path: '/columns/0/description', value: 'The order.' }]),
    }).then((r) => r.json() as Promise<Record<string, unknown>>)
    expect(problems(schemas.table, patched)).toEqual([])
    expect(patched).toMatchObject({ version: 0.3, changeDescription: { fieldsUpdated: [{ name: 'columns.order_id.description', oldValue: 'Order key.', newValue: 'The order.' }], previousVersion: 0.2 } })
    const history = (await get(`/tables/${table.id}/versions`)) as { versions: string[] }
    expect(history.versions.map((v) => (JSON.parse(v) as { version: number }).version)).toEqual([0.3, 0.2, 0.1])
  })

  describe('owners and experts written by patch', () => {
    const [jane, bo] = fixture.users
    const [commerce, marketing] = fixture.teams
    const orders = fixture.dataProducts[0]!
    const check = openMetadataEntityCheck()
    beforeEach(() => server.use(...createOpenMetadataHandlers({ check })))

    it('stores them as full references, valid, in a new version that records what was added and removed', async () => {
      const response = await patch(`/dataProducts/${orders.id}`, [
        { op: 'test', path: '/version', value: 0.3 },
        { op: 'add', path: '/owners', value: [{ id: marketing!.id, type: 'team' }] },
        { op: 'add', path: '/experts', value: [{ id: jane!.id, type: 'user' }, { id: bo!.id, type: 'user' }] },
      ])
      expect(response.status).toBe(200)
      const patched = (await response.json()) as Record<string, unknown>
      expect(problems(schemas.dataProduct, patched)).toEqual([])
      expect(patched).toMatchObject({
        version: 0.4,
        owners: [{ id: marketing!.id, type: 'team', name: 'marketing-analytics', displayName: 'Marketing analytics' }],
        experts: [{ name: 'jane.doe' }, { name: 'bo.smith', displayName: 'Bo Smith' }],
      })
      const change = patched.changeDescription as { fieldsAdded: { name: string; newValue: string }[]; fieldsDeleted: { name: string; oldValue: string }[] }
      expect(change.fieldsAdded.map((f) => [f.name, (JSON.parse(f.newValue) as { name: string }[]).map((r) => r.name)])).toEqual([
        ['owners', ['marketing-analytics']],
        ['experts', ['bo.smith']],
      ])
      expect(change.fieldsDeleted.map((f) => [f.name, (JSON.parse(f.oldValue) as { name: string }[]).map((r) => r.name)])).toEqual([['owners', ['commerce-data']]])
      const history = (await get(`/dataProducts/${orders.id}/versions`)) as { versions: string[] }
      expect(history.versions).toHaveLength(4)
    })

    it.each([
      ['an unknown user', `/dataProducts/${orders.id}`, [{ op: 'add', path: '/experts', value: [{ id: '0a1b2c3d-0000-4000-8000-000000000999', type: 'user' }] }], 404, /user instance for .* not found/],
      ['a team as expert', `/dataProducts/${orders.id}`, [{ op: 'add', path: '/experts', value: [{ id: commerce!.id, type: 'team' }] }], 400, /Entity type team can not be in experts/],
      ['a team owning with a user', `/dataProducts/${orders.id}`, [{ op: 'add', path: '/owners', value: [{ id: commerce!.id, type: 'team' }, { id: bo!.id, type: 'user' }] }], 400, /Single Team Ownership/],
      ['experts on a table, which its schema has no place for', `/tables/${fixture.tables[0]!.id}`, [{ op: 'add', path: '/experts', value: [{ id: bo!.id, type: 'user' }] }], 400, /Invalid table: .*additional properties/],
      ['a reference with more than a reference holds', `/tables/${fixture.tables[0]!.id}`, [{ op: 'add', path: '/domains/0', value: { id: 'not-a-uuid', type: 'domain' } }], 400, /Invalid table: \/domains\/0\/id/],
    ])('refuses %s and keeps the entity as it was', async (_, path, operations, status, message) => {
      const response = await patch(path, operations)
      expect(response.status).toBe(status)
      expect(((await response.json()) as { message: string }).message).toMatch(message)
      const collection = path.split('/')[1]!
      const history = (await get(`/${collection}/${path.split('/')[2]}/versions`)) as { versions: string[] }
      expect(history.versions).toHaveLength(collection === 'tables' ? 2 : 3)
    })
  })

  it('the schemas do reject what OpenMetadata would not send', () => {
    expect(problems(schemas.table, { ...fixture.tables[0], owner: 'jane' })).not.toEqual([])
    expect(problems(schemas.dataProduct, { ...fixture.dataProducts[0], lifecycleStage: 'LIVE' })).not.toEqual([])
    expect(problems(schemas.domain, { ...fixture.domains[0], domainType: 'Mesh' })).not.toEqual([])
    expect(problems(schemas.entityHistory, { entityType: 'table', versions: [], extra: 1 })).not.toEqual([])
    expect(problems(schemas.table, { ...fixture.tables[0], changeDescription: { fieldsUpdated: [{ name: 'description', before: 'a' }] } })).not.toEqual([])
  })
})
