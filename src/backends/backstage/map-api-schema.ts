import { parse } from 'yaml'
import type { Column } from '../../model/types'

type Json = Record<string, unknown>
const MAX_DEFINITION = 2_000_000
const MAX_DEPTH = 6

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined)

function readDefinition(definition: string): unknown {
  if (definition.length > MAX_DEFINITION) return undefined
  try {
    return parse(definition, { maxAliasCount: 50 }) as unknown
  } catch {
    return undefined
  }
}

/** `#/components/schemas/Order` inside the same document. */
function resolve(root: Json, node: unknown): unknown {
  const ref = isObject(node) ? text(node.$ref) : undefined
  if (!ref?.startsWith('#/')) return node
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (isObject(at) ? at[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), root)
}

function avroType(type: unknown): string {
  if (typeof type === 'string') return type
  if (Array.isArray(type)) return type.map(avroType).join(' | ')
  if (isObject(type)) return text(type.logicalType) ?? (type.type === 'array' ? `array<${avroType(type.items)}>` : (text(type.name) ?? avroType(type.type)))
  return 'unknown'
}

function avroColumns(record: Json, depth: number): Column[] {
  if (depth > MAX_DEPTH || !Array.isArray(record.fields)) return []
  return record.fields.filter(isObject).flatMap((field) => {
    const name = text(field.name)
    if (!name) return []
    const type = field.type
    const nullable = Array.isArray(type) && type.includes('null')
    const inner = Array.isArray(type) ? type.find((t) => t !== 'null') : type
    const nested = isObject(inner) && inner.type === 'record' ? avroColumns(inner, depth + 1) : []
    const description = text(field.doc)
    return [{ name, type: avroType(type), ...(description ? { description } : {}), ...(nullable ? {} : { required: true }), ...(nested.length ? { fields: nested } : {}) }]
  })
}

function jsonSchemaColumns(root: Json, schema: Json, depth: number): Column[] {
  if (depth > MAX_DEPTH || !isObject(schema.properties)) return []
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [])
  return Object.entries(schema.properties).flatMap(([name, raw]) => {
    const property = resolve(root, raw)
    if (!isObject(property)) return []
    const types = Array.isArray(property.type) ? property.type.filter((t): t is string => typeof t === 'string') : [text(property.type) ?? 'object']
    const items = resolve(root, property.items)
    const type = types.filter((t) => t !== 'null').join(' | ') || 'unknown'
    const shown = type === 'array' && isObject(items) ? `array<${text(items.type) ?? 'object'}>` : (text(property.format) ? `${type} (${String(property.format)})` : type)
    const nestedSource = isObject(items) && isObject(items.properties) ? items : property
    const nested = jsonSchemaColumns(root, nestedSource, depth + 1)
    const description = text(property.description)
    return [{ name, type: shown, ...(description ? { description } : {}), ...(required.has(name) ? { required: true } : {}), ...(nested.length ? { fields: nested } : {}) }]
  })
}

/** The first message payload of an AsyncAPI document, or the first schema of an OpenAPI one. */
function documentSchema(root: Json): unknown {
  const components = isObject(root.components) ? root.components : {}
  const messages = isObject(components.messages) ? Object.values(components.messages) : []
  for (const message of messages) {
    const payload = resolve(root, isObject(message) ? message.payload : undefined)
    if (isObject(payload)) return payload
  }
  const schemas = isObject(components.schemas) ? Object.values(components.schemas) : []
  return schemas.map((s) => resolve(root, s)).find((s) => isObject(s) && isObject(s.properties))
}

/**
 * Columns from an API entity's definition, when it describes one record: an Avro schema,
 * a JSON Schema, or the first message payload / schema of an AsyncAPI or OpenAPI document.
 * Anything else (GraphQL, gRPC, unreadable text) gives no columns rather than failing.
 */
export function columnsFromDefinition(definition: string | undefined): Column[] {
  if (!definition) return []
  const root = readDefinition(definition)
  if (!isObject(root)) return []
  if (root.type === 'record') return avroColumns(root, 0)
  if (isObject(root.properties)) return jsonSchemaColumns(root, root, 0)
  const schema = documentSchema(root)
  if (!isObject(schema)) return []
  return schema.type === 'record' ? avroColumns(schema, 0) : jsonSchemaColumns(root, schema, 0)
}
