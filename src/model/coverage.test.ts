import {
  COVERAGE_MEASURES,
  countByDomainAndKind,
  filterProducts,
  isCoverageMeasure,
  measureBin,
  measureFigure,
  measureLegend,
  measureShortFigure,
  measureValue,
  NO_FILTERS,
  productsPullingDown,
  rankDomains,
} from './coverage'
import { rollUpDomains } from './domain-rollup'
import { makeColumn, makeDomain, makePort, makeProduct } from './test-products'

const countsOf = (products: Parameters<typeof rollUpDomains>[1]) => {
  const own = rollUpDomains([makeDomain('d')], products).get('d')?.own
  if (!own) throw new Error('no roll-up')
  return own
}

describe('coverage measures', () => {
  const products = [
    makeProduct({ domainId: 'd', kind: 'source-aligned' }),
    makeProduct({ domainId: 'd', kind: 'aggregate', contract: undefined, owners: [] }),
    makeProduct({ domainId: 'd', kind: 'aggregate', lifecycle: 'deprecated', slos: [{ name: 's', objective: 'o', status: 'breached' }] }),
    makeProduct({ domainId: 'd', kind: 'aggregate', description: ' ', contract: undefined }),
    makeProduct({ domainId: 'd', kind: 'consumer-aligned', lifecycle: 'retired', contract: undefined }),
  ]
  const counts = countsOf(products)

  it('scores each share measure over the products that are not retired', () => {
    expect(measureValue('owned', counts)).toBe(3 / 4)
    // complete documentation needs owners and a contract too: the second and fourth lack them
    expect(measureValue('documented', counts)).toBe(2 / 4)
    expect(measureValue('under-contract', counts)).toBe(2 / 4)
    expect(measureValue('slos-met', counts)).toBe(3 / 4)
    expect(measureValue('active', counts)).toBe(3 / 4)
  })

  it('scores kinds present and the presence of one kind; a retired product provides nothing', () => {
    expect(measureValue('kinds', counts)).toBe(2 / 3)
    expect(measureValue('source-aligned', counts)).toBe(1)
    expect(measureValue('consumer-aligned', counts)).toBe(0)
  })

  it('has no value for a domain without products, whatever the measure', () => {
    const empty = countsOf([])
    for (const measure of COVERAGE_MEASURES) {
      expect(measureValue(measure, empty)).toBeNull()
      expect(measureFigure(measure, empty)).toBe('No products')
      expect(measureShortFigure(measure, empty)).toBe('—')
      expect(measureBin(measureValue(measure, empty))).toBe('none')
    }
  })

  it('counts products without SLOs apart from the SLOs-met share, never as breached', () => {
    const mixed = countsOf([
      makeProduct({ domainId: 'd' }),
      makeProduct({ domainId: 'd', slos: [{ name: 's', objective: 'o', status: 'breached' }] }),
      makeProduct({ domainId: 'd', slos: [] }),
    ])
    expect(measureValue('slos-met', mixed)).toBe(1 / 2)
    expect(measureFigure('slos-met', mixed)).toBe('1 of 2 (50%) · 1 without SLOs')
    const none = [makeProduct({ domainId: 'd', slos: [] })]
    expect(productsPullingDown(none, 'slos-met')).toEqual([])
    expect(measureFigure('slos-met', countsOf(none))).toBe('None to measure · 1 without SLOs')
  })

  it('says a documented figure is partial when a listing left columns out', () => {
    const unread = countsOf([makeProduct({ domainId: 'd', outputPorts: [makePort({ columns: [], columnsUnread: true })] }), makeProduct({ domainId: 'd' })])
    expect(measureFigure('documented', unread)).toBe('1 of 2 (50%) · partial: columns of 1 not read in the catalogue listing')
  })

  it('says the figure in words and in short', () => {
    expect(measureFigure('under-contract', counts)).toBe('2 of 4 (50%)')
    expect(measureShortFigure('under-contract', counts)).toBe('50%')
    expect(measureFigure('kinds', counts)).toBe('2 of 3 kinds')
    expect(measureShortFigure('kinds', counts)).toBe('2/3')
    expect(measureFigure('source-aligned', counts)).toBe('1 product')
    expect(measureFigure('consumer-aligned', counts)).toBe('None')
    expect(measureShortFigure('consumer-aligned', counts)).toBe('None')
  })

  it('bins values into fifths, 1 into the top step, and clamps', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 0.99, 1].map(measureBin)).toEqual([0, 0, 1, 2, 3, 4, 4, 4])
    expect(measureBin(-1)).toBe(0)
    expect(measureBin(2)).toBe(4)
    expect(measureBin(Number.NaN)).toBe('none')
  })

  it('has a legend entry for every colour a measure can produce', () => {
    for (const measure of COVERAGE_MEASURES) {
      const legend = new Set(measureLegend(measure).map((e) => e.bin))
      expect(legend.has('none')).toBe(true)
      for (const sample of [countsOf([makeProduct()]), counts, countsOf([makeProduct({ kind: 'aggregate', owners: [], contract: undefined, lifecycle: 'draft', slos: [], description: '' })])]) {
        expect(legend.has(measureBin(measureValue(measure, sample)))).toBe(true)
      }
    }
  })

  it('lists the products that pull a share measure down, never retired ones', () => {
    const [, noContractOrOwner, deprecated, undocumented] = products
    expect(productsPullingDown(products, 'under-contract')).toEqual([noContractOrOwner, undocumented])
    expect(productsPullingDown(products, 'owned')).toEqual([noContractOrOwner])
    expect(productsPullingDown(products, 'active')).toEqual([deprecated])
    expect(productsPullingDown(products, 'slos-met')).toEqual([deprecated])
    expect(productsPullingDown(products, 'documented')).toEqual([noContractOrOwner, undocumented])
    expect(productsPullingDown(products, 'kinds')).toEqual([])
  })

  it('counts a nested column without description against documented', () => {
    const nested = makeProduct({ outputPorts: [makePort({ columns: [makeColumn({ fields: [makeColumn({ name: 'x', description: undefined })] })] })] })
    expect(productsPullingDown([nested], 'documented')).toEqual([nested])
  })

  it('recognises measure ids from the URL and nothing else', () => {
    expect(isCoverageMeasure('under-contract')).toBe(true)
    expect(isCoverageMeasure('constructor')).toBe(false)
    expect(isCoverageMeasure(null)).toBe(false)
  })
})

describe('filterProducts', () => {
  const a = makeProduct({ lifecycle: 'active', tags: ['pii'], owners: [{ role: 'product-owner', teamId: 't1' }] })
  const b = makeProduct({ lifecycle: 'draft', tags: ['finance'], owners: [{ role: 'steward', teamId: 't2' }] })
  const c = makeProduct({ lifecycle: 'deprecated', tags: [], owners: [{ role: 'product-owner', personId: 'p' }] })
  const all = [a, b, c]

  it('keeps everything when no filter is set', () => {
    expect(filterProducts(all, NO_FILTERS)).toBe(all)
  })

  it('ORs values within a filter and ANDs filters', () => {
    expect(filterProducts(all, { ...NO_FILTERS, lifecycles: ['active', 'draft'] })).toEqual([a, b])
    expect(filterProducts(all, { ...NO_FILTERS, teamIds: ['t2'] })).toEqual([b])
    expect(filterProducts(all, { ...NO_FILTERS, tags: ['pii', 'finance'] })).toEqual([a, b])
    expect(filterProducts(all, { lifecycles: ['active'], teamIds: ['t2'], tags: [] })).toEqual([])
  })
})

describe('countByDomainAndKind', () => {
  it('counts each domain × kind cell with its health', () => {
    const cells = countByDomainAndKind([
      makeProduct({ domainId: 'd1', kind: 'aggregate' }),
      makeProduct({ domainId: 'd1', kind: 'aggregate', contract: undefined }),
      makeProduct({ domainId: 'd2', kind: 'consumer-aligned' }),
    ])
    expect(cells.get('d1')?.aggregate.productCount).toBe(2)
    expect(cells.get('d1')?.aggregate.underContract).toBe(1)
    expect(cells.get('d1')?.['consumer-aligned'].productCount).toBe(0)
    expect(cells.get('d2')?.['consumer-aligned'].productCount).toBe(1)
    expect(cells.has('d3')).toBe(false)
  })
})

describe('rankDomains', () => {
  it('orders domains weakest first, bigger gaps first on ties, and leaves empty domains out', () => {
    const domains = ['a', 'b', 'c', 'empty'].map((id) => makeDomain(id))
    const products = [
      makeProduct({ domainId: 'a' }),
      makeProduct({ domainId: 'b', contract: undefined }),
      makeProduct({ domainId: 'c', contract: undefined }),
      makeProduct({ domainId: 'c', contract: undefined }),
    ]
    const ranked = rankDomains(rollUpDomains(domains, products).values(), 'under-contract')
    expect(ranked.map((r) => [r.domainId, r.value])).toEqual([
      ['c', 0],
      ['b', 0],
      ['a', 1],
    ])
  })
})
