import type { Domain, Person, Team } from '../../model/types'

/**
 * Domains, teams and people are the organisation's, not a backend's: the same id in two
 * backends is the same thing. The first backend's record wins; later ones fill its gaps.
 */
function mergeById<T extends { id: string }>(lists: readonly (readonly T[])[], combine: (first: T, later: T) => T): T[] {
  const merged = new Map<string, T>()
  for (const list of lists) {
    for (const item of list) {
      const seen = merged.get(item.id)
      merged.set(item.id, seen ? combine(seen, item) : item)
    }
  }
  return [...merged.values()]
}

const union = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string = String): T[] => {
  const keys = new Set(a.map(key))
  return [...a, ...b.filter((item) => !keys.has(key(item)))]
}

export const mergeDomains = (lists: readonly (readonly Domain[])[]): Domain[] => mergeById(lists, (first, later) => ({ ...later, ...first }))

export const mergeTeams = (lists: readonly (readonly Team[])[]): Team[] =>
  mergeById(lists, (first, later) => ({
    ...later,
    ...first,
    members: union(first.members, later.members, (m) => m.personId),
    contacts: union(first.contacts, later.contacts, (c) => c.href),
  }))

export const mergePeople = (lists: readonly (readonly Person[])[]): Person[] =>
  mergeById(lists, (first, later) => ({
    ...later,
    ...first,
    teamIds: union(first.teamIds, later.teamIds),
    contacts: union(first.contacts, later.contacts, (c) => c.href),
  }))
