import { parse, validate } from 'graphql'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from '../../mocks/datahub/load-datahub-schema'
import { existsSync } from 'node:fs'
import { DATAHUB_OPERATIONS } from './datahub-queries'

describe.skipIf(!existsSync(DATAHUB_SDL_DIR))('DataHub operations against DataHub’s own GraphQL schema', () => {
  const schema = loadDataHubSchema()!

  it.each(Object.entries(DATAHUB_OPERATIONS))('%s is valid', (_name, operation) => {
    expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([])
  })

  it('rejects a field DataHub does not have, so the check can fail', () => {
    expect(validate(schema, parse('query { dataProduct(urn: "x") { urn kindOfProduct } }'))).not.toEqual([])
  })
})
