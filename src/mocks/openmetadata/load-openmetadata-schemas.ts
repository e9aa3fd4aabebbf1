import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/** OpenMetadata's JSON Schemas from ../shared/fixtures (several upstream commits), for tests. */
export const OPENMETADATA_FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'openmetadata')
const SCHEMA_ROOT = 'openmetadata-spec/src/main/resources/json/schema'
const ID = 'https://open-metadata.org/schema/'

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.json') ? [path] : []
  })

/**
 * Schemas the entity schemas name but the fixtures do not carry. Only `entityReferenceList` is
 * stated exactly (newer OpenMetadata moved it to its own file); the rest validate anything,
 * so the parts they describe (profiles, usage, auth, service types) go unchecked.
 */
const MISSING: Record<string, object> = {
  'type/entityReferenceList.json': { type: 'array', items: { $ref: 'entityReference.json' } },
  'type/profile.json': {},
  'type/usageDetails.json': {},
  'tests/customMetric.json': {},
  'entity/services/databaseService.json': { definitions: { databaseServiceType: { type: 'string' } } },
  'auth/basicAuth.json': {},
  'auth/jwtAuth.json': {},
  'auth/ssoAuth.json': {},
}

/**
 * The table schema in the fixtures is OpenMetadata 1.0's, where a table had one `owner` and no
 * domain. Current servers send `owners` and `domains` (entity reference lists) instead, and the
 * `dataProducts` holding the table; those properties are added, everything else stays as upstream
 * wrote it (no other property allowed).
 */
function withCurrentOwnership(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties as Record<string, unknown>
  return {
    ...schema,
    properties: {
      ...properties,
      owners: { $ref: '../../type/entityReferenceList.json' },
      domains: { $ref: '../../type/entityReferenceList.json' },
      dataProducts: { $ref: '../../type/entityReferenceList.json' },
    },
  }
}

/** basic.json is 1.0's too; newer entity schemas name a `style` (colour, icon) it lacks. */
function withStyle(schema: Record<string, unknown>): Record<string, unknown> {
  const definitions = schema.definitions as Record<string, unknown>
  return { ...schema, definitions: { style: { type: 'object' }, ...definitions } }
}

// OpenMetadata writes Java regular expressions; `(?U)` (Unicode character classes) is JavaScript's `u` flag.
const javaRegExp = Object.assign((pattern: string, flags: string) => new RegExp(pattern.replace('(?U)', ''), flags), { code: 'new RegExp' })

export type OpenMetadataEntity = 'table' | 'dataProduct' | 'domain' | 'team' | 'user' | 'entityLineage' | 'entityHistory' | 'paging'
const PATHS: Record<OpenMetadataEntity, string> = {
  table: 'entity/data/table.json',
  dataProduct: 'entity/domains/dataProduct.json',
  domain: 'entity/domains/domain.json',
  team: 'entity/teams/team.json',
  user: 'entity/teams/user.json',
  entityLineage: 'type/entityLineage.json',
  entityHistory: 'type/entityHistory.json',
  paging: 'type/paging.json',
}

/** A validator per OpenMetadata entity, or `undefined` when the fixtures are absent. */
export function loadOpenMetadataValidators(root = OPENMETADATA_FIXTURES): Record<OpenMetadataEntity, ValidateFunction> | undefined {
  if (!existsSync(root)) return undefined
  // Versions are `multipleOf: 0.1`; 0.3 / 0.1 is not whole in binary floating point.
  const ajv = new Ajv({ strict: false, allErrors: true, multipleOfPrecision: 6, code: { regExp: javaRegExp } })
  addFormats(ajv)
  ajv.addFormat('utc-millisec', true)
  ajv.addFormat('timezone', (zone: string) => Intl.supportedValuesOf('timeZone').includes(zone))
  const seen = new Set<string>()
  for (const commit of readdirSync(root).filter((d) => d.startsWith('upstream-'))) {
    const dir = join(root, commit, SCHEMA_ROOT)
    if (!existsSync(dir)) continue
    for (const file of filesUnder(dir)) {
      const relative = file.slice(dir.length + 1)
      const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      seen.add(relative)
      ajv.addSchema(relative === PATHS.table ? withCurrentOwnership(schema) : relative === 'type/basic.json' ? withStyle(schema) : schema)
    }
  }
  for (const [relative, schema] of Object.entries(MISSING)) if (!seen.has(relative)) ajv.addSchema({ ...schema, $id: `${ID}${relative}` })
  return Object.fromEntries(Object.entries(PATHS).map(([entity, relative]) => [entity, ajv.getSchema(`${ID}${relative}`)!])) as Record<OpenMetadataEntity, ValidateFunction>
}

/** Checks patched entities against OpenMetadata's JSON Schemas (for `createOpenMetadataHandlers`' `check`), or `undefined` when the fixtures are absent. */
export function openMetadataEntityCheck(root = OPENMETADATA_FIXTURES): ((entityType: 'dataProduct' | 'table', entity: unknown) => string[]) | undefined {
  const validators = loadOpenMetadataValidators(root)
  if (!validators) return undefined
  return (entityType, entity) => {
    const validate = validators[entityType]
    return validate(entity) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(entity)'} ${e.message ?? 'is invalid'}`)
  }
}
