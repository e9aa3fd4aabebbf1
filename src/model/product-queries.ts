/**
 * Small questions the UI asks about products and their owners, and the display labels of
 * the model's enumerations.
 */
import type { DataProduct, Lifecycle, OwnerRole, Person, ProductKind, Team } from './types'
import { OWNER_ROLES } from './types'

/** An owner of a product, resolved for display. */
export interface OwnerEntry {
  role: OwnerRole
  /** The ids as the product lists them, kept so an unresolved one can still be shown. */
  teamId?: string
  personId?: string
  team?: Team
  person?: Person
  /** True when a listed team or person id matches no known team or person. */
  unresolved: boolean
}

/**
 * Resolve a product's owners to teams and people, ordered product owner, technical owner,
 * steward (stable within a role). Unknown ids are kept, flagged `unresolved`, never dropped.
 */
export function productOwners(product: DataProduct, teams: readonly Team[], people: readonly Person[]): OwnerEntry[] {
  const teamById = new Map(teams.map((t) => [t.id, t]))
  const personById = new Map(people.map((p) => [p.id, p]))
  const entries = product.owners.map((owner): OwnerEntry => {
    const team = owner.teamId === undefined ? undefined : teamById.get(owner.teamId)
    const person = owner.personId === undefined ? undefined : personById.get(owner.personId)
    const entry: OwnerEntry = {
      role: owner.role,
      unresolved: (owner.teamId !== undefined && !team) || (owner.personId !== undefined && !person),
    }
    if (owner.teamId !== undefined) entry.teamId = owner.teamId
    if (owner.personId !== undefined) entry.personId = owner.personId
    if (team) entry.team = team
    if (person) entry.person = person
    return entry
  })
  return entries.sort((a, b) => roleRank(a.role) - roleRank(b.role))
}

/** Products listing `teamId` among their owners, in any role, in input order. */
export function productsOwnedByTeam(products: readonly DataProduct[], teamId: string): DataProduct[] {
  return products.filter((p) => p.owners.some((o) => o.teamId === teamId))
}

/** A product a person answers for, and how. */
export interface PersonProduct {
  product: DataProduct
  /** Distinct roles held, directly or through a team, in rank order. */
  roles: OwnerRole[]
  /** True when the person is listed by id among the owners. */
  direct: boolean
  /** Teams (from `teams`) through whose ownership the person holds a role, each once. */
  viaTeams: Team[]
}

/**
 * Products a person answers for, one entry per product, in input order: those listing the
 * person directly in `owners`, and — when `teams` is given — those owned by a team whose
 * `members` include the person.
 */
export function productsOwnedByPerson(
  products: readonly DataProduct[],
  personId: string,
  teams?: readonly Team[],
): PersonProduct[] {
  const memberOf = new Map<string, Team>()
  for (const team of teams ?? []) {
    if (team.members.some((m) => m.personId === personId)) memberOf.set(team.id, team)
  }
  const result: PersonProduct[] = []
  for (const product of products) {
    const roles = new Set<OwnerRole>()
    const viaTeams = new Set<Team>()
    let direct = false
    for (const owner of product.owners) {
      if (owner.personId === personId) {
        direct = true
        roles.add(owner.role)
      }
      const team = owner.teamId === undefined ? undefined : memberOf.get(owner.teamId)
      if (team) {
        viaTeams.add(team)
        roles.add(owner.role)
      }
    }
    if (roles.size > 0) {
      result.push({ product, roles: OWNER_ROLES.filter((r) => roles.has(r)), direct, viaTeams: [...viaTeams] })
    }
  }
  return result
}

/** Roles whose team members may edit; a steward team grants nothing to its members. */
const TEAM_EDIT_ROLES: ReadonlySet<OwnerRole> = new Set(['product-owner', 'technical-owner'])

/**
 * The ownership rule for editing documentation, enforced by the demo server and mirrored
 * by the UI: a person may edit when listed by id among the owners (any role, steward
 * included), or when `people` records them (`teamIds`) as a member of a team listed as
 * product owner or technical owner. No person (null, undefined, empty) may edit.
 */
export function canEdit(
  product: DataProduct,
  personId: string | null | undefined,
  people: readonly Person[],
): boolean {
  if (!personId) return false
  if (product.owners.some((o) => o.personId === personId)) return true
  const person = people.find((p) => p.id === personId)
  if (!person) return false
  const teamIds = new Set(person.teamIds)
  return product.owners.some((o) => o.teamId !== undefined && TEAM_EDIT_ROLES.has(o.role) && teamIds.has(o.teamId))
}

const ROLE_LABELS: Record<OwnerRole, string> = {
  'product-owner': 'Product owner',
  'technical-owner': 'Technical owner',
  steward: 'Steward',
}

const KIND_LABELS: Record<ProductKind, string> = {
  'source-aligned': 'Source-aligned',
  aggregate: 'Aggregate',
  'consumer-aligned': 'Consumer-aligned',
}

const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  draft: 'Draft',
  active: 'Active',
  deprecated: 'Deprecated',
  retired: 'Retired',
}

/** Display label of an owner role: 'Product owner', 'Technical owner', 'Steward'. */
export function roleLabel(role: OwnerRole): string {
  return ROLE_LABELS[role]
}

/** Display label of a product kind: 'Source-aligned', 'Aggregate', 'Consumer-aligned'. */
export function kindLabel(kind: ProductKind): string {
  return KIND_LABELS[kind]
}

/** Display label of a lifecycle stage: 'Draft', 'Active', 'Deprecated', 'Retired'. */
export function lifecycleLabel(lifecycle: Lifecycle): string {
  return LIFECYCLE_LABELS[lifecycle]
}

function roleRank(role: OwnerRole): number {
  return OWNER_ROLES.indexOf(role)
}
