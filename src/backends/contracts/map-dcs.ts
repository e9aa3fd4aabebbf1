import type { Column, QualityCheck, Slo } from '../../model/types'
import type { ContractSpec, OwnerSpec, PortSpec } from './file-model'
import { listedCheck, sodaChecks } from './map-checks'
import { atPointer } from './resolve-refs'
import { classificationOf, domainFrom, entries, kindOf, paragraphs, portTypeOf, record, records, text, texts, type Json } from './read-values'

/**
 * `$ref: '#/definitions/order_id'`, or a definition in another file the loader read: the
 * definition, with the field's own keys winning. A reference nobody could read stays as it is.
 */
function resolve(field: Json, definitions: Json, external: ReadonlyMap<string, Json>): Json {
  const ref = text(field.$ref)
  if (!ref) return field
  const definition = ref.startsWith('#') ? atPointer({ definitions }, ref) : external.get(ref)
  const { $ref: _ref, ...own } = field
  return definition ? { ...definition, ...own } : field
}

function columnsOf(fields: unknown, definitions: Json, external: ReadonlyMap<string, Json>): Column[] {
  return entries(fields).map(([name, raw]) => {
    const field = resolve(raw, definitions, external)
    const elsewhere = text(field.$ref)
    const nested = record(field.items)?.fields ?? field.fields
    const classification = classificationOf(field.classification)
    return {
      name,
      type: text(field.type) ?? (elsewhere ? 'defined elsewhere' : 'unknown'),
      ...(text(field.description) ? { description: text(field.description) } : {}),
      ...(field.required === true ? { required: true } : {}),
      ...(classification ? { classification } : {}),
      ...(typeof field.pii === 'boolean' ? { pii: field.pii } : {}),
      ...(texts(field.tags).length || elsewhere ? { tags: [...texts(field.tags), ...(elsewhere ? [`$ref: ${elsewhere}`] : [])] } : {}),
      ...(record(nested) ? { fields: columnsOf(nested, definitions, external) } : {}),
    }
  })
}

/** Columns of a 0.9 contract that carries a JSON Schema instead of models. */
function columnsOfJsonSchema(specification: unknown): Column[] {
  const source = text(specification)
  if (!source) return []
  try {
    const parsed: unknown = JSON.parse(source)
    const schema = record(Array.isArray(parsed) ? parsed[0] : parsed)
    return entries(schema?.properties).map(([name, p]) => ({
      name,
      type: text(p.format) ?? text(p.type) ?? 'unknown',
      ...(text(p.description) ? { description: text(p.description) } : {}),
    }))
  } catch {
    return []
  }
}

/** A list of rules, or one block in a check language (SodaCL, Great Expectations): each rule its own row. */
function checksOf(quality: unknown, column?: string): QualityCheck[] {
  const single = record(quality)
  if (!single) return records(quality).map((q, i) => listedCheck(q, i, column))
  const type = text(single.type) ?? 'quality'
  if (/soda/i.test(type)) {
    const soda = sodaChecks(single.specification)
    if (soda.length) return soda
  }
  const spec = typeof single.specification === 'string' ? single.specification : single.specification ? JSON.stringify(single.specification, null, 1) : undefined
  return [{ name: `${type} checks`, description: spec ? `Rule: ${spec}` : 'Checks written in the contract’s quality specification.', status: 'unknown' }]
}

const SERVICE_LEVELS: [key: string, name: string, fields: string[]][] = [
  ['availability', 'Availability', ['percentage']],
  ['retention', 'Retention', ['period']],
  ['latency', 'Latency', ['threshold']],
  ['freshness', 'Freshness', ['threshold']],
  ['frequency', 'Frequency', ['interval', 'cron', 'type']],
  ['support', 'Support hours', ['time', 'responseTime']],
  ['backup', 'Backup', ['interval', 'recoveryTime']],
]

function slosOf(levels: Json | undefined): Slo[] {
  if (!levels) return []
  return SERVICE_LEVELS.flatMap(([key, name, fields]) => {
    const level = record(levels[key])
    if (!level) return []
    const values = fields.flatMap((f) => text(level[f]) ?? [])
    const objective = text(level.description) ?? (values.join(', ') || 'stated')
    return [{ name, objective, status: 'unknown' as const }]
  })
}

function pickServer(servers: unknown): Json | undefined {
  const all = entries(servers).map(([, s]) => s)
  return all.find((s) => /prod/i.test(text(s.environment) ?? '')) ?? all[0]
}

function locationOf(server: Json | undefined, model: string): string {
  if (!server) return model
  const location = text(server.location)?.replace(/\{model\}/g, model)
  if (location) return location
  if (text(server.topic)) return text(server.topic) as string
  return [text(server.database) ?? text(server.project) ?? text(server.catalog), text(server.schema) ?? text(server.dataset), model].filter(Boolean).join('.')
}

/** Maps a Data Contract Specification contract: each model is an output port. */
export function mapDcs(doc: Json, url: string, raw: string, external: ReadonlyMap<string, Json> = new Map()): ContractSpec {
  const info = record(doc.info) ?? {}
  const id = text(doc.id) ?? url
  const definitions = record(doc.definitions) ?? {}
  const server = pickServer(doc.servers)
  const roles = records(server?.roles).map((r) => `- \`${text(r.name) ?? 'role'}\`${text(r.description) ? `: ${text(r.description)}` : ''}`)
  const access = roles.length ? `Request one of these roles:\n\n${roles.join('\n')}` : undefined
  const port = (name: string, model: Json | undefined, columns: Column[]): PortSpec => ({
    id: `${url}#${name}`,
    name,
    type: portTypeOf(text(model?.type) ?? text(server?.type)),
    location: locationOf(server, name),
    ...(text(server?.format) ? { format: text(server?.format) } : {}),
    ...(text(model?.description) ? { description: text(model?.description) } : {}),
    ...(access ? { accessInstructions: access } : {}),
    columns,
    contractId: id,
  })
  const models = entries(doc.models)
  const ports = models.length
    ? models.map(([name, model]) => port(name, model, columnsOf(model.fields, definitions, external)))
    : record(doc.schema)
      ? [port(text(info.title) ?? id, undefined, columnsOfJsonSchema(record(doc.schema)?.specification))]
      : []
  const owner = text(info.owner)
  const contact = record(info.contact)
  const owners: OwnerSpec[] = owner ? [{ name: owner, role: 'product-owner', isTeam: true }] : []
  const terms = record(doc.terms)
  const links = Object.entries(record(doc.links) ?? {}).flatMap(([label, value]) => (text(value) ? [{ label, url: text(value) as string }] : []))
  return {
    standard: 'datacontract-specification',
    url,
    id,
    version: text(info.version) ?? '0',
    title: text(info.title) ?? id,
    description: text(info.description) ?? '',
    dataProduct: text(info.dataProduct),
    domain: domainFrom(doc),
    status: text(info.status),
    tags: texts(doc.tags),
    owners,
    ports,
    slos: slosOf(record(doc.servicelevels)),
    links,
    kind: kindOf(info.archetype),
    terms: {
      ...(text(info.status) ? { status: text(info.status) } : {}),
      qualityChecks: [
        ...checksOf(doc.quality),
        ...models.flatMap(([, model]) => [
          ...checksOf(model.quality),
          ...entries(model.fields).flatMap(([name, field]) => checksOf(field.quality, name)),
        ]),
      ],
      support: contact
        ? [{ label: text(contact.name) ?? 'Contact', ...(text(contact.url) ? { href: text(contact.url) } : text(contact.email) ? { href: `mailto:${text(contact.email)}` } : {}) }]
        : [],
      termsOfUse:
        paragraphs([
          ['Usage', terms?.usage],
          ['Limitations', terms?.limitations],
          ['Billing', terms?.billing],
          ['Notice period', terms?.noticePeriod],
        ]) || undefined,
    },
    raw,
  }
}
