import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import Ajv2020 from 'ajv/dist/2020'
import { http } from 'msw'
import { parseAllDocuments } from 'yaml'
import { authored, served } from '../../mocks/backstage/backstage-fixture'
import { BY_QUERY_PARAMS, createBackstageHandlers } from '../../mocks/backstage/backstage-handlers'
import { withRelations } from '../../mocks/backstage/backstage-relations'
import { server } from '../../mocks/node'
import { CATALOG_PATH } from './backstage-client'
import { createBackstageBackend } from './create-backstage-backend'
import { mapBackstageCatalog } from './map-backstage'

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'backstage')
const MODEL = join(FIXTURES, 'npm-catalog-model-1.10.1', 'schema')
const OPENAPI = join(FIXTURES, 'npm-plugin-catalog-backend-4.0.0', 'openapi.json')
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>

interface Operation {
  parameters?: ({ $ref: string } | { name: string; in: string })[]
}
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { parameters: Record<string, { name: string; in: string }> } }

describe.skipIf(!existsSync(MODEL))('the emulated catalogue against Backstage’s own kind schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: false })
  for (const file of ['Entity.schema.json', 'EntityMeta.schema.json', 'shared/common.schema.json']) ajv.addSchema(readJson(join(MODEL, file)))
  const kindSchemas = readdirSync(join(MODEL, 'kinds')).filter((f) => /^[A-Za-z]+\.v1alpha1\.schema\.json$/.test(f))
  /** The schema id of each kind, from its file name (`API.v1alpha1.schema.json` has the id `ApiV1alpha1`). */
  const schemaIdOf = new Map<string, string>()
  for (const file of kindSchemas) {
    const schema = readJson(join(MODEL, 'kinds', file))
    ajv.addSchema(schema)
    schemaIdOf.set(file.split('.')[0]!, String(schema.$id))
  }

  it.each(withRelations(authored.map(served)).map((e) => [`${e.kind} ${e.metadata.name}`, e] as const))('%s is a valid entity of its kind', (_name, entity) => {
    const validate = ajv.getSchema(schemaIdOf.get(entity.kind) ?? entity.kind)
    expect(validate, `a schema for ${entity.kind}`).toBeDefined()
    const valid = validate!(entity)
    expect(validate!.errors ?? [], ajv.errorsText(validate!.errors)).toEqual([])
    expect(valid).toBe(true)
  })

  it('the schemas reject what Backstage would reject (the check can fail)', () => {
    const component = withRelations(authored.map(served)).find((e) => e.kind === 'Component')!
    expect(ajv.getSchema('ComponentV1alpha1')!({ ...component, spec: { ...component.spec, type: undefined } })).toBe(false)
  })
})

describe.skipIf(!existsSync(OPENAPI))('requests against Backstage’s catalog OpenAPI spec', () => {
  const spec = readJson(OPENAPI) as unknown as OpenApi
  const declared = (path: string, method = 'get') =>
    (spec.paths[path]?.[method]?.parameters ?? []).map((p) => ('$ref' in p ? spec.components.parameters[p.$ref.split('/').pop()!]! : p)).filter((p) => p.in === 'query').map((p) => p.name)

  it('every request the adapter sends names a declared path and declared query parameters', async () => {
    const urls: URL[] = []
    server.use(
      http.get('*', ({ request }) => {
        urls.push(new URL(request.url))
        return undefined
      }),
      ...createBackstageHandlers({ basePath: '/backstage' }),
    )
    await createBackstageBackend({ id: 'b', label: 'B', baseUrl: 'http://backstage.test/backstage', pageSize: 5 }).getCatalog()
    expect(urls.length).toBeGreaterThan(1)
    for (const url of urls) {
      const path = url.pathname.replace(`/backstage${CATALOG_PATH}`, '')
      expect(Object.keys(spec.paths)).toContain(path)
      const params = declared(path)
      for (const name of url.searchParams.keys()) expect(params, `${path} declares ?${name}`).toContain(name)
    }
  })

  it('the emulation accepts exactly the parameters Backstage declares', () => {
    expect([...BY_QUERY_PARAMS].sort()).toEqual(declared('/entities/by-query').sort())
  })

  it('the emulation answers in the declared response shape', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    ajv.addSchema({ ...spec, $id: 'openapi' } as object)
    const validate = ajv.compile({ $ref: 'openapi#/components/schemas/EntitiesQueryResponse' })
    server.use(...createBackstageHandlers())
    for (const query of ['filter=kind=system&limit=2', 'limit=100']) {
      const body = (await (await fetch(`http://backstage.test/api/catalog/entities/by-query?${query}`)).json()) as unknown
      expect(validate(body), ajv.errorsText(validate.errors)).toBe(true)
    }
    expect(validate({ items: [], totalItems: 0 })).toBe(false)
  })
})

const EXAMPLES = [join(FIXTURES, 'backstage-examples', 'packages', 'catalog-model', 'examples'), join(FIXTURES, 'backstage-demo')]

function readYamlEntities(dir: string): unknown[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) && !f.includes('app-config'))
    .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => d.toJS() as unknown))
    .filter((e) => e !== null && typeof e === 'object')
}

describe.skipIf(!EXAMPLES.every((dir) => existsSync(dir)))('Backstage’s own example entities', () => {
  const entities = EXAMPLES.flatMap(readYamlEntities)
  const rule = { types: ['data-product'], systems: true }

  it('are read without an issue, every System as a product under the system rule', () => {
    const catalog = mapBackstageCatalog(entities, { rule, readAt: '2025-01-01T00:00:00.000Z' })
    expect(catalog.issues).toEqual([])
    const systems = entities.filter((e) => (e as { kind?: string }).kind === 'System').length
    expect(systems).toBeGreaterThan(0)
    expect(catalog.products).toHaveLength(systems)
    expect(catalog.domains.find((d) => d.id === 'domain:default/artists')?.parentId).toBe('domain:default/audio')
    const audio = catalog.products.find((p) => p.urn === 'system:default/audio-playback')
    expect(audio?.domainId).toBe('domain:default/playback')
  })
})
