import {
  PRODUCT_KINDS,
  type Column,
  type Domain,
  type Lifecycle,
  type OutputPort,
  type Owner,
  type Person,
  type ProductKind,
  type Team,
} from '../../model/types'
import type { WireColumn, WireDomain, WireRef, WireTable, WireTagLabel, WireTeam, WireUser } from './openmetadata-wire'

export const UNASSIGNED_DOMAIN = 'openmetadata:unassigned'

/** Tessera products carry integer revisions; OpenMetadata versions go 0.1, 0.2 … 1.0, 1.1. */
export const toRevision = (version: number | null | undefined) => Math.round((version ?? 0.1) * 10)
export const toVersion = (revision: number) => revision / 10

/** Splits an FQN or field path on dots outside quotes: `table."a.b".c` → table, a.b, c. */
export function splitFqn(path: string): string[] {
  const parts: string[] = []
  let current = ''
  let quoted = false
  for (const char of path) {
    if (char === '"') quoted = !quoted
    else if (char === '.' && !quoted) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  return parts
}

export const refKey = (ref: WireRef) => ref.fullyQualifiedName ?? ref.name ?? ref.id
export const refLabel = (ref: WireRef) => ref.displayName ?? ref.name ?? ref.fullyQualifiedName ?? ref.id

/** Classification tags become tags, glossary terms become glossary terms. */
export function splitLabels(labels: readonly WireTagLabel[] | null | undefined): { tags: string[]; glossaryTerms: string[] } {
  const tags: string[] = []
  const glossaryTerms: string[] = []
  for (const label of labels ?? []) (label.source === 'Glossary' ? glossaryTerms : tags).push(label.tagFQN)
  return { tags, glossaryTerms }
}

export function mapOwners(owners: readonly WireRef[], experts: readonly WireRef[] = []): Owner[] {
  const owned: Owner[] = owners.flatMap((o): Owner[] => {
    if (o.type === 'team') return [{ role: 'product-owner', teamId: o.name ?? o.id }]
    if (o.type === 'user') return [{ role: 'product-owner', personId: o.name ?? o.id }]
    return []
  })
  return [...owned, ...experts.filter((e) => e.type === 'user').map((e): Owner => ({ role: 'steward', personId: e.name ?? e.id }))]
}

export const ownersOf = (entity: { owners?: WireRef[] | null; owner?: WireRef | null }): WireRef[] => entity.owners ?? (entity.owner ? [entity.owner] : [])
export const domainOf = (entity: { domains?: WireRef[] | null; domain?: WireRef | null }): WireRef | undefined => entity.domains?.[0] ?? entity.domain ?? undefined

/** OpenMetadata types a domain Source-aligned, Consumer-aligned or Aggregate: Tessera reads that as its products' kind. */
export function kindOfDomainType(domainType: string | null | undefined): ProductKind | undefined {
  const kind = domainType?.toLowerCase()
  return (PRODUCT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ProductKind) : undefined
}

export function mapDomain(domain: WireDomain): Domain {
  const team = ownersOf(domain).find((o) => o.type === 'team')
  return {
    id: domain.fullyQualifiedName ?? domain.name,
    name: domain.displayName ?? domain.name,
    ...(domain.description ? { description: domain.description } : {}),
    ...(domain.parent ? { parentId: refKey(domain.parent) } : {}),
    ...(team ? { ownerTeamId: team.name ?? team.id } : {}),
  }
}

export function mapTeam(team: WireTeam): Team {
  return {
    id: team.name,
    name: team.displayName ?? team.name,
    ...(team.description ? { description: team.description } : {}),
    members: (team.users ?? []).map((u) => ({ personId: u.name ?? u.id, role: 'member' })),
    contacts: team.email ? [{ kind: 'email', label: team.email, href: `mailto:${team.email}` }] : [],
  }
}

export function mapUser(user: WireUser): Person {
  return {
    id: user.name,
    name: user.displayName ?? user.name,
    ...(user.email ? { email: user.email } : {}),
    contacts: user.email ? [{ kind: 'email', label: user.email, href: `mailto:${user.email}` }] : [],
    teamIds: (user.teams ?? []).map((t) => t.name ?? t.id),
  }
}

const LIFECYCLE_BY_STAGE: Record<string, Lifecycle> = {
  IDEATION: 'draft',
  DESIGN: 'draft',
  DEVELOPMENT: 'draft',
  TESTING: 'draft',
  PRODUCTION: 'active',
  DEPRECATED: 'deprecated',
  RETIRED: 'retired',
}
export const lifecycleOfStage = (stage: string | null | undefined): Lifecycle => LIFECYCLE_BY_STAGE[stage ?? ''] ?? 'active'
/** Tessera's lifecycle filter in OpenMetadata's stages. */
export const stagesOfLifecycle = (lifecycle: string) => Object.keys(LIFECYCLE_BY_STAGE).filter((s) => LIFECYCLE_BY_STAGE[s] === lifecycle)

export function mapColumns(columns: readonly WireColumn[]): Column[] {
  return columns.map((column) => {
    const { tags, glossaryTerms } = splitLabels(column.tags)
    const pii = tags.includes('PII.Sensitive')
    const labels = [...tags, ...glossaryTerms]
    return {
      name: column.name,
      type: column.dataTypeDisplay ?? column.dataType ?? 'unknown',
      ...(column.description ? { description: column.description } : {}),
      ...(column.constraint === 'NOT_NULL' || column.constraint === 'PRIMARY_KEY' ? { required: true } : {}),
      ...(pii ? { pii: true, classification: 'confidential' as const } : {}),
      ...(labels.length ? { tags: labels } : {}),
      ...(column.children?.length ? { fields: mapColumns(column.children) } : {}),
    }
  })
}

/** A table as one of a product's output ports; its id is the table's FQN, which column edits address. */
export function mapTablePort(table: WireTable): OutputPort {
  const view = /view/i.test(table.tableType ?? '')
  return {
    id: table.fullyQualifiedName,
    name: table.displayName ?? table.name,
    type: view ? 'view' : 'table',
    location: table.fullyQualifiedName,
    ...(table.serviceType ? { format: table.serviceType } : {}),
    ...(table.description ? { description: table.description } : {}),
    columns: mapColumns(table.columns ?? []),
  }
}
