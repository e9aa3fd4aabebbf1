import { NotFoundError, UnsupportedError } from '../errors'
import type { Owner } from '../../model/types'
import { ownerDirectory, ownerOperations, ownersToResolve } from './map-owners-patch'
import type { WireRef } from './openmetadata-wire'

const team: WireRef = { id: 't-1', type: 'team', name: 'commerce-data', displayName: 'Commerce data team' }
const otherTeam: WireRef = { id: 't-2', type: 'team', name: 'marketing-analytics' }
const jane: WireRef = { id: 'u-1', type: 'user', name: 'jane.doe', displayName: 'Jane Doe' }
const bo: WireRef = { id: 'u-2', type: 'user', name: 'bo.smith', displayName: 'Bo Smith' }
const directory = ownerDirectory([team, otherTeam, jane, bo])

const orders = { owners: [team], experts: [jane] }
const ordersOwners: Owner[] = [
  { role: 'product-owner', teamId: 'commerce-data' },
  { role: 'steward', personId: 'jane.doe' },
]

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('owners as OpenMetadata JSON Patch', () => {
  it('sends nothing when the owners are those the entity has, in any order', () => {
    expect(ownerOperations(orders, 'dataProduct', ordersOwners, directory)).toEqual([])
    expect(ownerOperations(orders, 'dataProduct', [...ordersOwners].reverse(), directory)).toEqual([])
    expect(ownerOperations({ owners: [], experts: null }, 'dataProduct', [], directory)).toEqual([])
  })

  it('makes a new steward an expert of a data product, as an { id, type } reference, and leaves the owners alone', () => {
    const operations = ownerOperations(orders, 'dataProduct', [...ordersOwners, { role: 'steward', personId: 'bo.smith' }], directory)
    expect(operations).toEqual([{ op: 'add', path: '/experts', value: [{ id: 'u-1', type: 'user' }, { id: 'u-2', type: 'user' }] }])
  })

  it('replaces the owners whole when a product owner changes, and can empty both lists', () => {
    expect(ownerOperations(orders, 'dataProduct', [{ role: 'product-owner', teamId: 'marketing-analytics' }, ordersOwners[1]!], directory)).toEqual([
      { op: 'add', path: '/owners', value: [{ id: 't-2', type: 'team' }] },
    ])
    expect(ownerOperations(orders, 'dataProduct', [], directory)).toEqual([
      { op: 'add', path: '/owners', value: [] },
      { op: 'add', path: '/experts', value: [] },
    ])
  })

  it('lets several people own an entity, each once', () => {
    const owners: Owner[] = [
      { role: 'product-owner', personId: 'jane.doe' },
      { role: 'product-owner', personId: 'bo.smith' },
      { role: 'product-owner', personId: 'u-2' },
    ]
    expect(ownerOperations({ owners: [team] }, 'table', owners, directory)).toEqual([
      { op: 'add', path: '/owners', value: [{ id: 'u-1', type: 'user' }, { id: 'u-2', type: 'user' }] },
    ])
  })

  it('never writes experts on a table, and finds an owner the entity names by id only', () => {
    const unnamed: WireRef = { id: 'u-9', type: 'user' }
    expect(ownerOperations({ owners: [unnamed] }, 'table', [{ role: 'product-owner', personId: 'u-9' }], ownerDirectory([unnamed]))).toEqual([])
  })

  it('refuses, before writing, an owner OpenMetadata does not have', () => {
    const error = refusal(() => ownerOperations(orders, 'dataProduct', [...ordersOwners, { role: 'steward', personId: 'ghost' }], directory))
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as Error).message).toBe('The person “ghost” in OpenMetadata was not found.')
    expect((refusal(() => ownerOperations(orders, 'dataProduct', [{ role: 'product-owner', teamId: 'nobody' }], directory)) as Error).message).toBe(
      'The team “nobody” in OpenMetadata was not found.',
    )
  })

  it('refuses a technical owner, which OpenMetadata has no notion of, naming who and what to do instead', () => {
    const error = refusal(() => ownerOperations(orders, 'dataProduct', [...ordersOwners, { role: 'technical-owner', personId: 'bo.smith' }], directory))
    expect(error).toBeInstanceOf(UnsupportedError)
    expect((error as Error).message).toBe(
      'This catalogue does not support technical owners: OpenMetadata has owners and experts but no technical owner. Make Bo Smith a product owner (an OpenMetadata owner) or a steward (an OpenMetadata expert).',
    )
  })

  it.each<[string, Owner[], 'dataProduct' | 'table', RegExp]>([
    ['a steward of a table', [{ role: 'steward', personId: 'bo.smith' }], 'table', /stewards of a table: OpenMetadata records experts on data products only/],
    ['a team as steward', [{ role: 'steward', teamId: 'commerce-data' }], 'dataProduct', /a team as steward \(Commerce data team\): OpenMetadata’s experts are people/],
    ['a person acting for a team', [{ role: 'product-owner', personId: 'jane.doe', teamId: 'commerce-data' }], 'dataProduct', /both a person and a team/],
    ['a team owning with a person', [{ role: 'product-owner', teamId: 'commerce-data' }, { role: 'product-owner', personId: 'bo.smith' }], 'dataProduct', /several people or one team/],
    ['two teams owning', [{ role: 'product-owner', teamId: 'commerce-data' }, { role: 'product-owner', teamId: 'marketing-analytics' }], 'table', /several people or one team/],
  ])('refuses %s', (_, owners, entityType, message) => {
    const error = refusal(() => ownerOperations(orders, entityType, owners, directory))
    expect(error).toBeInstanceOf(UnsupportedError)
    expect((error as Error).message).toMatch(message)
  })

  it('refuses to change owners on a server that keeps a single owner, but lets an unchanged one through', () => {
    const old = { owner: team }
    expect(ownerOperations(old, 'table', [{ role: 'product-owner', teamId: 'commerce-data' }], directory)).toEqual([])
    expect(refusal(() => ownerOperations(old, 'table', [{ role: 'product-owner', personId: 'bo.smith' }], directory))).toBeInstanceOf(UnsupportedError)
  })

  it('names the users and teams to look up', () => {
    expect(ownersToResolve([...ordersOwners, { role: 'steward', personId: 'bo.smith' }])).toEqual([
      { type: 'team', key: 'commerce-data' },
      { type: 'user', key: 'jane.doe' },
      { type: 'user', key: 'bo.smith' },
    ])
  })
})
