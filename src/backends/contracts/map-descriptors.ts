import type { Link, Slo } from '../../model/types'
import type { InputSpec, OwnerSpec, PortSpec, ProductSpec } from './file-model'
import { customProperty, domainFrom, entries, kindOf, paragraphs, portTypeOf, record, records, text, texts, type Json } from './read-values'

const linksOf = (value: unknown): Link[] =>
  Object.entries(record(value) ?? {}).flatMap(([label, url]) => (text(url) ? [{ label, url: text(url) as string }] : []))

function teamOwners(team: unknown): OwnerSpec[] {
  const teamRecord = record(team)
  const teamName = text(teamRecord?.name)
  const people: OwnerSpec[] = records(teamRecord?.members ?? team).map((m) => {
    const role = text(m.role)?.toLowerCase() ?? ''
    const username = text(m.username) ?? text(m.name) ?? 'member'
    return {
      name: text(m.name) ?? username,
      ...(username.includes('@') ? { email: username } : {}),
      role: role.includes('owner') ? 'product-owner' : role.includes('steward') ? 'steward' : 'technical-owner',
      isTeam: false,
      ...(teamName ? { teamName } : {}),
    }
  })
  return teamName ? [{ name: teamName, role: 'product-owner', isTeam: true }, ...people] : people
}

/** Open Data Product Standard (Bitol) v0.9–v1.0: ports name the contracts they promise or read. */
export function mapOdpsBitol(doc: Json, url: string): ProductSpec {
  const id = text(doc.id) ?? url
  const description = record(doc.description)
  const ports: PortSpec[] = records(doc.outputPorts).map((p, i) => ({
    id: `${url}#${text(p.name) ?? i}@${text(p.version) ?? ''}`,
    name: [text(p.name) ?? `Port ${i + 1}`, text(p.version) && `v${text(p.version)}`].filter(Boolean).join(' '),
    type: portTypeOf(p.type),
    location: '',
    ...(text(p.description) ? { description: text(p.description) } : {}),
    columns: [],
    ...(text(p.contractId) ? { contractId: text(p.contractId) } : {}),
  }))
  return {
    standard: 'odps',
    url,
    id,
    name: text(doc.name) ?? id,
    title: text(doc.name) ?? id,
    description: paragraphs([[undefined, description?.purpose], ['Usage', description?.usage], ['Limitations', description?.limitations]]),
    domain: domainFrom(doc),
    status: text(doc.status),
    version: text(doc.version),
    tags: texts(doc.tags),
    owners: teamOwners(doc.team),
    ports,
    inputs: records(doc.inputPorts).map((p) => ({
      name: [text(p.name) ?? 'input', text(p.version) && `v${text(p.version)}`].filter(Boolean).join(' '),
      ...(text(p.contractId) ? { contractId: text(p.contractId) } : {}),
    })),
    slos: [],
    links: records(doc.authoritativeDefinitions).flatMap((d) => (text(d.url) ? [{ label: text(d.type) ?? 'Definition', url: text(d.url) as string }] : [])),
    kind: kindOf(customProperty(doc, 'kind', 'productKind', 'archetype')),
  }
}

/** Open Data Mesh DPDS 1.0: ports may be `$ref`s, resolved by the loader before mapping. */
export function mapDpds(doc: Json, url: string): ProductSpec {
  const info = record(doc.info) ?? {}
  const fqn = text(info.fullyQualifiedName)
  const id = fqn ?? text(info.name) ?? url
  const components = record(doc.interfaceComponents) ?? {}
  const ports: PortSpec[] = records(components.outputPorts).map((p, i) => {
    const promises = record(p.promises)
    const slo = text(record(promises?.slo)?.description)
    return {
      id: text(p.fullyQualifiedName) ?? `${id}#${text(p.name) ?? i}`,
      name: text(p.displayName) ?? text(p.name) ?? `Port ${i + 1}`,
      type: portTypeOf(text(promises?.serviceType) ?? text(record(promises?.api)?.specification)),
      location: text(promises?.platform) ?? '',
      ...(text(p.description) ? { description: paragraphs([[undefined, p.description], ['Promised service level', slo]]) } : {}),
      columns: [],
    }
  })
  const slos: Slo[] = records(components.outputPorts).flatMap((p) => {
    const slo = record(record(p.promises)?.slo)
    return slo && text(slo.description) ? [{ name: `${text(p.displayName) ?? text(p.name) ?? 'Port'} SLO`, objective: text(slo.description) as string, status: 'unknown' as const }] : []
  })
  const owner = record(info.owner)
  const ownerName = text(owner?.name) ?? text(owner?.id)
  return {
    standard: 'dpds',
    url,
    id,
    ...(fqn?.startsWith('urn:') ? { urn: fqn } : {}),
    name: text(info.name) ?? id,
    title: text(info.displayName) ?? text(info.name) ?? id,
    description: text(info.description) ?? '',
    domain: domainFrom(doc),
    version: text(info.version),
    tags: texts(info.tags),
    owners: ownerName ? [{ name: ownerName, ...(text(owner?.id)?.includes('@') ? { email: text(owner?.id) } : {}), role: 'product-owner', isTeam: false }] : [],
    ports,
    inputs: records(components.inputPorts).map((p): InputSpec => ({
      name: text(p.displayName) ?? text(p.name) ?? 'input',
      ...(text(p.fullyQualifiedName) ? { productRef: text(p.fullyQualifiedName) } : {}),
      ...(text(p.description) ? { description: text(p.description) } : {}),
    })),
    slos,
    links: [],
  }
}

/** ODPS 4 `license` (per language): what a user may do with the data and on what terms, as Markdown. */
function licenceTerms(license: unknown): string | undefined {
  const terms = entries(license)[0]?.[1]
  if (!terms) return undefined
  const scope = record(terms.scope) ?? {}
  const termination = record(terms.termination) ?? {}
  const governance = record(terms.governance) ?? {}
  const notice = text(termination.noticePeriod)
  const lines = [
    text(scope.definition),
    texts(scope.rights).length ? `Rights: ${texts(scope.rights).join(', ')}.` : undefined,
    text(scope.restrictions) && `Restrictions: ${text(scope.restrictions)}`,
    texts(scope.geographicalArea).length ? `Area: ${texts(scope.geographicalArea).join(', ')}.` : undefined,
    notice && `Notice period: ${notice} days.`,
    text(termination.terminationConditions) && `On termination: ${text(termination.terminationConditions)}`,
    text(governance.applicableLaws),
  ].filter((line): line is string => !!line)
  return lines.length ? lines.join('\n\n') : undefined
}

/** Open Data Product Specification 4.x (opendataproducts.org): details per language, SLA, data access and licence terms. */
export function mapOdps4(doc: Json, url: string): ProductSpec {
  const product = record(doc.product) ?? {}
  const details = entries(product.details)[0]?.[1] ?? {}
  const id = text(details.productID) ?? url
  const access = entries(product.dataAccess).map(([name, a]) => ({ name, a }))
  const contract = record(product.contract)
  const sla = [...records(record(product.SLA)?.declarative), ...records(record(doc.SLA)?.declarative)]
  return {
    standard: 'odps-4',
    url,
    id,
    name: text(details.name) ?? id,
    title: text(details.name) ?? id,
    description: paragraphs([
      [undefined, details.description],
      ['Value', details.valueProposition],
      ['Known issues', details.issues],
      ['Licence', licenceTerms(product.license)],
    ]),
    status: text(details.status),
    version: text(details.productVersion),
    tags: [...texts(details.tags), ...texts(details.categories)],
    owners: [],
    ports: access.map(({ name, a }) => ({
      id: `${url}#${name}`,
      name,
      type: portTypeOf(text(a.type) ?? name),
      location: text(a.specsURL) ?? text(a.documentationURL) ?? '',
      ...(text(a.format) ? { format: text(a.format) } : {}),
      ...(text(a.description) ? { description: text(a.description) } : {}),
      columns: [],
      ...(text(contract?.id) ? { contractId: text(contract?.id) } : {}),
    })),
    inputs: [],
    slos: sla.map((s) => ({ name: text(s.dimension) ?? 'SLA', objective: [text(s.objective), text(s.unit)].filter(Boolean).join(' ') || 'stated', status: 'unknown' as const })),
    links: [text(details.contentSample) && { label: 'Content sample', url: text(details.contentSample) as string }, text(contract?.contractURL) && { label: 'Data contract', url: text(contract?.contractURL) as string }].filter(
      (l): l is Link => !!l,
    ),
    kind: kindOf(details.type === 'dataset' ? undefined : details.type),
  }
}

/** Data Mesh Manager's Data Product Specification: output ports name the contract they promise. */
export function mapDmmProduct(doc: Json, url: string): ProductSpec {
  const info = record(doc.info) ?? {}
  const id = text(doc.id) ?? url
  const owner = text(info.owner)
  return {
    standard: 'data-product-specification',
    url,
    id,
    name: id,
    title: text(info.title) ?? id,
    description: text(info.description) ?? '',
    domain: domainFrom(doc),
    status: text(info.status),
    tags: texts(doc.tags),
    owners: owner ? [{ name: owner, role: 'product-owner', isTeam: true }] : [],
    ports: records(doc.outputPorts).map((p, i) => {
      const type = portTypeOf(p.type)
      const named = text(p.dataContractId) ?? text(p.contractId)
      return {
        id: text(p.id) ?? `${url}#${i}`,
        name: text(p.name) ?? text(p.id) ?? `Port ${i + 1}`,
        type,
        location: text(p.location) ?? '',
        // The descriptor's own word for a port Tessera has no type for.
        ...(text(p.format) ? { format: text(p.format) } : type === 'other' && text(p.type) ? { format: text(p.type) } : {}),
        ...(text(p.description) ? { description: text(p.description) } : {}),
        columns: [],
        // A port has a contract only when it names one; a contract with the port's id is joined when it is loaded.
        ...(named ? { contractId: named } : {}),
      }
    }),
    inputs: records(doc.inputPorts).map((p) => ({
      name: text(p.name) ?? text(p.id) ?? 'input',
      ...(text(p.sourceSystemId) ? { system: text(p.sourceSystemId) } : {}),
      ...(text(p.description) ? { description: text(p.description) } : {}),
    })),
    slos: [],
    links: linksOf(doc.links),
    kind: kindOf(info.archetype),
  }
}
