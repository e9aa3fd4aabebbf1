import type {
  ColumnLineage,
  ContractRef,
  DataProduct,
  InputPort,
  Lifecycle,
  OutputPort,
  Owner,
  ProductKind,
  Slo,
  SloStatus,
} from '../../model/types'
import { PEOPLE_PER_TEAM, type Organisation } from './generate-organisation'
import type { LineagePools } from './lineage-pools'
import type { Random } from './prng'
import type { SchemaPool } from './schema-pool'
import { buildPorts } from './synthetic-ports'
import { CADENCES, ENTITIES, EXTERNAL_SYSTEMS, GLOSSARY_TERMS, QUALIFIERS, TAGS } from './word-lists'

export interface ProductContext {
  random: Random
  organisation: Organisation
  schemas: SchemaPool
  /** Products generated so far, indexed by their position. */
  products: DataProduct[]
  pools: LineagePools
}

const YEAR_START = Date.UTC(2026, 0, 1)
const SECONDS_IN_YEAR = 365 * 24 * 3600

const EXTERNAL_INPUTS: readonly InputPort[] = EXTERNAL_SYSTEMS.map(([name, system]) =>
  Object.freeze({ kind: 'external' as const, name, system }),
)

const SLO_OBJECTIVES = {
  Freshness: 'Updated daily by 06:00 UTC',
  Completeness: 'At least 99.5% of expected rows',
  Availability: '99.9% available each month',
} as const
const SLO_NAMES = Object.keys(SLO_OBJECTIVES) as (keyof typeof SLO_OBJECTIVES)[]
const SLO_POOL = new Map<string, Slo>(
  SLO_NAMES.flatMap((name) =>
    (['met', 'breached', 'unknown'] as const).map((status): [string, Slo] => [
      `${name}:${status}`,
      Object.freeze({ name, objective: SLO_OBJECTIVES[name], status }),
    ]),
  ),
)

export function buildProduct(context: ProductContext, index: number, domainIndex: number, kind: ProductKind): DataProduct {
  const { random, organisation, schemas, products, pools } = context
  const domain = organisation.domains[domainIndex]
  if (!domain) throw new Error(`No domain at ${domainIndex}`)
  const entityIndex = random.int(ENTITIES.length)
  const [plural] = ENTITIES[entityIndex] as (typeof ENTITIES)[number]
  const qualifier = random.pick(QUALIFIERS[kind])
  const name = `${plural}_${qualifier}_${uniqueSuffix(index)}`
  const urn = `urn:tessera:product:${domain.id}.${name}`
  const version = `${random.between(1, 4)}.${random.int(10)}.${random.int(6)}`
  const owners = pickOwners(context, domainIndex)
  const outputPorts = buildPorts(random, kind, domain, name, schemas, entityIndex)
  const upstream = kind === 'source-aligned' ? [] : pickUpstream(context, domainIndex)
  const lifecycle = pickLifecycle(random)
  const replacement = lifecycle === 'deprecated' || lifecycle === 'retired' ? pools.pick(random, domainIndex, 1)[0] : undefined
  const contract = random.chance(0.5) ? attachContract(outputPorts, name, version) : undefined
  const lineage = upstream[0] && random.chance(0.15) ? columnLineage(outputPorts, upstream[0]) : undefined
  const updatedBy = owners[0]?.personId
  return {
    urn,
    name,
    title: `${capitalise(words(plural))} ${words(qualifier)} (${domain.name})`,
    domainId: domain.id,
    kind,
    lifecycle: lifecycle === 'draft' || replacement !== undefined ? lifecycle : 'active',
    ...(replacement === undefined ? {} : { replacedBy: (products[replacement] as DataProduct).urn }),
    description: random.chance(0.04) ? '' : describe(kind, entityIndex, random.int(CADENCES.length)),
    tags: pickTags(random),
    glossaryTerms: random.chance(0.4) ? [random.pick(GLOSSARY_TERMS)] : [],
    owners,
    outputPorts,
    inputPorts: upstream.length > 0 ? upstream.map(readProduct) : pickExternals(random),
    ...(contract === undefined ? {} : { contract }),
    slos: pickSlos(random),
    links: random.chance(0.6) ? [{ label: 'Repository', url: `https://git.acme.example/data/${domain.id}/${name}` }] : [],
    ...(lineage === undefined ? {} : { columnLineage: [lineage] }),
    version,
    revision: 1,
    updatedAt: new Date(YEAR_START + random.int(SECONDS_IN_YEAR) * 1000).toISOString().replace('.000Z', 'Z'),
    ...(updatedBy === undefined ? {} : { updatedBy }),
  }
}

function attachContract(outputPorts: OutputPort[], name: string, version: string): ContractRef | undefined {
  const port = outputPorts[0]
  if (!port) return undefined
  port.contractId = `${name}.contract`
  return { id: port.contractId, version, standard: 'odcs', outputPortId: port.id }
}

function pickUpstream({ random, pools, products }: ProductContext, domainIndex: number): DataProduct[] {
  return pools.pick(random, domainIndex, random.between(1, 4)).map((index) => products[index] as DataProduct)
}

/** A bijection on [0, 2^20) so neighbouring products get unrelated-looking suffixes; longer indices are used as they are. */
function uniqueSuffix(index: number): string {
  return index < 0x100000 ? (Math.imul(index, 0x9e3779b1) & 0xfffff).toString(16).padStart(5, '0') : index.toString(16)
}

function pickOwners({ random, organisation }: ProductContext, domainIndex: number): Owner[] {
  if (random.chance(0.03)) return []
  const { domains, teams, people } = organisation
  const teamIndex = domains[domainIndex]?.ownerTeamId === undefined ? random.int(teams.length) : domainIndex
  const team = teams[teamIndex]
  const productOwner = people[teamIndex * PEOPLE_PER_TEAM]
  if (!team || !productOwner) return []
  const owners: Owner[] = [
    { role: 'product-owner', personId: productOwner.id, teamId: team.id },
    { role: 'technical-owner', teamId: (teams[domains.length + domainIndex] ?? team).id },
  ]
  if (random.chance(0.3)) owners.push({ role: 'steward', personId: random.pick(people).id })
  return owners
}

function readProduct(upstream: DataProduct): InputPort {
  const port = upstream.outputPorts[0]
  return port ? { kind: 'product', productUrn: upstream.urn, outputPortId: port.id } : { kind: 'product', productUrn: upstream.urn }
}

function pickExternals(random: Random): InputPort[] {
  const first = random.pick(EXTERNAL_INPUTS)
  const second = random.chance(0.25) ? random.pick(EXTERNAL_INPUTS) : first
  return second === first ? [first] : [first, second]
}

function pickLifecycle(random: Random): Lifecycle {
  const roll = random.next()
  if (roll < 0.05) return 'draft'
  if (roll < 0.11) return 'deprecated'
  if (roll < 0.14) return 'retired'
  return 'active'
}

function pickSlos(random: Random): Slo[] {
  if (random.chance(0.15)) return []
  const count = random.between(1, 3)
  const start = random.int(SLO_NAMES.length)
  return Array.from({ length: count }, (_, offset) => {
    const roll = random.next()
    const status: SloStatus = roll < 0.8 ? 'met' : roll < 0.9 ? 'breached' : 'unknown'
    return SLO_POOL.get(`${SLO_NAMES[(start + offset) % SLO_NAMES.length]}:${status}`) as Slo
  })
}

function pickTags(random: Random): string[] {
  const tags: string[] = []
  for (let i = random.between(1, 3); i > 0; i--) {
    const tag = random.pick(TAGS)
    if (!tags.includes(tag)) tags.push(tag)
  }
  return tags
}

/** Links one column to the same-named column of the first input, where the two schemas share one. */
function columnLineage(outputPorts: OutputPort[], upstream: DataProduct): ColumnLineage | undefined {
  const port = outputPorts[0]
  const upstreamPort = upstream.outputPorts[0]
  if (!port || !upstreamPort) return undefined
  const upstreamNames = new Set(upstreamPort.columns.map((column) => column.name))
  const shared = port.columns.find((column) => upstreamNames.has(column.name))
  if (!shared) return undefined
  return {
    outputPortId: port.id,
    column: shared.name,
    from: [{ productUrn: upstream.urn, outputPortId: upstreamPort.id, column: shared.name }],
  }
}

const descriptions = new Map<string, string>()

/** Descriptions repeat across products, so they are built once and shared. */
function describe(kind: ProductKind, entityIndex: number, cadenceIndex: number): string {
  const key = `${kind}:${entityIndex}:${cadenceIndex}`
  const known = descriptions.get(key)
  if (known !== undefined) return known
  const [plural, singular] = ENTITIES[entityIndex] as (typeof ENTITIES)[number]
  const description = `${capitalise(kind)} data product for **${words(plural)}**.

- Grain: one row per ${words(singular)}
- Refreshed ${CADENCES[cadenceIndex]}`
  descriptions.set(key, description)
  return description
}

const words = (snake: string) => snake.replace(/_/g, ' ')
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
