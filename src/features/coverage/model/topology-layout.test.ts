import type { DomainTopology } from '../../../model/domain-topology'
import { layoutTopology } from './topology-layout'

const topology: DomainTopology = {
  nodes: [
    { domainId: 'a', role: 'provider', outWeight: 3, inWeight: 0 },
    { domainId: 'b', role: 'provider', outWeight: 1, inWeight: 0 },
    { domainId: 'm', role: 'both', outWeight: 1, inWeight: 1 },
    { domainId: 'x', role: 'consumer', outWeight: 0, inWeight: 2 },
    { domainId: 'y', role: 'consumer', outWeight: 0, inWeight: 2 },
    { domainId: 's', role: 'standalone', outWeight: 0, inWeight: 0 },
  ],
  edges: [
    { from: 'a', to: 'y', weight: 2 },
    { from: 'a', to: 'm', weight: 1 },
    { from: 'b', to: 'x', weight: 1 },
    { from: 'm', to: 'x', weight: 1 },
  ],
}

describe('layoutTopology', () => {
  const positions = layoutTopology(topology, (id) => id)
  const at = new Map(positions.map((p) => [p.domainId, p]))

  it('puts providers left of mixed domains, mixed left of consumers, standalone below the providers', () => {
    const x = (id: string) => at.get(id)?.x ?? -1
    expect(x('a')).toBe(x('b'))
    expect(x('a')).toBeLessThan(x('m'))
    expect(x('m')).toBeLessThan(x('x'))
    expect(x('x')).toBe(x('y'))
    expect(x('s')).toBe(x('a'))
    expect(at.get('s')?.y).toBeGreaterThan(Math.max(at.get('a')?.y ?? 0, at.get('b')?.y ?? 0))
  })

  it('places every domain once without overlaps', () => {
    expect(positions).toHaveLength(6)
    const spots = new Set(positions.map((p) => `${p.x},${p.y}`))
    expect(spots.size).toBe(6)
  })

  it('orders a column by the domains it connects to, which uncrosses edges', () => {
    // by name, a sits above b and x above y, so a→y and b→x would cross
    const y = (id: string) => at.get(id)?.y ?? -1
    expect(y('a') < y('b')).toBe(y('y') < y('x'))
  })

  it('layers domains that both provide and consume by the chain of feeds between them, even through a cycle', () => {
    const chain: DomainTopology = {
      nodes: [
        { domainId: 'p', role: 'provider', outWeight: 1, inWeight: 0 },
        { domainId: 'm1', role: 'both', outWeight: 2, inWeight: 2 },
        { domainId: 'm2', role: 'both', outWeight: 2, inWeight: 1 },
        { domainId: 'm3', role: 'both', outWeight: 1, inWeight: 1 },
        { domainId: 'c', role: 'consumer', outWeight: 0, inWeight: 1 },
      ],
      edges: [
        { from: 'p', to: 'm1', weight: 1 },
        { from: 'm1', to: 'm2', weight: 1 },
        { from: 'm2', to: 'm3', weight: 1 },
        { from: 'm3', to: 'm1', weight: 1 },
        { from: 'm2', to: 'c', weight: 1 },
      ],
    }
    const x = new Map(layoutTopology(chain, (id) => id, { middleColumns: 3 }).map((p) => [p.domainId, p.x]))
    const order = ['p', 'm1', 'm2', 'm3', 'c'].map((id) => x.get(id) ?? -1)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(new Set(order).size).toBe(5)
    // with two middle columns, the end of the chain shares the last one
    const capped = new Map(layoutTopology(chain, (id) => id, { middleColumns: 2 }).map((p) => [p.domainId, p.x]))
    expect(capped.get('m3')).toBe(capped.get('m2'))
    expect(capped.get('c')).toBeGreaterThan(capped.get('m3') ?? 0)
  })

  it('leaves out empty columns', () => {
    const onlyStandalone = layoutTopology({ nodes: [{ domainId: 's', role: 'standalone', outWeight: 0, inWeight: 0 }], edges: [] }, (id) => id)
    expect(onlyStandalone).toEqual([{ domainId: 's', role: 'standalone', x: 0, y: 0 }])
  })
})
