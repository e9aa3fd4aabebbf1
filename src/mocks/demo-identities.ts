import type { Identity } from '../backends/catalog-backend'
import { productsOwnedByPerson } from '../model/product-queries'
import type { DataProduct, Person, Team } from '../model/types'

/** People the demo offers in its "act as" switcher: an analyst, a product owner and a steward. */
export const DEMO_PERSONAS = ['sam-okafor', 'maya-chen', 'lena-fischer'] as const

const VISITOR: Identity = { personId: null, name: 'Visitor', description: 'Not signed in: can read, cannot edit' }

export function describeIdentity(personId: string | null, people: Person[], products: DataProduct[], teams: Team[]): Identity {
  const person = people.find((p) => p.id === personId)
  if (!person) return VISITOR
  const owned = productsOwnedByPerson(products, person.id, teams)
  const description = owned.length
    ? `${person.title ?? 'Owner'}: owns or stewards ${owned.length} product${owned.length === 1 ? '' : 's'}`
    : `${person.title ?? 'Analyst'}: reads, owns no product`
  return { personId: person.id, name: person.name, description }
}

export const demoIdentities = (people: Person[], products: DataProduct[], teams: Team[]): Identity[] => [
  VISITOR,
  ...DEMO_PERSONAS.filter((id) => people.some((p) => p.id === id)).map((id) => describeIdentity(id, people, products, teams)),
]
