import type { RecordIssue } from '../../model/types'
import { ENTITY_KINDS, entitySchemas, type BackstageEntity } from './backstage-wire'

const canonicalKind = new Map(ENTITY_KINDS.map((k) => [k.toLowerCase(), k]))

function refOf(raw: unknown, index: number): string {
  const entity = raw as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null
  const name = entity?.metadata?.name
  if (typeof name !== 'string' || !name) return `#${index + 1}`
  const kind = typeof entity?.kind === 'string' ? entity.kind.toLowerCase() : 'unknown'
  const namespace = typeof entity?.metadata?.namespace === 'string' ? entity.metadata.namespace : 'default'
  return `${kind}:${namespace}/${name}`.toLowerCase()
}

/**
 * Checks each entity Backstage sent against the shape Tessera reads. Kinds Tessera does not
 * map (Location, Template…) are passed over silently; malformed entities become issues.
 */
export function parseEntities(raw: readonly unknown[]): { entities: BackstageEntity[]; issues: RecordIssue[] } {
  const entities: BackstageEntity[] = []
  const issues: RecordIssue[] = []
  raw.forEach((item, i) => {
    const rawKind = (item as { kind?: unknown } | null)?.kind
    const kind = typeof rawKind === 'string' ? canonicalKind.get(rawKind.toLowerCase()) : undefined
    if (!kind) {
      if (typeof rawKind !== 'string') issues.push({ entity: 'entity', ref: refOf(item, i), message: 'kind: missing; not a Backstage entity' })
      return
    }
    const parsed = entitySchemas[kind].safeParse({ ...(item as object), kind })
    if (parsed.success) entities.push(parsed.data)
    else {
      issues.push({
        entity: kind.toLowerCase(),
        ref: refOf(item, i),
        message: parsed.error.issues.map((x) => `${x.path.join('.') || '(entity)'}: ${x.message}`).join('; '),
      })
    }
  })
  return { entities, issues }
}
