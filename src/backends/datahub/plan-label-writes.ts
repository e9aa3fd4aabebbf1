import { UnsupportedError } from '../errors'
import type { Owner, OwnerRole } from '../../model/types'
import type { WireOwner } from './datahub-wire'
import { ownerRole } from './map-datahub'

/** DataHub's built-in ownership types, by the Tessera role they stand for. */
export const OWNERSHIP_TYPES: Record<OwnerRole, string> = {
  'product-owner': 'urn:li:ownershipType:__system__business_owner',
  'technical-owner': 'urn:li:ownershipType:__system__technical_owner',
  steward: 'urn:li:ownershipType:__system__data_steward',
}

export interface WireTagRef {
  tag: { urn: string; name: string; properties?: { name?: string | null } | null }
}

const displayName = (tag: WireTagRef['tag']) => tag.properties?.name ?? tag.name

/** Tags to attach (by name: they may not exist yet) and to detach (by the URN the product carries). */
export function planTags(current: readonly WireTagRef[], wanted: readonly string[]): { add: string[]; remove: string[] } {
  const names = [...new Set(wanted.map((t) => t.trim()).filter(Boolean))]
  const have = new Set(current.map((t) => displayName(t.tag)))
  return {
    add: names.filter((name) => !have.has(name)),
    remove: [...new Set(current.filter((t) => !names.includes(displayName(t.tag))).map((t) => t.tag.urn))],
  }
}

/** Names that can be a tag's id as they are; others get an id DataHub generates. */
export const isTagId = (name: string) => /^[\p{L}\p{N}_.-]+$/u.test(name)

/**
 * The URN of the tag called `name`, from DataHub's answer to FIND_TAG_QUERY: a tag whose name
 * matches exactly, else the tag whose id is the name; `undefined` when DataHub has no such tag.
 */
export function existingTagUrn(name: string, found: { exists: boolean; tags: readonly WireTagRef['tag'][] }): string | undefined {
  const byName = found.tags.find((t) => displayName(t) === name)
  if (byName) return byName.urn
  return found.exists && isTagId(name) ? `urn:li:tag:${name}` : undefined
}

export interface OwnerToAdd {
  ownerUrn: string
  ownerEntityType: 'CORP_USER' | 'CORP_GROUP'
  ownershipTypeUrn: string
}
export interface OwnerToRemove {
  ownerUrn: string
  ownershipTypeUrn?: string
}

function ownerUrn(owner: Owner): { urn: string; type: OwnerToAdd['ownerEntityType'] } {
  if (owner.teamId && owner.personId) throw new UnsupportedError('an owner who is a person acting for a team; add the person and the team separately')
  const urn = owner.teamId ?? owner.personId
  if (owner.teamId?.startsWith('urn:li:corpGroup:')) return { urn: owner.teamId, type: 'CORP_GROUP' }
  if (owner.personId?.startsWith('urn:li:corpuser:')) return { urn: owner.personId, type: 'CORP_USER' }
  throw new UnsupportedError(`owners that are not DataHub users or groups (${urn ?? 'nobody'})`)
}

const key = (urn: string, role: OwnerRole) => `${role} ${urn}`

/**
 * Owners to add and remove so that the product's owners become `wanted`. An owner counts as
 * the same when the party and the role match; one DataHub records under an ownership type
 * Tessera reads as that role is left alone, and one removed is removed under its own type.
 */
export function planOwners(current: readonly WireOwner[], wanted: readonly Owner[]): { add: OwnerToAdd[]; remove: OwnerToRemove[] } {
  const targets = new Map(wanted.map((o) => [o, ownerUrn(o)] as const))
  const wantedKeys = new Set(wanted.map((o) => key(targets.get(o)!.urn, o.role)))
  const currentKeys = new Set(current.map((o) => key(o.owner.urn, ownerRole(o))))
  const add: OwnerToAdd[] = []
  for (const owner of wanted) {
    const { urn, type } = targets.get(owner)!
    if (currentKeys.has(key(urn, owner.role)) || add.some((a) => a.ownerUrn === urn && a.ownershipTypeUrn === OWNERSHIP_TYPES[owner.role])) continue
    add.push({ ownerUrn: urn, ownerEntityType: type, ownershipTypeUrn: OWNERSHIP_TYPES[owner.role] })
  }
  const remove = current
    .filter((o) => !wantedKeys.has(key(o.owner.urn, ownerRole(o))))
    .map((o) => ({ ownerUrn: o.owner.urn, ...(o.ownershipType?.urn ? { ownershipTypeUrn: o.ownershipType.urn } : {}) }))
  return { add, remove }
}
