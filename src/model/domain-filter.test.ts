import { ancestorIds, rollUpDomainFacet, withSubDomains } from './domain-filter'
import { effectiveParents } from './domain-tree'
import type { Domain } from './types'

const domains: Domain[] = [
  { id: 'commerce', name: 'Commerce' },
  { id: 'orders', name: 'Orders', parentId: 'commerce' },
  { id: 'returns', name: 'Returns', parentId: 'orders' },
  { id: 'marketing', name: 'Marketing' },
]

describe('withSubDomains', () => {
  it('adds every sub-domain, at any depth, to a domain filter and leaves other filters alone', () => {
    expect(withSubDomains({ domain: ['commerce'], tag: ['gold'] }, domains)).toEqual({ domain: ['commerce', 'orders', 'returns'], tag: ['gold'] })
    expect(withSubDomains({ domain: ['orders', 'returns', 'marketing'] }, domains).domain).toEqual(['orders', 'returns', 'marketing'])
  })
  it('keeps a domain it does not know, and a request with no domain filter as it is', () => {
    const filters = { tag: ['gold'] }
    expect(withSubDomains(filters, domains)).toBe(filters)
    expect(withSubDomains({ domain: ['elsewhere'] }, domains).domain).toEqual(['elsewhere'])
  })
})

describe('rollUpDomainFacet', () => {
  it('counts each domain with its sub-domains, a parent with no products of its own included', () => {
    const rolled = rollUpDomainFacet(
      [
        { value: 'orders', label: 'Orders', count: 5 },
        { value: 'returns', label: 'Returns', count: 3 },
        { value: 'marketing', label: 'Marketing', count: 2 },
        { value: 'unknown', label: 'unknown', count: 1 },
      ],
      domains,
    )
    expect(rolled.map((v) => [v.label, v.count])).toEqual([
      ['Commerce', 8],
      ['Orders', 8],
      ['Returns', 3],
      ['Marketing', 2],
      ['unknown', 1],
    ])
  })
})

describe('ancestorIds', () => {
  it('lists a domain’s ancestors, nearest first, and survives a cycle', () => {
    expect(ancestorIds(effectiveParents(domains), 'returns')).toEqual(['orders', 'commerce'])
    const cyclic = effectiveParents([{ id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }])
    expect(ancestorIds(cyclic, 'b')).toEqual(['a'])
  })
})
