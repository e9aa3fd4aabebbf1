import type { Domain, Person, Team, TeamMember } from '../../model/types'
import type { Random } from './prng'
import { BUSINESS_AREAS, FIRST_NAMES, LAST_NAMES, MEMBER_ROLES, REGIONS } from './word-lists'

export interface Organisation {
  domains: Domain[]
  teams: Team[]
  people: Person[]
}

export const PEOPLE_PER_TEAM = MEMBER_ROLES.length
const EMAIL_DOMAIN = 'acme.example'

export function generateOrganisation(random: Random, domainCount: number): Organisation {
  const domains = Array.from({ length: domainCount }, (_, index) => domainAt(index))
  nestSome(random, domains)
  const teams = Array.from({ length: Math.round(domainCount * 1.5) }, (_, index) => teamAt(index, domains))
  domains.forEach((domain, index) => {
    const team = teams[index]
    if (team && index % 25 !== 24) domain.ownerTeamId = team.id
  })
  const people = staffTeams(random, teams)
  return { domains, teams, people }
}

function domainAt(index: number): Domain {
  const area = BUSINESS_AREAS[index % BUSINESS_AREAS.length] as string
  const round = Math.floor(index / BUSINESS_AREAS.length)
  const region = REGIONS[round % REGIONS.length] as string
  const name = round < REGIONS.length ? `${area} ${region}` : `${area} ${region} ${round}`
  return { id: slug(name), name, description: `${area} data products for ${region}.` }
}

function nestSome(random: Random, domains: Domain[]): void {
  domains.forEach((domain, index) => {
    if (index < 2 || !random.chance(0.2)) return
    const candidate = domains[random.int(index)] as Domain
    domain.parentId = candidate.parentId ?? candidate.id
  })
}

function teamAt(index: number, domains: Domain[]): Team {
  const isPlatform = index >= domains.length
  const domain = domains[isPlatform ? index - domains.length : index] as Domain
  const id = `${domain.id}-${isPlatform ? 'platform' : 'data'}`
  return {
    id,
    name: `${domain.name} ${isPlatform ? 'Platform' : 'Data'}`,
    members: [],
    contacts: [
      { kind: 'chat', href: `https://chat.${EMAIL_DOMAIN}/#team-${id}`, label: `#team-${id}` },
      { kind: 'email', href: `mailto:${id}@${EMAIL_DOMAIN}` },
    ],
  }
}

/** Every team gets a product owner, a data engineer and an analytics engineer; some people also steward a second team. */
function staffTeams(random: Random, teams: Team[]): Person[] {
  const usedIds = new Set<string>()
  const people: Person[] = []
  for (let index = 0; index < teams.length * PEOPLE_PER_TEAM; index++) {
    const first = random.pick(FIRST_NAMES)
    const last = random.pick(LAST_NAMES)
    const baseId = slug(`${first} ${last}`)
    const id = usedIds.has(baseId) ? `${baseId}-${index}` : baseId
    usedIds.add(id)
    const primary = teams[Math.floor(index / PEOPLE_PER_TEAM)] as Team
    const role = MEMBER_ROLES[index % PEOPLE_PER_TEAM] as string
    const memberships: [Team, TeamMember][] = [[primary, { personId: id, role }]]
    const secondary = teams[(Math.floor(index / PEOPLE_PER_TEAM) + 1) % teams.length] as Team
    if (index % 10 === 0 && secondary !== primary) memberships.push([secondary, { personId: id, role: 'Data steward' }])
    for (const [team, member] of memberships) team.members.push(member)
    const email = `${id.replace(/-/g, '.')}@${EMAIL_DOMAIN}`
    people.push({
      id,
      name: `${first} ${last}`,
      email,
      title: role,
      contacts: [{ kind: 'email', href: `mailto:${email}` }],
      teamIds: memberships.map(([team]) => team.id),
    })
  }
  return people
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
