import {
  canEdit,
  kindLabel,
  lifecycleLabel,
  productOwners,
  productsOwnedByPerson,
  productsOwnedByTeam,
  roleLabel,
} from './product-queries'
import { makePerson, makeProduct, makeTeam } from './test-products'
import type { Owner } from './types'

describe('productOwners', () => {
  const teams = [makeTeam('t1'), makeTeam('t2')]
  const people = [makePerson('ann'), makePerson('bob')]

  it('resolves teams and people, ordered by role', () => {
    const product = makeProduct({
      owners: [
        { role: 'steward', personId: 'bob' },
        { role: 'technical-owner', teamId: 't2' },
        { role: 'product-owner', teamId: 't1', personId: 'ann' },
      ],
    })
    expect(productOwners(product, teams, people)).toEqual([
      { role: 'product-owner', teamId: 't1', personId: 'ann', team: teams[0], person: people[0], unresolved: false },
      { role: 'technical-owner', teamId: 't2', team: teams[1], unresolved: false },
      { role: 'steward', personId: 'bob', person: people[1], unresolved: false },
    ])
  })

  it('keeps unknown ids, flagged unresolved', () => {
    const product = makeProduct({
      owners: [
        { role: 'product-owner', teamId: 'ghost-team' },
        { role: 'steward', personId: 'ghost' },
        { role: 'technical-owner', teamId: 't1', personId: 'ghost' },
      ],
    })
    expect(productOwners(product, teams, people)).toEqual([
      { role: 'product-owner', teamId: 'ghost-team', unresolved: true },
      { role: 'technical-owner', teamId: 't1', personId: 'ghost', team: teams[0], unresolved: true },
      { role: 'steward', personId: 'ghost', unresolved: true },
    ])
  })

  it('keeps the input order within a role', () => {
    const product = makeProduct({
      owners: [
        { role: 'steward', personId: 'bob' },
        { role: 'steward', personId: 'ann' },
      ],
    })
    expect(productOwners(product, teams, people).map((o) => o.personId)).toEqual(['bob', 'ann'])
  })

  it('returns nothing for an unowned product', () => {
    expect(productOwners(makeProduct({ owners: [] }), teams, people)).toEqual([])
  })
})

describe('productsOwnedByTeam', () => {
  it('lists products with the team in any role', () => {
    const a = makeProduct({ owners: [{ role: 'product-owner', teamId: 't1' }] })
    const b = makeProduct({ owners: [{ role: 'steward', teamId: 't1' }] })
    const c = makeProduct({ owners: [{ role: 'product-owner', teamId: 't2' }] })
    const d = makeProduct({ owners: [{ role: 'product-owner', personId: 't1' }] })
    expect(productsOwnedByTeam([a, b, c, d], 't1')).toEqual([a, b])
    expect(productsOwnedByTeam([a, b, c, d], 'none')).toEqual([])
  })
})

describe('productsOwnedByPerson', () => {
  const team = makeTeam('t1', { members: [{ personId: 'ann', role: 'engineer' }] })
  const other = makeTeam('t2', { members: [{ personId: 'bob', role: 'engineer' }] })
  const direct = makeProduct({
    owners: [
      { role: 'steward', personId: 'ann' },
      { role: 'product-owner', personId: 'ann' },
    ],
  })
  const viaTeam = makeProduct({ owners: [{ role: 'technical-owner', teamId: 't1' }] })
  const both = makeProduct({
    owners: [
      { role: 'steward', personId: 'ann' },
      { role: 'product-owner', teamId: 't1' },
    ],
  })
  const notHers = makeProduct({ owners: [{ role: 'product-owner', teamId: 't2' }, { role: 'steward', personId: 'bob' }] })
  const products = [direct, viaTeam, both, notHers]

  it('lists products naming the person directly, with the roles held', () => {
    expect(productsOwnedByPerson(products, 'ann')).toEqual([
      { product: direct, roles: ['product-owner', 'steward'], direct: true, viaTeams: [] },
      { product: both, roles: ['steward'], direct: true, viaTeams: [] },
    ])
  })

  it('adds products owned by the teams the person belongs to when teams are given', () => {
    expect(productsOwnedByPerson(products, 'ann', [team, other])).toEqual([
      { product: direct, roles: ['product-owner', 'steward'], direct: true, viaTeams: [] },
      { product: viaTeam, roles: ['technical-owner'], direct: false, viaTeams: [team] },
      { product: both, roles: ['product-owner', 'steward'], direct: true, viaTeams: [team] },
    ])
  })

  it('returns nothing for a person who owns nothing', () => {
    expect(productsOwnedByPerson(products, 'carl', [team, other])).toEqual([])
  })
})

describe('canEdit', () => {
  const people = [
    makePerson('ann', { teamIds: ['t1'] }),
    makePerson('bob', { teamIds: ['t2'] }),
    makePerson('cat', { teamIds: [] }),
  ]
  const owned = (...owners: Owner[]) => makeProduct({ owners })

  it.each([
    ['product-owner' as const],
    ['technical-owner' as const],
    ['steward' as const],
  ])('lets a person listed directly as %s edit', (role) => {
    expect(canEdit(owned({ role, personId: 'cat' }), 'cat', people)).toBe(true)
  })

  it('lets a person listed directly edit even when unknown to people', () => {
    expect(canEdit(owned({ role: 'steward', personId: 'zed' }), 'zed', people)).toBe(true)
  })

  it('lets members of a product-owner or technical-owner team edit', () => {
    expect(canEdit(owned({ role: 'product-owner', teamId: 't1' }), 'ann', people)).toBe(true)
    expect(canEdit(owned({ role: 'technical-owner', teamId: 't1' }), 'ann', people)).toBe(true)
  })

  it('does not let members of a steward team edit', () => {
    expect(canEdit(owned({ role: 'steward', teamId: 't1' }), 'ann', people)).toBe(false)
  })

  it('does not let members of other teams edit', () => {
    const product = owned({ role: 'product-owner', teamId: 't1' }, { role: 'steward', personId: 'cat' })
    expect(canEdit(product, 'bob', people)).toBe(false)
  })

  it('grants through the team of an owner entry naming both a team and another person', () => {
    expect(canEdit(owned({ role: 'product-owner', teamId: 't1', personId: 'cat' }), 'ann', people)).toBe(true)
    expect(canEdit(owned({ role: 'product-owner', teamId: 't1', personId: 'cat' }), 'cat', people)).toBe(true)
    expect(canEdit(owned({ role: 'product-owner', teamId: 't1', personId: 'cat' }), 'bob', people)).toBe(false)
  })

  it('does not grant team membership to a person missing from people', () => {
    expect(canEdit(owned({ role: 'product-owner', teamId: 't1' }), 'zed', people)).toBe(false)
  })

  it('never lets nobody edit', () => {
    const product = owned({ role: 'product-owner', teamId: 't1' }, { role: 'steward', personId: 'ann' })
    expect(canEdit(product, null, people)).toBe(false)
    expect(canEdit(product, undefined, people)).toBe(false)
    expect(canEdit(product, '', people)).toBe(false)
  })

  it('does not match an owner entry without a person id to an empty id', () => {
    expect(canEdit(owned({ role: 'product-owner', teamId: 't1' }), '', [makePerson('', { teamIds: ['t1'] })])).toBe(false)
  })

  it('lets nobody edit an unowned product', () => {
    expect(canEdit(owned(), 'ann', people)).toBe(false)
  })

  it('does not confuse a team id with a person id', () => {
    expect(canEdit(owned({ role: 'product-owner', teamId: 'ann' }), 'ann', [makePerson('ann')])).toBe(false)
  })
})

describe('labels', () => {
  it('labels roles, kinds and lifecycles', () => {
    expect(roleLabel('product-owner')).toBe('Product owner')
    expect(roleLabel('technical-owner')).toBe('Technical owner')
    expect(roleLabel('steward')).toBe('Steward')
    expect(kindLabel('source-aligned')).toBe('Source-aligned')
    expect(kindLabel('aggregate')).toBe('Aggregate')
    expect(kindLabel('consumer-aligned')).toBe('Consumer-aligned')
    expect(lifecycleLabel('draft')).toBe('Draft')
    expect(lifecycleLabel('active')).toBe('Active')
    expect(lifecycleLabel('deprecated')).toBe('Deprecated')
    expect(lifecycleLabel('retired')).toBe('Retired')
  })
})
