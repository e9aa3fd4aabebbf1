import { nameSimilarity, normaliseName, similarProducts, urnLocalName } from './similar-names'
import { makeProduct } from './test-products'

const products = [
  makeProduct({ urn: 'urn:tessera:product:playback.playback_sessions', name: 'playback_sessions', title: 'Playback sessions' }),
  makeProduct({ urn: 'urn:tessera:product:playback.playback_events', name: 'playback_events', title: 'Playback heartbeat events' }),
  makeProduct({ urn: 'urn:tessera:product:finance.revenue_daily', name: 'revenue_daily', title: 'Daily revenue' }),
  makeProduct({ urn: 'urn:tessera:product:playback.sessions_by_country', name: 'sessions_by_country', title: 'Sessions by country' }),
]

describe('nameSimilarity', () => {
  it('is 1 for names equal after normalising and 0 for nothing in common or empty text', () => {
    expect(nameSimilarity('Playback_Sessions', 'playback sessions')).toBe(1)
    expect(nameSimilarity('abc', 'xyz')).toBe(0)
    expect(nameSimilarity('', 'x')).toBe(0)
  })
  it('rates a typo closer than an unrelated name', () => {
    expect(nameSimilarity('playback_sesions', 'playback_sessions')).toBeGreaterThan(0.8)
    expect(nameSimilarity('playback_sesions', 'revenue_daily')).toBeLessThan(0.2)
  })
})

describe('similarProducts', () => {
  it('suggests the product a mistyped URN meant, best first', () => {
    const found = similarProducts('urn:tessera:product:playback.playback_sesions', products)
    expect(found[0]?.product.name).toBe('playback_sessions')
    expect(found.map((f) => f.product.name)).not.toContain('revenue_daily')
  })
  it('finds a product by a renamed domain or by words of its title', () => {
    expect(similarProducts('urn:tessera:product:viewing.playback_sessions', products)[0]?.product.name).toBe('playback_sessions')
    expect(similarProducts('revenue daly', products)[0]?.product.name).toBe('revenue_daily')
  })
  it('returns nothing for empty or unrelated input, and at most `limit` results', () => {
    expect(similarProducts('', products)).toEqual([])
    expect(similarProducts('urn:x:', products)).toEqual([])
    expect(similarProducts('qqqq zzzz', products)).toEqual([])
    expect(similarProducts('playback', products, { limit: 1, threshold: 0 })).toHaveLength(1)
  })
})

describe('helpers', () => {
  it('normalise separators and take the local part of a URN', () => {
    expect(normaliseName('  Playback.Sessions__v2 ')).toBe('playback sessions v2')
    expect(urnLocalName('urn:tessera:product:playback.sessions')).toBe('playback.sessions')
    expect(urnLocalName('plain words')).toBe('plain words')
    expect(urnLocalName('urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.orders.orders,PROD)')).toBe('acme.orders.orders')
    expect(urnLocalName('urn:li:dataJob:(urn:li:dataFlow:(airflow,shop_etl,PROD),build_orders)')).toBe('build_orders')
  })
})
