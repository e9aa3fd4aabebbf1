import type { SourceProblem } from '../catalog-backend'
import type { Catalog, ContractRef, DataProduct, Domain, InputPort, OutputPort, Owner, Person, Team, Urn } from '../../model/types'
import type { AgreementSpec, ContractSpec, OwnerSpec, PortSpec, ProductSpec } from './file-model'
import { inForce } from './map-agreement'
import { lifecycleOf, slug } from './read-values'

export interface Assembly {
  catalog: Catalog
  /** Per file: what it contributed, and problems found while joining files (duplicates). */
  byFile: Map<string, { summary: string; problems: SourceProblem[] }>
}

const UNASSIGNED: Domain = { id: 'unassigned', name: 'No domain given', description: 'Products whose contract or descriptor names no domain.' }

class Directory {
  readonly teams = new Map<string, Team>()
  readonly people = new Map<string, Person>()
  owner(spec: OwnerSpec): Owner {
    if (spec.isTeam) {
      const id = `contracts-team-${slug(spec.name)}`
      if (!this.teams.has(id)) this.teams.set(id, { id, name: spec.name, members: [], contacts: [] })
      return { role: spec.role, teamId: id }
    }
    const id = `contracts-person-${slug(spec.email ?? spec.name)}`
    const teamId = spec.teamName ? `contracts-team-${slug(spec.teamName)}` : undefined
    if (!this.people.has(id)) {
      this.people.set(id, {
        id,
        name: spec.name,
        ...(spec.email ? { email: spec.email } : {}),
        contacts: spec.email ? [{ kind: 'email', label: spec.email, href: `mailto:${spec.email}` }] : [],
        teamIds: teamId ? [teamId] : [],
      })
      const team = teamId ? this.teams.get(teamId) : undefined
      if (team && !team.members.some((m) => m.personId === id)) team.members.push({ personId: id, role: spec.role })
    }
    return { role: spec.role, personId: id, ...(teamId ? { teamId } : {}) }
  }
  owners(specs: OwnerSpec[]): Owner[] {
    // Teams first, so people can join them.
    return [...specs].sort((a, b) => Number(b.isTeam) - Number(a.isTeam)).map((s) => this.owner(s))
  }
}

const toPort = ({ id, name, type, location, format, description, accessInstructions, columns, contractId }: PortSpec): OutputPort => ({
  id,
  name,
  type,
  location,
  columns,
  ...(format ? { format } : {}),
  ...(description ? { description } : {}),
  ...(accessInstructions ? { accessInstructions } : {}),
  ...(contractId ? { contractId } : {}),
})

const contractRef = (c: ContractSpec, outputPortId: string | undefined): ContractRef => ({
  id: c.id,
  version: c.version,
  standard: c.standard === 'odcs' ? 'ODCS' : 'Data Contract Specification',
  url: c.url,
  ...(outputPortId ? { outputPortId } : {}),
  terms: c.terms,
  raw: c.raw,
})

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Joins descriptors and contracts into products. A contract attaches to the descriptor port that
 * names it (by contract id), else to the product its `dataProduct` names, else it stands as a
 * product of its own (contracts naming the same data product and domain share one).
 */
export function assembleCatalog(products: ProductSpec[], contracts: ContractSpec[], agreements: AgreementSpec[] = [], now = new Date().toISOString()): Assembly {
  const directory = new Directory()
  const domains = new Map<string, Domain>()
  const byUrn = new Map<Urn, DataProduct>()
  const byFile = new Map<string, { summary: string; problems: SourceProblem[] }>()
  const productRefs = new Map<string, Urn>()
  /** Per contract id: the ports that promise it (several ports may share one contract). */
  const contractPorts = new Map<string, { urn: Urn; portIds: string[] }>()
  /** Ports naming no contract, by id: Data Mesh Manager gives a port's contract the port's id. */
  const unnamedPorts = new Map<string, { urn: Urn; portId: string }>()
  const inputsOf = new Map<Urn, ProductSpec['inputs']>()
  const kindStated = new Set<Urn>()

  const domainOf = (name: string | undefined): string => {
    if (!name) {
      domains.set(UNASSIGNED.id, UNASSIGNED)
      return UNASSIGNED.id
    }
    const id = slug(name)
    if (!domains.has(id)) domains.set(id, { id, name })
    return id
  }
  const note = (url: string, summary: string, problem?: SourceProblem) => {
    const entry = byFile.get(url) ?? { summary: '', problems: [] }
    entry.summary = entry.summary ? `${entry.summary} ${summary}` : summary
    if (problem) entry.problems.push(problem)
    byFile.set(url, entry)
  }

  for (const spec of products) {
    const domainId = domainOf(spec.domain)
    const urn = spec.urn ?? `urn:tessera:product:contracts.${domainId}.${slug(spec.id)}`
    const existing = byUrn.get(urn)
    if (existing) {
      note(spec.url, 'Not used.', { severity: 'error', message: `Another file already describes the product ${urn}; this one was skipped.` })
      continue
    }
    byUrn.set(urn, {
      urn,
      ...(spec.id && spec.id !== urn ? { ids: [spec.id] } : {}),
      name: spec.name,
      title: spec.title,
      domainId,
      kind: spec.kind ?? 'source-aligned',
      lifecycle: lifecycleOf(spec.status),
      description: spec.description,
      tags: spec.tags,
      glossaryTerms: [],
      owners: directory.owners(spec.owners),
      outputPorts: spec.ports.map(toPort),
      inputPorts: [],
      slos: spec.slos,
      links: spec.links,
      ...(spec.version ? { version: spec.version } : {}),
      revision: 1,
      updatedAt: spec.updatedAt ?? now,
    })
    inputsOf.set(urn, spec.inputs)
    if (spec.kind) kindStated.add(urn)
    for (const key of [spec.id, spec.name, urn]) productRefs.set(key.toLowerCase(), urn)
    for (const port of spec.ports) {
      if (port.contractId) {
        const entry = contractPorts.get(port.contractId)
        if (!entry) contractPorts.set(port.contractId, { urn, portIds: [port.id] })
        else if (entry.urn === urn) entry.portIds.push(port.id)
      } else if (!unnamedPorts.has(port.id)) unnamedPorts.set(port.id, { urn, portId: port.id })
      productRefs.set(port.id.toLowerCase(), urn)
    }
    note(spec.url, `${spec.title}: ${plural(spec.ports.length, 'output port')}, ${plural(spec.inputs.length, 'input port')}.`)
  }

  const attachedContracts = new Set<string>()
  for (const contract of contracts) {
    const duplicate = attachedContracts.has(`${contract.id}@${contract.version}`)
    attachedContracts.add(`${contract.id}@${contract.version}`)
    const byPortId = contractPorts.has(contract.id) ? undefined : unnamedPorts.get(contract.id)
    const named = contractPorts.get(contract.id) ?? (byPortId ? { urn: byPortId.urn, portIds: [byPortId.portId] } : undefined)
    const target = named ? byUrn.get(named.urn) : contract.dataProduct ? byUrn.get(productRefs.get(contract.dataProduct.toLowerCase()) ?? '') : undefined
    let product = target
    if (!product) {
      const domainId = domainOf(contract.domain)
      const name = contract.dataProduct ?? contract.id
      const urn = `urn:tessera:product:contracts.${domainId}.${slug(name)}`
      product = byUrn.get(urn)
      if (!product) {
        product = {
          urn,
          name,
          title: contract.dataProduct ?? contract.title,
          domainId,
          kind: contract.kind ?? 'source-aligned',
          lifecycle: lifecycleOf(contract.status),
          description: contract.description,
          tags: contract.tags,
          glossaryTerms: [],
          owners: directory.owners(contract.owners),
          outputPorts: [],
          inputPorts: [],
          slos: contract.slos,
          links: contract.links,
          version: contract.version,
          revision: 1,
          updatedAt: contract.updatedAt ?? now,
        }
        byUrn.set(urn, product)
        productRefs.set(name.toLowerCase(), urn)
      }
    }
    const owner = product
    const ports = contract.ports.map(toPort)
    const namedPorts = named && owner.urn === named.urn ? owner.outputPorts.filter((p) => named.portIds.includes(p.id)) : []
    if (namedPorts.length && ports[0]) {
      // The descriptor's ports are the ones the contract promises: each gains the contract's schema.
      const [first, ...rest] = ports
      for (const namedPort of namedPorts) {
        Object.assign(namedPort, {
          columns: namedPort.columns.length ? namedPort.columns : first.columns,
          location: namedPort.location || first.location,
          format: namedPort.format ?? first.format,
          accessInstructions: namedPort.accessInstructions ?? first.accessInstructions,
          contractId: contract.id,
        })
      }
      owner.outputPorts.push(...rest)
    } else {
      for (const namedPort of namedPorts) namedPort.contractId = contract.id
      owner.outputPorts.push(...ports)
    }
    const ref = contractRef(contract, namedPorts[0]?.id ?? ports[0]?.id)
    owner.contract ??= ref
    if (owner.contract !== ref) owner.contracts = [...(owner.contracts ?? [owner.contract]), ref]
    if (!owner.slos.length) owner.slos = contract.slos
    if (!owner.owners.length) owner.owners = directory.owners(contract.owners)
    if (!owner.description) owner.description = contract.description
    if (!contractPorts.has(contract.id)) {
      const portIds = namedPorts.length ? namedPorts.map((p) => p.id) : ports.map((p) => p.id)
      if (portIds.length) contractPorts.set(contract.id, { urn: owner.urn, portIds })
    }
    const served = namedPorts.length ? namedPorts.length + Math.max(ports.length - 1, 0) : ports.length
    note(
      contract.url,
      `Contract ${contract.id} v${contract.version} on “${owner.title}”: ${plural(served, 'output port')}, ${plural(contract.terms.qualityChecks?.length ?? 0, 'quality rule')}, ${plural(contract.slos.length, 'service level')}.`,
      duplicate ? { severity: 'warning', message: `Another file has the same contract id and version (${contract.id} v${contract.version}).` } : undefined,
    )
  }

  for (const [urn, inputs] of inputsOf) {
    const product = byUrn.get(urn)
    if (!product) continue
    product.inputPorts = inputs.map((input): InputPort => {
      const byContract = input.contractId ? contractPorts.get(input.contractId) : undefined
      if (byContract && byContract.urn !== urn) return { kind: 'product', productUrn: byContract.urn, outputPortId: byContract.portIds[0] }
      const byRef = input.productRef ? productRefs.get(input.productRef.toLowerCase()) : undefined
      if (byRef && byRef !== urn) return { kind: 'product', productUrn: byRef, ...(input.description ? { description: input.description } : {}) }
      return {
        kind: 'external',
        name: input.name,
        system: input.system ?? (input.contractId ? `contract ${input.contractId}, not loaded` : 'not described in these files'),
        ...(input.description ? { description: input.description } : {}),
      }
    })
    // Without a stated kind: reading other products makes it an aggregate.
    if (!kindStated.has(urn) && product.inputPorts.some((i) => i.kind === 'product')) product.kind = 'aggregate'
  }

  for (const agreement of agreements) {
    const consumer = agreement.consumer.productId ? byUrn.get(productRefs.get(agreement.consumer.productId.toLowerCase()) ?? '') : undefined
    const byContract = agreement.provider.contractId ? contractPorts.get(agreement.provider.contractId) : undefined
    const providerUrn = (agreement.provider.productId ? productRefs.get(agreement.provider.productId.toLowerCase()) : undefined) ?? byContract?.urn
    const provider = providerUrn ? byUrn.get(providerUrn) : undefined
    const portId = provider?.outputPorts.find((p) => p.id === agreement.provider.portId)?.id ?? (byContract?.urn === providerUrn ? byContract?.portIds[0] : undefined)
    const between = `${agreement.consumer.productId ?? agreement.consumer.teamId ?? 'someone'} reads ${agreement.provider.productId ?? agreement.provider.contractId ?? 'an unnamed product'}`
    if (!inForce(agreement)) {
      note(agreement.url, `Agreement ${agreement.id} (${between}) is not in force (${agreement.status ?? 'inactive'}): not drawn as lineage.`)
      continue
    }
    if (!consumer || !provider) {
      const missing = !provider ? `the provider ${agreement.provider.productId ?? agreement.provider.contractId ?? '(none named)'}` : `the consumer ${agreement.consumer.productId ?? '(no product named)'}`
      note(agreement.url, `Agreement ${agreement.id} (${between}).`, { severity: 'warning', message: `No loaded file describes ${missing}, so this agreement is not drawn.` })
      continue
    }
    const already = consumer.inputPorts.some((i) => i.kind === 'product' && i.productUrn === provider.urn && (i.outputPortId === undefined || portId === undefined || i.outputPortId === portId))
    if (!already && consumer.urn !== provider.urn) {
      const purpose = agreement.purpose ? `: ${agreement.purpose}` : ''
      consumer.inputPorts.push({ kind: 'product', productUrn: provider.urn, ...(portId ? { outputPortId: portId } : {}), description: `Data usage agreement ${agreement.id}${purpose}` })
      if (!kindStated.has(consumer.urn)) consumer.kind = 'aggregate'
    }
    note(agreement.url, `Agreement ${agreement.id}: “${consumer.title}” reads “${provider.title}”${portId ? ` through ${portId}` : ''}.`)
  }

  return {
    catalog: {
      domains: [...domains.values()],
      teams: [...directory.teams.values()],
      people: [...directory.people.values()],
      products: [...byUrn.values()],
      issues: [],
    },
    byFile,
  }
}
