import { existsSync } from 'node:fs'
import { server } from '../node'
import { createDataHubHandlers } from './datahub-handlers'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from './load-datahub-schema'

const post = (body: unknown) =>
  fetch('http://datahub.test/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(
    (r) => r.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>,
  )

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

  it('answers a valid query from the fixture', async () => {
    const answer = await post({ query: '{ dataProduct(urn: "urn:li:dataProduct:orders") { urn properties { name } } }' })
    expect(answer).toEqual({ data: { dataProduct: { urn: 'urn:li:dataProduct:orders', properties: { name: 'Orders' } } } })
  })
})
