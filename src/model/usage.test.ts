import { makeProduct } from './test-products'
import { mostUsed, usageFactor, usageTrend } from './usage'

describe('usage', () => {
  it('reads the trend from the 30 days before, steady within a tenth either way', () => {
    expect(usageTrend({ queries: 130, previousQueries: 100 })).toEqual({ trend: 'rising', change: 0.3 })
    expect(usageTrend({ queries: 50, previousQueries: 100 })).toEqual({ trend: 'falling', change: -0.5 })
    expect(usageTrend({ queries: 105, previousQueries: 100 })?.trend).toBe('steady')
    expect(usageTrend({ queries: 5, previousQueries: 0 })).toEqual({ trend: 'rising', change: Infinity })
    expect(usageTrend({ queries: 5 })).toBeUndefined()
  })

  it('ranks the most queried first and leaves out products without usage', () => {
    const products = [
      makeProduct({ urn: 'urn:a', usage: { queries: 10, users: 2 } }),
      makeProduct({ urn: 'urn:b' }),
      makeProduct({ urn: 'urn:c', usage: { queries: 400 } }),
      makeProduct({ urn: 'urn:d', usage: { queries: 0 } }),
    ]
    expect(mostUsed(products, 5).map((p) => p.urn)).toEqual(['urn:c', 'urn:a'])
    expect(mostUsed([makeProduct()], 5)).toEqual([])
  })

  it('boosts on a log scale up to a small ceiling, and not at all without usage', () => {
    expect(usageFactor(undefined, 1000)).toBe(1)
    expect(usageFactor(0, 1000)).toBe(1)
    expect(usageFactor(1000, 1000)).toBeCloseTo(1.15)
    expect(usageFactor(100, 1000)).toBeGreaterThan(1.09)
    expect(usageFactor(100, 1000)).toBeLessThan(1.15)
    expect(usageFactor(5, 0)).toBe(1)
  })
})
