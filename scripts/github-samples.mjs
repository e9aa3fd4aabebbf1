// Writes src/mocks/github/github-samples.json: for each GitHub schema the emulation answers with,
// the smallest object GitHub's OpenAPI description (@octokit/openapi) accepts. The handlers fill
// in the fields Tessera reads. Run again after upgrading @octokit/openapi.
import { readFileSync, writeFileSync } from 'node:fs'

const spec = JSON.parse(readFileSync(new URL('../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url), 'utf8'))
const NAMES = ['private-user', 'content-file', 'git-ref', 'git-commit', 'short-blob', 'git-tree', 'pull-request-simple', 'pull-request']

const resolve = (schema) => (schema.$ref ? resolve(spec.components.schemas[schema.$ref.split('/').pop()]) : schema)

function sample(input, depth = 0) {
  const schema = resolve(input)
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s, depth)))
  if (schema.oneOf || schema.anyOf) return sample((schema.oneOf ?? schema.anyOf)[0], depth)
  if (schema.nullable && depth > 0) return null
  if (schema.enum) return schema.enum[0]
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  switch (type) {
    case 'object': {
      const out = {}
      for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key] ?? {}, depth + 1)
      return out
    }
    case 'array':
      return []
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return false
    case 'string':
      if (schema.format === 'date-time') return '2026-01-01T00:00:00Z'
      if (schema.format === 'uri') return 'https://github.test/'
      if (schema.format === 'email') return 'user@github.test'
      return ''
    default:
      return schema.properties ? sample({ ...schema, type: 'object' }, depth) : null
  }
}

const samples = Object.fromEntries(NAMES.map((name) => [name, sample({ $ref: `#/components/schemas/${name}` })]))
writeFileSync(new URL('../src/mocks/github/github-samples.json', import.meta.url), `${JSON.stringify(samples, null, 1)}\n`)
