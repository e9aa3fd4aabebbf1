import { rollUpDomains } from '../../../model/domain-rollup'
import { buildDomainTree } from '../../../model/domain-tree'
import { makeDomain, makeProduct } from '../../../model/test-products'
import { layoutTreemap, type TreemapTile } from './treemap-layout'

const domains = [
  makeDomain('content', { name: 'Content' }),
  makeDomain('licensing', { name: 'Licensing', parentId: 'content' }),
  makeDomain('playback', { name: 'Playback' }),
  makeDomain('support', { name: 'Support' }),
]
const products = [
  ...Array.from({ length: 6 }, () => makeProduct({ domainId: 'playback' })),
  ...Array.from({ length: 3 }, () => makeProduct({ domainId: 'content' })),
  makeProduct({ domainId: 'licensing' }),
]
const layout = (width = 600, height = 400) => layoutTreemap(buildDomainTree(domains), rollUpDomains(domains, products), { width, height })
const area = (t: TreemapTile) => t.width * t.height
const inside = (inner: TreemapTile, outer: TreemapTile) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height

describe('layoutTreemap', () => {
  const tiles = layout()
  const byKey = new Map(tiles.map((t) => [t.key, t]))

  it('gives every domain a tile in tree order, a frame its own products as a tile', () => {
    expect(tiles.map((t) => [t.key, t.kind])).toEqual([
      ['content', 'frame'],
      ['content#own', 'own'],
      ['licensing', 'leaf'],
      ['playback', 'leaf'],
      ['support', 'leaf'],
    ])
  })

  it('nests sub-domains inside their parent, below its header, and keeps tiles in bounds', () => {
    const frame = byKey.get('content') as TreemapTile
    for (const key of ['content#own', 'licensing']) {
      const tile = byKey.get(key) as TreemapTile
      expect(inside(tile, frame)).toBe(true)
      expect(tile.y).toBeGreaterThanOrEqual(frame.y + 20)
    }
    for (const t of tiles) expect(inside(t, { ...t, x: 0, y: 0, width: 600, height: 400 })).toBe(true)
  })

  it('sizes tiles by product count and keeps an empty domain visible', () => {
    const playback = byKey.get('playback') as TreemapTile
    const own = byKey.get('content#own') as TreemapTile
    const support = byKey.get('support') as TreemapTile
    expect(area(playback) / area(own)).toBeGreaterThan(1.4)
    expect(area(support)).toBeGreaterThan(0)
    expect(support.counts.productCount).toBe(0)
  })

  it('colours a frame by the figures of the domain and its sub-domains', () => {
    expect(byKey.get('content')?.counts.productCount).toBe(4)
    expect(byKey.get('content#own')?.counts.productCount).toBe(3)
  })

  it('lays out nothing without room or domains', () => {
    expect(layout(0, 400)).toEqual([])
    expect(layoutTreemap([], new Map(), { width: 100, height: 100 })).toEqual([])
  })

  it('places every one of 500 domains', () => {
    const many = Array.from({ length: 500 }, (_, i) => makeDomain(`d${i}`, i % 5 === 4 ? { parentId: `d${i - 1}` } : {}))
    const lots = Array.from({ length: 10_000 }, (_, i) => makeProduct({ domainId: `d${(i * 7) % 499}` }))
    const rollups = rollUpDomains(many, lots)
    const result = layoutTreemap(buildDomainTree(many), rollups, { width: 1200, height: 900 })
    expect(new Set(result.map((t) => t.domain.id)).size).toBe(500)
  })
})
