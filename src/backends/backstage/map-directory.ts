import type { ContactLink, Domain, Person, Team } from '../../model/types'
import type { BackstageEntity, GroupEntity, UserEntity } from './backstage-wire'
import type { EntityGraph } from './entity-graph'
import { kindOf, nameOf, type EntityRef } from './entity-ref'

/** Where products Backstage puts in no domain are listed. */
export const UNASSIGNED_DOMAIN = 'domain:tessera/unassigned'

const WEB = /^https?:\/\//i
export const webUrl = (url: string | undefined) => (url && WEB.test(url.trim()) ? url.trim() : undefined)

export const titleOf = (entity: BackstageEntity) => entity.metadata.title?.trim() || entity.metadata.name
/** A referenced entity's name when the catalogue holds it, else the name part of its reference. */
export const nameFor = (graph: EntityGraph, ref: EntityRef) => {
  const entity = graph.get(ref)
  return entity ? titleOf(entity) : nameOf(ref)
}

function contacts(entity: GroupEntity | UserEntity): ContactLink[] {
  const email = entity.spec?.profile?.email?.trim()
  const links = (entity.metadata.links ?? []).flatMap((l) => {
    const href = webUrl(l.url)
    return href ? [{ kind: 'web' as const, href, ...(l.title ? { label: l.title } : {}) }] : []
  })
  return [...(email ? [{ kind: 'email' as const, href: `mailto:${email}`, label: email }] : []), ...links]
}

/** Domain entities, nested through `subdomainOf`; a domain something names but Backstage lacks is added by name. */
export function mapDomains(graph: EntityGraph, referenced: Iterable<EntityRef>): Domain[] {
  const domains = new Map<EntityRef, Domain>()
  for (const [ref, entity] of graph.entities) {
    if (entity.kind !== 'Domain') continue
    const parent = graph.targets(ref, 'subdomainOf')[0]
    const team = graph.targets(ref, 'ownedBy').find((o) => kindOf(o) === 'group')
    domains.set(ref, {
      id: ref,
      name: titleOf(entity),
      ...(entity.metadata.description ? { description: entity.metadata.description } : {}),
      ...(parent ? { parentId: parent } : {}),
      ...(team ? { ownerTeamId: team } : {}),
    })
  }
  for (const ref of referenced) {
    if (domains.has(ref)) continue
    domains.set(
      ref,
      ref === UNASSIGNED_DOMAIN
        ? { id: ref, name: 'No domain', description: 'Data products Backstage places in no domain (through their system).' }
        : { id: ref, name: nameOf(ref), description: 'Named in Backstage, but the catalogue has no Domain entity for it.' },
    )
  }
  for (const domain of domains.values()) if (domain.parentId && !domains.has(domain.parentId)) delete domain.parentId
  return [...domains.values()]
}

export function mapTeams(graph: EntityGraph): Team[] {
  return [...graph.entities].flatMap(([ref, entity]) =>
    entity.kind === 'Group'
      ? [
          {
            id: ref,
            name: entity.spec.profile?.displayName?.trim() || titleOf(entity),
            ...(entity.metadata.description ? { description: entity.metadata.description } : {}),
            members: graph
              .sources(ref, 'memberOf')
              .filter((m) => kindOf(m) === 'user')
              .map((personId) => ({ personId, role: 'Member' })),
            contacts: contacts(entity),
          },
        ]
      : [],
  )
}

export function mapPeople(graph: EntityGraph): Person[] {
  return [...graph.entities].flatMap(([ref, entity]) => {
    if (entity.kind !== 'User') return []
    const email = entity.spec?.profile?.email?.trim()
    const person: Person = {
      id: ref,
      name: entity.spec?.profile?.displayName?.trim() || titleOf(entity),
      ...(email ? { email } : {}),
      contacts: contacts(entity),
      teamIds: graph.targets(ref, 'memberOf').filter((g) => kindOf(g) === 'group'),
    }
    return [person]
  })
}

