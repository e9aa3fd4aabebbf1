import { domainDependencies, domainProductCount, emptyCounts, productCountText, rollUpDomains, share } from './domain-rollup'
import type { DomainCounts } from './domain-rollup'
import { makeColumn, makeConsumer, makeDomain, makePort, makeProduct } from './test-products'

type CountsOverrides = Partial<Omit<DomainCounts, 'byKind' | 'byLifecycle'>> & {
  byKind?: Partial<DomainCounts['byKind']>
  byLifecycle?: Partial<DomainCounts['byLifecycle']>
}

/** Expected counts: zero except where stated. */
const counts = (overrides: CountsOverrides): DomainCounts => {
  const base = emptyCounts()
  return {
    ...base,
    ...overrides,
    byKind: { ...base.byKind, ...overrides.byKind },
    byLifecycle: { ...base.byLifecycle, ...overrides.byLifecycle },
  }
}

describe('rollUpDomains', () => {
  it('counts a domain’s own products by kind, lifecycle and health', () => {
    const products = [
      makeProduct({ domainId: 'd', kind: 'source-aligned' }),
      makeProduct({ domainId: 'd', kind: 'consumer-aligned', lifecycle: 'draft', owners: [] }),
      makeProduct({ domainId: 'd', kind: 'aggregate', lifecycle: 'deprecated', description: '' }),
      makeProduct({ domainId: 'd', contract: undefined, slos: [{ name: 's', objective: 'o', status: 'unknown' }] }),
      makeProduct({
        domainId: 'd',
        slos: [],
        outputPorts: [makePort({ columns: [makeColumn({ fields: [makeColumn({ name: 'x', description: ' ' })] })] })],
      }),
    ]
    const rollup = rollUpDomains([makeDomain('d')], products).get('d')
    const expected = counts({
      productCount: 5,
      byKind: { 'source-aligned': 3, aggregate: 1, 'consumer-aligned': 1 },
      byLifecycle: { draft: 1, active: 3, deprecated: 1, retired: 0 },
      owned: 4,
      // complete documentation: only the first; the others lack owners, a description, a contract, SLOs or column descriptions
      documented: 1,
      underContract: 4,
      withSlos: 4,
      slosMet: 3,
      active: 3,
    })
    expect(rollup).toEqual({ domainId: 'd', own: expected, total: expected })
  })

  it('counts retired products in byLifecycle only', () => {
    const products = [
      makeProduct({ domainId: 'd' }),
      makeProduct({ domainId: 'd', lifecycle: 'retired', kind: 'aggregate' }),
    ]
    const own = rollUpDomains([makeDomain('d')], products).get('d')?.own
    expect(own).toEqual(
      counts({
        productCount: 1,
        byKind: { 'source-aligned': 1 },
        byLifecycle: { active: 1, retired: 1 },
        owned: 1,
        documented: 1,
        underContract: 1,
        withSlos: 1,
        slosMet: 1,
        active: 1,
      }),
    )
  })

  it('gives empty domains zero counts', () => {
    const rollups = rollUpDomains([makeDomain('empty')], [])
    expect(rollups.get('empty')).toEqual({ domainId: 'empty', own: emptyCounts(), total: emptyCounts() })
  })

  it('sums sub-domains, recursively, into totals but not into own counts', () => {
    const domains = [
      makeDomain('root'),
      makeDomain('mid', { parentId: 'root' }),
      makeDomain('leaf', { parentId: 'mid' }),
      makeDomain('sibling', { parentId: 'root' }),
      makeDomain('other'),
    ]
    const products = [
      makeProduct({ domainId: 'root' }),
      makeProduct({ domainId: 'mid', owners: [] }),
      makeProduct({ domainId: 'leaf', kind: 'consumer-aligned' }),
      makeProduct({ domainId: 'leaf', lifecycle: 'retired' }),
      makeProduct({ domainId: 'sibling', contract: undefined }),
      makeProduct({ domainId: 'other' }),
    ]
    const rollups = rollUpDomains(domains, products)
    expect(rollups.get('root')?.own.productCount).toBe(1)
    expect(rollups.get('root')?.total).toEqual(
      counts({
        productCount: 4,
        byKind: { 'source-aligned': 3, 'consumer-aligned': 1 },
        byLifecycle: { active: 4, retired: 1 },
        owned: 3,
        documented: 2,
        underContract: 3,
        withSlos: 4,
        slosMet: 4,
        active: 4,
      }),
    )
    expect(rollups.get('mid')?.own.productCount).toBe(1)
    expect(rollups.get('mid')?.total.productCount).toBe(2)
    expect(rollups.get('mid')?.total.owned).toBe(1)
    expect(rollups.get('mid')?.total.byLifecycle.retired).toBe(1)
    expect(rollups.get('leaf')?.total).toEqual(rollups.get('leaf')?.own)
    expect(rollups.get('other')?.total.productCount).toBe(1)
  })

  it('has a roll-up for every domain and ignores products of unknown domains', () => {
    const rollups = rollUpDomains([makeDomain('a'), makeDomain('b')], [makeProduct({ domainId: 'ghost' })])
    expect([...rollups.keys()].sort()).toEqual(['a', 'b'])
    expect(rollups.get('a')?.total.productCount).toBe(0)
  })

  it('stays finite when parent references form a cycle', () => {
    const domains = [makeDomain('a', { parentId: 'b' }), makeDomain('b', { parentId: 'a' })]
    const rollups = rollUpDomains(domains, [makeProduct({ domainId: 'a' }), makeProduct({ domainId: 'b' })])
    // the cycle is broken at 'a', which becomes the root of 'b'
    expect(rollups.get('a')?.total.productCount).toBe(2)
    expect(rollups.get('b')?.total.productCount).toBe(1)
  })

  it('does not share count objects between domains', () => {
    const rollups = rollUpDomains([makeDomain('a'), makeDomain('b')], [makeProduct({ domainId: 'a' })])
    expect(rollups.get('b')?.own.byKind['source-aligned']).toBe(0)
    expect(rollups.get('a')?.own).not.toBe(rollups.get('a')?.total)
  })
})

describe('share', () => {
  it('divides, or answers null when there is nothing to divide by', () => {
    expect(share(1, 4)).toBe(0.25)
    expect(share(0, 3)).toBe(0)
    expect(share(0, 0)).toBeNull()
  })
})

describe('domainDependencies', () => {
  it('weighs domain edges by distinct product pairs across domains', () => {
    const products = [
      makeProduct({ urn: 'pay1', domainId: 'payments' }),
      makeProduct({ urn: 'pay2', domainId: 'payments' }),
      makeProduct({
        urn: 'fin1',
        domainId: 'finance',
        inputPorts: [
          { kind: 'product', productUrn: 'pay1', outputPortId: 'a' },
          { kind: 'product', productUrn: 'pay1', outputPortId: 'b' },
          { kind: 'product', productUrn: 'pay2' },
        ],
      }),
      makeConsumer('fin2', ['pay1', 'fin1'], { domainId: 'finance' }),
      makeConsumer('mkt1', ['fin2'], { domainId: 'marketing' }),
      makeConsumer('pay3', ['pay1'], { domainId: 'payments' }),
    ]
    const { edges, roles } = domainDependencies(products)
    expect(edges).toEqual([
      { from: 'payments', to: 'finance', weight: 3 },
      { from: 'finance', to: 'marketing', weight: 1 },
    ])
    expect(Object.fromEntries(roles)).toEqual({ payments: 'provider', finance: 'both', marketing: 'consumer' })
  })

  it('marks domains without cross-domain lineage standalone, including given domains without products', () => {
    const products = [makeProduct({ urn: 'a', domainId: 'x' }), makeConsumer('b', ['a', 'gone'], { domainId: 'x' })]
    const { edges, roles } = domainDependencies(products, [makeDomain('x'), makeDomain('empty')])
    expect(edges).toEqual([])
    expect(Object.fromEntries(roles)).toEqual({ x: 'standalone', empty: 'standalone' })
  })

  it('handles domains that feed each other', () => {
    const products = [
      makeConsumer('a', ['b'], { domainId: 'x' }),
      makeConsumer('b', ['a'], { domainId: 'y' }),
    ]
    const { edges, roles } = domainDependencies(products)
    expect(edges).toEqual([
      { from: 'x', to: 'y', weight: 1 },
      { from: 'y', to: 'x', weight: 1 },
    ])
    expect(Object.fromEntries(roles)).toEqual({ x: 'both', y: 'both' })
  })
})

describe('domainProductCount', () => {
  it('counts products in use with sub-domains, and says what it includes and leaves out', () => {
    const domains = [makeDomain('root'), makeDomain('child', { parentId: 'root' })]
    const products = [
      makeProduct({ domainId: 'root' }),
      makeProduct({ domainId: 'child' }),
      makeProduct({ domainId: 'child', lifecycle: 'retired' }),
      makeProduct({ domainId: 'root', lifecycle: 'draft' }),
    ]
    const rollups = rollUpDomains(domains, products)
    const root = domainProductCount(rollups.get('root'))
    expect(root).toEqual({ count: 3, inSubDomains: 1, retired: 1 })
    expect(productCountText(root)).toBe('3 products (1 in sub-domains; 1 retired not counted)')
    expect(productCountText(domainProductCount(rollups.get('child')))).toBe('1 product (1 retired not counted)')
    expect(productCountText(domainProductCount(undefined))).toBe('0 products')
  })
})
