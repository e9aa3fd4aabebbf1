import { UnsupportedError } from '../errors'
import type { WireOwner } from './datahub-wire'
import { existingTagUrn, OWNERSHIP_TYPES, planOwners, planTags } from './plan-label-writes'

const tag = (urn: string, name?: string) => ({ tag: { urn, name: urn.slice('urn:li:tag:'.length), properties: name ? { name } : null } })
const JANE = 'urn:li:corpuser:jdoe'
const TEAM = 'urn:li:corpGroup:commerce-data'
const owner = (urn: string, typeName: string | null, typeUrn = `urn:li:ownershipType:${typeName}`): WireOwner => ({
  owner: { urn },
  ownershipType: typeName === null ? null : { urn: typeUrn, info: { name: typeName } },
})

describe('planTags', () => {
  it('adds new names and removes dropped tags by the URN the product carries, matching on the name people see', () => {
    const current = [tag('urn:li:tag:gold'), tag('urn:li:tag:5b0f', 'Needs review')]
    expect(planTags(current, ['gold', ' pii ', 'pii', ''])).toEqual({ add: ['pii'], remove: ['urn:li:tag:5b0f'] })
    expect(planTags(current, ['Needs review', 'gold'])).toEqual({ add: [], remove: [] })
  })
})

describe('existingTagUrn', () => {
  it('prefers a tag whose name matches, then the tag whose id is the name, else none', () => {
    const found = [{ urn: 'urn:li:tag:5b0f', name: '5b0f', properties: { name: 'Needs review' } }]
    expect(existingTagUrn('Needs review', { exists: false, tags: found })).toBe('urn:li:tag:5b0f')
    expect(existingTagUrn('pii', { exists: true, tags: found })).toBe('urn:li:tag:pii')
    expect(existingTagUrn('pii', { exists: false, tags: found })).toBeUndefined()
    expect(existingTagUrn('needs (review)', { exists: true, tags: [] })).toBeUndefined()
  })
})

describe('planOwners', () => {
  const current = [owner(TEAM, 'Business Owner', OWNERSHIP_TYPES['product-owner']), owner(JANE, 'Technical Owner', OWNERSHIP_TYPES['technical-owner'])]

  it('changes nothing when the owners are the same', () => {
    expect(planOwners(current, [{ role: 'product-owner', teamId: TEAM }, { role: 'technical-owner', personId: JANE }])).toEqual({ add: [], remove: [] })
  })

  it('removes a dropped owner under its own type and adds a new one under DataHub’s type for the role', () => {
    const plan = planOwners(current, [{ role: 'product-owner', teamId: TEAM }, { role: 'steward', personId: JANE }, { role: 'steward', personId: JANE }])
    expect(plan).toEqual({
      remove: [{ ownerUrn: JANE, ownershipTypeUrn: OWNERSHIP_TYPES['technical-owner'] }],
      add: [{ ownerUrn: JANE, ownerEntityType: 'CORP_USER', ownershipTypeUrn: 'urn:li:ownershipType:__system__data_steward' }],
    })
  })

  it('leaves an owner of a custom type Tessera reads as the same role alone, and removes an untyped one under every type', () => {
    const custom = [owner(TEAM, 'Producer', 'urn:li:ownershipType:producer'), owner(JANE, null)]
    expect(planOwners(custom, [{ role: 'product-owner', teamId: TEAM }])).toEqual({ add: [], remove: [{ ownerUrn: JANE }] })
  })

  it('refuses owners DataHub cannot record, before anything is written', () => {
    expect(() => planOwners(current, [{ role: 'steward', teamId: TEAM, personId: JANE }])).toThrow(UnsupportedError)
    expect(() => planOwners(current, [{ role: 'steward', personId: 'maya-chen' }])).toThrow(/not DataHub users or groups \(maya-chen\)/)
    expect(() => planOwners(current, [{ role: 'steward' }])).toThrow(UnsupportedError)
  })
})
