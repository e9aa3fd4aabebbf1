import type { Column, ContractSupport, QualityCheck, Slo } from '../../model/types'
import type { ContractSpec, OwnerSpec, PortSpec } from './file-model'
import { listedCheck } from './map-checks'
import { classificationOf, customProperty, domainFrom, kindOf, list, paragraphs, portTypeOf, record, records, text, texts, type Json } from './read-values'

function columnsOf(properties: unknown): Column[] {
  return records(properties).map((p) => {
    const nested = record(p.items)?.properties ?? p.properties
    const classification = classificationOf(p.classification)
    const type = text(p.physicalType) ?? text(p.logicalType) ?? 'unknown'
    return {
      name: text(p.name) ?? text(p.physicalName) ?? 'unnamed',
      type,
      ...(text(p.description) ? { description: text(p.description) } : {}),
      ...(p.required === true ? { required: true } : {}),
      ...(classification ? { classification } : {}),
      ...(texts(p.tags).length ? { tags: texts(p.tags) } : {}),
      ...(list(nested).length ? { fields: columnsOf(nested) } : {}),
    }
  })
}

function checksOf(quality: unknown, column?: string): QualityCheck[] {
  return records(quality).map((q, i) => listedCheck(q, i, column))
}

function allChecks(schema: Json[]): QualityCheck[] {
  return schema.flatMap((object) => [
    ...checksOf(object.quality),
    ...records(object.properties).flatMap((p) => checksOf(p.quality, text(p.name))),
  ])
}

function ownersOf(team: unknown, now: string): OwnerSpec[] {
  const teamRecord = record(team)
  const teamName = text(teamRecord?.name)
  const members = records(teamRecord ? teamRecord.members : team).filter((m) => !text(m.dateOut) || (text(m.dateOut) as string) > now)
  const people: OwnerSpec[] = members.map((m) => {
    const role = text(m.role)?.toLowerCase() ?? ''
    const username = text(m.username) ?? text(m.name) ?? 'member'
    return {
      name: text(m.name) ?? username,
      ...(username.includes('@') ? { email: username } : {}),
      role: role.includes('owner') ? 'product-owner' : /steward|dpo|governance/.test(role) ? 'steward' : 'technical-owner',
      isTeam: false,
      ...(teamName ? { teamName } : {}),
    }
  })
  return teamName ? [{ name: teamName, role: 'product-owner', isTeam: true }, ...people] : people
}

function slosOf(sla: unknown): Slo[] {
  return records(sla).map((s) => {
    const value = [text(s.value), text(s.unit)].filter(Boolean).join(' ')
    const on = text(s.element) ? ` (on ${text(s.element)})` : ''
    return { name: text(s.property) ?? 'SLA', objective: `${value || 'stated'}${on}${text(s.description) ? ` — ${text(s.description)}` : ''}`, status: 'unknown' as const }
  })
}

function accessOf(roles: unknown): string | undefined {
  const lines = records(roles).map((r) => {
    const approvers = [text(r.firstLevelApprovers), text(r.secondLevelApprovers)].filter((a) => a && a !== 'na')
    return `- \`${text(r.role) ?? 'role'}\`${text(r.access) ? ` (${text(r.access)})` : ''}${approvers.length ? `, approved by ${approvers.join(', then ')}` : ''}`
  })
  return lines.length ? `Request one of these roles:\n\n${lines.join('\n')}` : undefined
}

function supportOf(support: unknown): ContractSupport[] {
  return records(support).map((s) => ({
    label: [text(s.channel), text(s.tool) && `(${text(s.tool)})`].filter(Boolean).join(' ') || 'Support',
    ...(text(s.url) ? { href: text(s.url) } : {}),
  }))
}

function locationOf(server: Json | undefined, object: Json): string {
  const name = text(object.physicalName) ?? text(object.name) ?? ''
  if (!server) return name
  const prefix = [text(server.database) ?? text(server.project) ?? text(server.catalog), text(server.schema) ?? text(server.dataset)].filter(Boolean)
  if (prefix.length) return [...prefix, name].join('.')
  return text(server.location) ?? text(server.host) ?? name
}

/** Maps an ODCS v3 contract: each schema object is an output port the contract promises. */
export function mapOdcs(doc: Json, url: string, raw: string, now = new Date().toISOString()): ContractSpec {
  const id = text(doc.id) ?? url
  const server = records(doc.servers)[0]
  const description = record(doc.description)
  const access = accessOf(doc.roles)
  const schema = records(doc.schema)
  const ports: PortSpec[] = schema.map((object, index) => ({
    id: `${url}#${text(object.name) ?? index}`,
    name: text(object.businessName) ?? text(object.name) ?? `Object ${index + 1}`,
    type: portTypeOf(text(object.physicalType) ?? text(server?.type)),
    location: locationOf(server, object),
    ...(text(server?.format) ? { format: text(server?.format) } : {}),
    ...(text(object.description) ? { description: text(object.description) } : {}),
    ...(access ? { accessInstructions: access } : {}),
    columns: columnsOf(object.properties),
    contractId: id,
  }))
  const price = record(doc.price)
  return {
    standard: 'odcs',
    url,
    id,
    version: text(doc.version) ?? '0',
    title: text(doc.name) ?? text(doc.dataProduct) ?? id,
    description: paragraphs([[undefined, description?.purpose ?? (typeof doc.description === 'string' ? doc.description : undefined)]]),
    domain: domainFrom(doc),
    dataProduct: text(doc.dataProduct),
    status: text(doc.status),
    tags: texts(doc.tags),
    owners: ownersOf(doc.team, now),
    ports,
    slos: slosOf(doc.slaProperties),
    links: records(doc.authoritativeDefinitions).flatMap((d) => (text(d.url) ? [{ label: text(d.type) ?? 'Definition', url: text(d.url) as string }] : [])),
    kind: kindOf(customProperty(doc, 'kind', 'productKind', 'dataProductKind', 'archetype')),
    terms: {
      ...(text(doc.status) ? { status: text(doc.status) } : {}),
      qualityChecks: allChecks(schema),
      support: supportOf(doc.support),
      termsOfUse:
        paragraphs([
          ['Usage', description?.usage],
          ['Limitations', description?.limitations],
          ['Price', price && [text(price.priceAmount), text(price.priceCurrency), text(price.priceUnit) && `per ${text(price.priceUnit)}`].filter(Boolean).join(' ')],
        ]) || undefined,
    },
    raw,
  }
}
