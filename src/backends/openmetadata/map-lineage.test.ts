import { joinLineage, localColumn, productLinks, upstreamColumnLineage, upstreamInputs } from './map-lineage'
import type { WireLineage } from './openmetadata-wire'

const node = (id: string, fullyQualifiedName: string, extra: object = {}) => ({ id, type: 'table', name: fullyQualifiedName.split('.').at(-1), fullyQualifiedName, ...extra })
const lineage: WireLineage = {
  entity: node('t', 'db.s.target'),
  nodes: [node('a', 'db.s.orders'), node('b', 'db.s.raw'), node('c', 'db.s.own'), node('d', 'db.s.gone', { deleted: true })],
  upstreamEdges: [
    {
      fromEntity: 'a',
      toEntity: 't',
      lineageDetails: {
        columnsLineage: [
          { fromColumns: ['db.s.orders.id'], toColumn: 'db.s.target.order_id' },
          { fromColumns: ['db.s.orders.email', 'db.s.elsewhere.x'], toColumn: 'db.s.target."contact.email"' },
          { fromColumns: ['db.s.orders.id'], toColumn: 'db.s.other.order_id' },
          { fromColumns: null, toColumn: 'db.s.target.nothing' },
        ],
      },
    },
    { fromEntity: 'b', toEntity: 't', lineageDetails: { columnsLineage: [{ fromColumns: ['db.s.raw.payload'], toColumn: 'db.s.target.order_id' }] } },
    { fromEntity: 'c', toEntity: 't', lineageDetails: { columnsLineage: [{ fromColumns: ['db.s.own.id'], toColumn: 'db.s.target.order_id' }] } },
    { fromEntity: 'd', toEntity: 't', lineageDetails: { columnsLineage: [{ fromColumns: ['db.s.gone.id'], toColumn: 'db.s.target.order_id' }] } },
    { fromEntity: 'a', toEntity: 'x', lineageDetails: { columnsLineage: [{ fromColumns: ['db.s.orders.id'], toColumn: 'db.s.x.id' }] } },
  ],
}
const products: Record<string, string> = { 'db.s.orders': 'urn:orders', 'db.s.own': 'urn:self', 'db.s.gone': 'urn:gone' }
const context = { ownAssets: new Set(['db.s.target', 'db.s.own']), productOf: (fqn: string) => products[fqn] }

describe('OpenMetadata column lineage', () => {
  it('names a column by its path within its table, quotes removed', () => {
    expect(localColumn('db.s.t', 'db.s.t.shipping.city')).toBe('shipping.city')
    expect(localColumn('db.s.t', 'db.s.t."a.b"')).toBe('a.b')
    expect(localColumn('db.s.t', 'db.s.other.c')).toBeUndefined()
    expect(localColumn('db.s.t', 'db.s.t')).toBeUndefined()
  })

  it('links columns of the table to the columns of upstream products they come from', () => {
    expect(upstreamColumnLineage(lineage, context)).toEqual([
      { outputPortId: 'db.s.target', column: 'order_id', from: [{ productUrn: 'urn:orders', outputPortId: 'db.s.orders', column: 'id' }] },
      { outputPortId: 'db.s.target', column: 'contact.email', from: [{ productUrn: 'urn:orders', outputPortId: 'db.s.orders', column: 'email' }] },
    ])
  })

  it('gathers every upstream column of one column across edges', () => {
    const more = { ...lineage, upstreamEdges: [...lineage.upstreamEdges!, { fromEntity: 'b', toEntity: 't', lineageDetails: { columnsLineage: [{ fromColumns: ['db.s.raw.id'], toColumn: 'db.s.target.order_id' }] } }] }
    const [orderId] = upstreamColumnLineage(more, { ...context, productOf: (fqn: string) => products[fqn] ?? 'urn:raw' })
    expect(orderId?.from.map((f) => `${f.productUrn}:${f.column}`)).toEqual(['urn:orders:id', 'urn:raw:payload', 'urn:raw:id'])
  })

  it('keeps table-level inputs as before', () => {
    expect(upstreamInputs(lineage, context)).toEqual([
      { kind: 'product', productUrn: 'urn:orders', outputPortId: 'db.s.orders' },
      { kind: 'external', name: 'db.s.raw', system: 'OpenMetadata table' },
    ])
  })
})

describe('OpenMetadata lineage over several hops', () => {
  // raw → orders (Orders) → lines (Orders) → campaigns (Campaigns) → roas (Ads); a second answer repeats an edge.
  const chain: WireLineage = {
    entity: node('o', 'db.s.orders'),
    nodes: [node('r', 'db.s.raw'), node('l', 'db.s.lines'), node('c', 'db.s.campaigns'), node('x', 'db.s.roas'), node('z', 'db.s.loose')],
    upstreamEdges: [{ fromEntity: 'r', toEntity: 'o' }],
    downstreamEdges: [
      { fromEntity: 'o', toEntity: 'l' },
      { fromEntity: 'l', toEntity: 'c', lineageDetails: { columnsLineage: [{ fromColumns: ['db.s.lines.id'], toColumn: 'db.s.campaigns.order_id' }] } },
      { fromEntity: 'c', toEntity: 'x' },
      { fromEntity: 'c', toEntity: 'z' },
    ],
  }
  const second: WireLineage = {
    entity: node('l', 'db.s.lines'),
    nodes: [node('c', 'db.s.campaigns')],
    downstreamEdges: [{ fromEntity: 'l', toEntity: 'c', lineageDetails: { columnsLineage: [{ fromColumns: ['db.s.lines.sku'], toColumn: 'db.s.campaigns.sku' }] } }],
  }
  const holders: Record<string, string> = { 'db.s.orders': 'urn:orders', 'db.s.lines': 'urn:orders', 'db.s.campaigns': 'urn:campaigns', 'db.s.roas': 'urn:ads' }

  it('joins answers into one graph, each edge once with its column lineage joined', () => {
    const graph = joinLineage([chain, second])
    expect([...graph.nodes.keys()].sort()).toEqual(['c', 'l', 'o', 'r', 'x', 'z'])
    expect(graph.edges).toHaveLength(5)
    expect(graph.edges.find((e) => e.fromEntity === 'l')?.lineageDetails?.columnsLineage).toHaveLength(2)
  })

  it('gives each product the inputs that reach it, however far from the focus, and leaves out edges inside a product', () => {
    const links = productLinks(joinLineage([chain, second]), (fqn) => holders[fqn])
    expect([...links.keys()]).toEqual(['urn:orders', 'urn:campaigns', 'urn:ads'])
    expect(links.get('urn:orders')?.inputs).toEqual([{ kind: 'external', name: 'db.s.raw', system: 'OpenMetadata table' }])
    expect(links.get('urn:campaigns')?.inputs).toEqual([{ kind: 'product', productUrn: 'urn:orders', outputPortId: 'db.s.lines' }])
    expect(links.get('urn:ads')?.inputs).toEqual([{ kind: 'product', productUrn: 'urn:campaigns', outputPortId: 'db.s.campaigns' }])
    expect(links.get('urn:campaigns')?.columns).toEqual([
      { outputPortId: 'db.s.campaigns', column: 'order_id', from: [{ productUrn: 'urn:orders', outputPortId: 'db.s.lines', column: 'id' }] },
      { outputPortId: 'db.s.campaigns', column: 'sku', from: [{ productUrn: 'urn:orders', outputPortId: 'db.s.lines', column: 'sku' }] },
    ])
  })

  it('skips edges touching deleted entities', () => {
    const gone: WireLineage = { ...chain, nodes: chain.nodes!.map((n) => (n.id === 'c' ? { ...n, deleted: true } : n)) }
    const links = productLinks(joinLineage([gone]), (fqn) => holders[fqn])
    expect(links.has('urn:campaigns')).toBe(false)
    expect(links.has('urn:ads')).toBe(false)
  })
})
