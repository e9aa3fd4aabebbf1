/**
 * What OpenMetadata does with `owners` and `experts` a patch sets, for the emulation: each
 * reference must name a user or team it has (by `id`, `type`), experts must be users, an entity is
 * owned by several users or by one team (the "Multiple Users or Single Team Ownership" rule), and
 * the stored references are filled in from the user or team (name, display name) whatever the
 * client sent.
 */

type Json = Record<string, unknown>
type Directory = Record<'user' | 'team', readonly Json[]>

export class OwnershipRefused extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

const FIELD_TYPES: Record<string, readonly ('user' | 'team')[]> = { owners: ['user', 'team'], experts: ['user'] }

function fullReference(field: string, item: unknown, directory: Directory): Json {
  const { id, type } = (item ?? {}) as { id?: unknown; type?: unknown }
  if (typeof id !== 'string' || typeof type !== 'string') throw new OwnershipRefused(400, `${field} must be entity references with an id and a type`)
  if (!(FIELD_TYPES[field] as readonly string[]).includes(type)) throw new OwnershipRefused(400, `Entity type ${type} can not be in ${field}`)
  const found = directory[type as 'user' | 'team'].find((e) => e.id === id)
  if (!found) throw new OwnershipRefused(404, `${type} instance for ${id} not found`)
  const name = String(found.name)
  return { id, type, name, fullyQualifiedName: String(found.fullyQualifiedName ?? name), ...(found.displayName ? { displayName: found.displayName } : {}), deleted: false }
}

/** `next` with its changed `owners` and `experts` checked and filled in; throws `OwnershipRefused` as the server would answer. */
export function resolveOwnership(before: Json, next: Json, directory: Directory): Json {
  const resolved = { ...next }
  for (const field of Object.keys(FIELD_TYPES)) {
    if (!(field in next) || JSON.stringify(before[field]) === JSON.stringify(next[field])) continue
    const value = next[field]
    if (value === null) continue
    if (!Array.isArray(value)) throw new OwnershipRefused(400, `${field} must be a list of entity references`)
    const references = value.map((item) => fullReference(field, item, directory))
    const teams = references.filter((o) => o.type === 'team').length
    if (field === 'owners' && (teams > 1 || (teams === 1 && references.length > 1))) {
      throw new OwnershipRefused(400, 'Rule [Multiple Users or Single Team Ownership] failed: an entity is owned by several users or by one team')
    }
    resolved[field] = references
  }
  return resolved
}
