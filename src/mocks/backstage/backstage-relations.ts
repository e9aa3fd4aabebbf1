/**
 * Relations as Backstage's catalog computes them from spec fields, both directions,
 * written on each entity's `relations` (the emulated server's job, not the adapter's).
 */
type Entity = { kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, unknown>; relations?: { type: string; targetRef: string }[] }

const SPEC_RELATIONS: { field: string; kind: string; type: string; reverse: string; kinds?: string[] }[] = [
  { field: 'owner', kind: 'group', type: 'ownedBy', reverse: 'ownerOf' },
  { field: 'system', kind: 'system', type: 'partOf', reverse: 'hasPart' },
  { field: 'domain', kind: 'domain', type: 'partOf', reverse: 'hasPart' },
  { field: 'subdomainOf', kind: 'domain', type: 'subdomainOf', reverse: 'hasSubdomain' },
  { field: 'providesApis', kind: 'api', type: 'providesApi', reverse: 'apiProvidedBy' },
  { field: 'consumesApis', kind: 'api', type: 'consumesApi', reverse: 'apiConsumedBy' },
  { field: 'dependsOn', kind: 'component', type: 'dependsOn', reverse: 'dependencyOf' },
  { field: 'memberOf', kind: 'group', type: 'memberOf', reverse: 'hasMember' },
  { field: 'members', kind: 'user', type: 'hasMember', reverse: 'memberOf' },
  { field: 'parent', kind: 'group', type: 'childOf', reverse: 'parentOf' },
]

function fullRef(value: string, kind: string, namespace: string): string {
  const [k, rest] = value.includes(':') ? [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)] : [kind, value]
  return (rest.includes('/') ? `${k}:${rest}` : `${k}:${namespace}/${rest}`).toLowerCase()
}

export const refOf = (e: Entity) => `${e.kind}:${e.metadata.namespace ?? 'default'}/${e.metadata.name}`.toLowerCase()

export function withRelations<T extends Entity>(entities: T[]): T[] {
  const byRef = new Map(entities.map((e) => [refOf(e), { ...e, relations: [] as { type: string; targetRef: string }[] }]))
  const add = (from: string, type: string, to: string) => {
    const relations = byRef.get(from)?.relations
    if (relations && !relations.some((r) => r.type === type && r.targetRef === to)) relations.push({ type, targetRef: to })
  }
  for (const e of entities) {
    const from = refOf(e)
    for (const { field, kind, type, reverse } of SPEC_RELATIONS) {
      const value = e.spec?.[field]
      for (const target of Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) {
        if (typeof target !== 'string') continue
        const to = fullRef(target, kind, e.metadata.namespace ?? 'default')
        add(from, type, to)
        add(to, reverse, from)
      }
    }
  }
  return [...byRef.values()] as T[]
}
