import type { BackstageEntity } from './backstage-wire'
import { formatEntityRef, toEntityRef, type EntityRef } from './entity-ref'

/** Relation types Tessera follows, each from the side that names it in Backstage's docs. */
export type RelationType = 'ownedBy' | 'partOf' | 'dependsOn' | 'providesApi' | 'consumesApi' | 'memberOf' | 'subdomainOf'

/** Backstage stores each relation twice; the reverse name is read as the forward one. */
const REVERSE: Record<string, RelationType> = {
  ownerOf: 'ownedBy',
  hasPart: 'partOf',
  dependencyOf: 'dependsOn',
  apiProvidedBy: 'providesApi',
  apiConsumedBy: 'consumesApi',
  hasMember: 'memberOf',
  hasSubdomain: 'subdomainOf',
}
const FORWARD = new Set<string>(['ownedBy', 'partOf', 'dependsOn', 'providesApi', 'consumesApi', 'memberOf', 'subdomainOf'])

export const entityRef = (entity: BackstageEntity): EntityRef =>
  formatEntityRef({ kind: entity.kind, namespace: entity.metadata.namespace ?? 'default', name: entity.metadata.name })

type Implied = [RelationType, EntityRef | undefined]

/** The relations an entity's spec implies, as Backstage's own processor derives them. */
function specRelations(entity: BackstageEntity): Implied[] {
  const namespace = entity.metadata.namespace ?? 'default'
  const rel = (type: RelationType, value: string | undefined, kind: string): Implied[] => (value ? [[type, toEntityRef(value, { kind, namespace })]] : [])
  const many = (type: RelationType, values: readonly string[] | undefined, kind: string): Implied[] => (values ?? []).flatMap((v) => rel(type, v, kind))
  switch (entity.kind) {
    case 'Domain':
      return [...rel('ownedBy', entity.spec.owner, 'group'), ...rel('subdomainOf', entity.spec.subdomainOf, 'domain')]
    case 'System':
      return [...rel('ownedBy', entity.spec.owner, 'group'), ...rel('partOf', entity.spec.domain, 'domain')]
    case 'Component':
      return [
        ...rel('ownedBy', entity.spec.owner, 'group'),
        ...rel('partOf', entity.spec.system, 'system'),
        ...many('providesApi', entity.spec.providesApis, 'api'),
        ...many('consumesApi', entity.spec.consumesApis, 'api'),
        ...many('dependsOn', entity.spec.dependsOn, 'component'),
      ]
    case 'Resource':
      return [...rel('ownedBy', entity.spec.owner, 'group'), ...rel('partOf', entity.spec.system, 'system'), ...many('dependsOn', entity.spec.dependsOn, 'component')]
    case 'API':
      return [...rel('ownedBy', entity.spec.owner, 'group'), ...rel('partOf', entity.spec.system, 'system')]
    case 'Group':
      return []
    case 'User':
      return many('memberOf', entity.spec?.memberOf, 'group')
  }
}

/**
 * Every entity by reference and every relation between them, read from both the `relations`
 * Backstage computed and the spec fields they come from, so either alone is enough.
 */
export function buildEntityGraph(entities: readonly BackstageEntity[]) {
  const byRef = new Map<EntityRef, BackstageEntity>()
  const out = new Map<string, Set<EntityRef>>()
  const into = new Map<string, Set<EntityRef>>()
  const add = (from: EntityRef, type: RelationType, to: EntityRef | undefined) => {
    if (!to || from === to) return
    const key = `${type} ${from}`
    if (!out.has(key)) out.set(key, new Set())
    out.get(key)!.add(to)
    const back = `${type} ${to}`
    if (!into.has(back)) into.set(back, new Set())
    into.get(back)!.add(from)
  }
  for (const entity of entities) {
    const from = entityRef(entity)
    if (!byRef.has(from)) byRef.set(from, entity)
    for (const [type, to] of specRelations(entity)) add(from, type, to)
    if (entity.kind === 'Group') {
      const namespace = entity.metadata.namespace ?? 'default'
      for (const member of entity.spec.members ?? []) add(toEntityRef(member, { kind: 'user', namespace }) ?? '', 'memberOf', from)
    }
    for (const relation of entity.relations ?? []) {
      const target = toEntityRef(relation.targetRef, { kind: 'component' })
      if (FORWARD.has(relation.type)) add(from, relation.type as RelationType, target)
      else if (REVERSE[relation.type] && target) add(target, REVERSE[relation.type]!, from)
    }
  }
  return {
    entities: byRef,
    get: (ref: EntityRef) => byRef.get(ref),
    /** Targets of `from`'s relations of a type, e.g. what a component depends on. */
    targets: (from: EntityRef, type: RelationType): EntityRef[] => [...(out.get(`${type} ${from}`) ?? [])],
    /** Sources of relations of a type pointing at `to`, e.g. the parts of a system. */
    sources: (to: EntityRef, type: RelationType): EntityRef[] => [...(into.get(`${type} ${to}`) ?? [])],
  }
}

export type EntityGraph = ReturnType<typeof buildEntityGraph>
