import type { Owner, Person, Team } from '../../model/types'
import type { DbtOwner } from './manifest-schema'

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'owner'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Teams and people named as owners across the projects, each once. */
export class DbtOwnerDirectory {
  private readonly teams = new Map<string, Team>()
  private readonly people = new Map<string, Person>()

  /** A group or exposure owner (`owner: { name, email }`): dbt means a team, so it becomes one. */
  team(owner: DbtOwner | undefined): Owner | undefined {
    const emails = [owner?.email ?? []].flat().filter((e): e is string => typeof e === 'string' && e.length > 0)
    const name = owner?.name?.trim() || emails[0]
    if (!name) return undefined
    const id = `dbt-${slug(name)}`
    if (!this.teams.has(id)) {
      this.teams.set(id, {
        id,
        name,
        members: [],
        contacts: emails.map((email) => ({ kind: 'email' as const, label: email, href: `mailto:${email}` })),
      })
    }
    return { role: 'product-owner', teamId: id }
  }

  /** `meta: { owner: "ana@shop.example" }` (or a name, or a chat handle): a person. */
  person(value: unknown): Owner | undefined {
    if (typeof value !== 'string' || !value.trim()) return undefined
    const text = value.trim()
    const id = `dbt-${slug(text)}`
    if (!this.people.has(id)) {
      const email = EMAIL.test(text) ? text : undefined
      this.people.set(id, {
        id,
        name: email ? (email.split('@')[0] ?? email) : text,
        ...(email ? { email } : {}),
        contacts: email ? [{ kind: 'email', label: email, href: `mailto:${email}` }] : [],
        teamIds: [],
      })
    }
    return { role: 'product-owner', personId: id }
  }

  listTeams = (): Team[] => [...this.teams.values()]
  listPeople = (): Person[] => [...this.people.values()]
}
