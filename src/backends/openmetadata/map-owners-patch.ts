import { NotFoundError, UnsupportedError } from '../errors'
import type { Owner } from '../../model/types'
import { ownersOf, refLabel } from './map-openmetadata'
import type { PatchOperation } from './openmetadata-client'
import type { WireRef } from './openmetadata-wire'

/**
 * Tessera's owners as OpenMetadata's: product owners are the entity's `owners` (users or teams),
 * stewards are a data product's `experts` (users). OpenMetadata has no technical owner, no
 * experts on tables, and owns an entity by several people or by one team (its "Multiple Users or
 * Single Team Ownership" rule), so an owners change it cannot hold is refused whole, before any write.
 */

export type OwnerType = 'user' | 'team'
export type OwnedEntityType = 'dataProduct' | 'table'

/** The OpenMetadata user or team a Tessera team or person id names (its name, or its id when it had none); `undefined` when there is none. */
export type OwnerDirectory = (type: OwnerType, key: string) => WireRef | undefined

export interface OwnedEntity {
  owners?: WireRef[] | null
  owner?: WireRef | null
  experts?: WireRef[] | null
}

interface Wanted {
  type: OwnerType
  key: string
}

const wantedOf = (owner: Owner): Wanted | undefined =>
  owner.personId !== undefined ? { type: 'user', key: owner.personId } : owner.teamId !== undefined ? { type: 'team', key: owner.teamId } : undefined

/** The users and teams `owners` name, for looking up the ones the entity does not already carry. */
export const ownersToResolve = (owners: readonly Owner[]): Wanted[] => owners.flatMap((o) => [wantedOf(o)].filter((w) => w !== undefined))

/** Why OpenMetadata cannot hold `owner` on this entity, or `undefined` when it can. */
function refusal(owner: Owner, entityType: OwnedEntityType, directory: OwnerDirectory): string | undefined {
  const wanted = wantedOf(owner)
  const who = wanted ? refLabel(directory(wanted.type, wanted.key) ?? { id: wanted.key, type: wanted.type }) : ''
  if (owner.personId !== undefined && owner.teamId !== undefined) {
    return `an owner who is both a person and a team (${who} for ${owner.teamId}): OpenMetadata names a person or a team, so record them as two owners`
  }
  if (owner.personId === undefined && owner.teamId === undefined) return 'an owner who names neither a team nor a person'
  if (owner.role === 'technical-owner') {
    const instead = entityType === 'dataProduct' ? 'a product owner (an OpenMetadata owner) or a steward (an OpenMetadata expert)' : 'a product owner (an OpenMetadata owner)'
    return `technical owners: OpenMetadata has owners and experts but no technical owner. Make ${who} ${instead}`
  }
  if (owner.role === 'steward' && entityType === 'table') {
    return `stewards of a table: OpenMetadata records experts on data products only. Make ${who} a product owner (an OpenMetadata owner)`
  }
  if (owner.role === 'steward' && owner.teamId !== undefined) {
    return `a team as steward (${who}): OpenMetadata’s experts are people. Name a person, or make the team a product owner`
  }
  return undefined
}

const refKeys = (ref: WireRef) => [ref.name, ref.fullyQualifiedName, ref.id].filter((k): k is string => typeof k === 'string')

function resolve(wanted: Wanted, directory: OwnerDirectory): { id: string; type: OwnerType } {
  const ref = directory(wanted.type, wanted.key)
  if (!ref) throw new NotFoundError(`${wanted.type === 'user' ? 'The person' : 'The team'} “${wanted.key}” in OpenMetadata`)
  return { id: ref.id, type: wanted.type }
}

const distinctRefs = (refs: readonly { id: string; type: OwnerType }[]) => [...new Map(refs.map((r) => [`${r.type}:${r.id}`, r])).values()]
const sameRefs = (current: readonly WireRef[], next: readonly { id: string; type: string }[]) => {
  const key = (r: { id: string; type: string }) => `${r.type}:${r.id}`
  const was = new Set(current.map(key))
  return was.size === new Set(next.map(key)).size && next.every((r) => was.has(key(r)))
}

/**
 * JSON Patch operations that give the entity `owners`: none when nothing changes, `owners` and
 * `experts` each replaced whole (as `{ id, type }` references; OpenMetadata fills in the rest).
 * Throws `UnsupportedError` for owners OpenMetadata cannot hold and `NotFoundError` for a user or
 * team it does not have; either way, before anything is written.
 */
export function ownerOperations(entity: OwnedEntity, entityType: OwnedEntityType, owners: readonly Owner[], directory: OwnerDirectory): PatchOperation[] {
  const refusals = [...new Set(owners.map((o) => refusal(o, entityType, directory)).filter((r): r is string => r !== undefined))]
  if (refusals.length) throw new UnsupportedError(refusals.join('; '))

  const productOwners = distinctRefs(owners.filter((o) => o.role === 'product-owner').map((o) => resolve(wantedOf(o)!, directory)))
  const teams = productOwners.filter((r) => r.type === 'team').length
  if (teams > 1 || (teams === 1 && productOwners.length > 1)) {
    throw new UnsupportedError('product owners mixing teams and people, or several teams: OpenMetadata lets several people or one team own an entity')
  }
  const experts = distinctRefs(owners.filter((o) => o.role === 'steward').map((o) => resolve(wantedOf(o)!, directory)))

  const operations: PatchOperation[] = []
  if (!sameRefs(ownersOf(entity), productOwners)) {
    if (entity.owner && !entity.owners) throw new UnsupportedError('changing owners on an OpenMetadata older than 1.5, which keeps a single `owner`')
    operations.push({ op: 'add', path: '/owners', value: productOwners })
  }
  if (entityType === 'dataProduct' && !sameRefs(entity.experts ?? [], experts)) operations.push({ op: 'add', path: '/experts', value: experts })
  return operations
}

/** A directory over references already at hand (the entity's own owners and experts, users and teams just looked up). */
export function ownerDirectory(refs: readonly WireRef[]): OwnerDirectory {
  return (type, key) => refs.find((ref) => ref.type === type && refKeys(ref).includes(key))
}
