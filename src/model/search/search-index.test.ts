import { makeColumn, makePort, makeProduct } from '../test-products'
import type { Catalog, DataProduct } from '../types'
import { createSearchIndex } from './search-index'
import type { FacetFilters, SearchRequest, SearchSort } from './search-types'

const catalogOf = (products: DataProduct[]): Catalog => ({
  domains: [
    { id: 'playback', name: 'Playback' },
    { id: 'finance', name: 'Finance' },
  ],
  teams: [
    { id: 'playback-data', name: 'Playback Data', members: [], contacts: [] },
    { id: 'fin-analytics', name: 'Finance Analytics', members: [], contacts: [] },
  ],
  people: [{ id: 'maya', name: 'Maya Chen', contacts: [], teamIds: ['playback-data'] }],
  products,
  issues: [],
})

const request = (q: string, filters: FacetFilters = {}, sort: SearchSort = 'relevance'): SearchRequest => ({
  q,
  filters,
  sort,
  offset: 0,
  limit: 50,
})

const sessions = makeProduct({
  urn: 'urn:tessera:product:playback.playback_sessions',
  name: 'playback_sessions',
  title: 'Playback sessions',
  domainId: 'playback',
  description: 'One row per playback session, from the player heartbeat.',
  tags: ['gold'],
  owners: [
    { role: 'product-owner', teamId: 'playback-data' },
    { role: 'technical-owner', personId: 'maya' },
  ],
  outputPorts: [
    makePort({
      location: 'warehouse.playback.sessions',
      columns: [
        makeColumn({ name: 'session_id' }),
        makeColumn({ name: 'device', type: 'struct', fields: [makeColumn({ name: 'os_version' })] }),
      ],
    }),
  ],
})
const legacy = makeProduct({
  name: 'playback_sessions_legacy',
  title: 'Playback sessions (legacy)',
  domainId: 'playback',
  lifecycle: 'deprecated',
  description: 'The old sessions table.',
})
const churn = makeProduct({
  name: 'churn_scores',
  title: 'Churn scores',
  domainId: 'finance',
  kind: 'consumer-aligned',
  description: 'Probability that a subscriber leaves next month.',
  owners: [{ role: 'product-owner', teamId: 'fin-analytics' }],
  contract: undefined,
  slos: [],
})
const revenue = makeProduct({
  name: 'revenue_daily',
  title: 'Daily revenue',
  domainId: 'finance',
  kind: 'aggregate',
  description: 'Revenue per market and day; drives the churn dashboard.',
  owners: [{ role: 'product-owner', teamId: 'fin-analytics' }],
  tags: ['finance-certified'],
  outputPorts: [makePort({ type: 'view', columns: [makeColumn({ name: 'market' }), makeColumn({ name: 'amount_eur' })] })],
})
const orders = makeProduct({ name: 'orders', title: 'Orders', domainId: 'finance', description: 'Every order.' })
const borders = makeProduct({ name: 'borders', title: 'Borders', domainId: 'finance', description: 'Country borders.' })

const index = createSearchIndex(catalogOf([sessions, legacy, churn, revenue, orders, borders]))
const titles = (q: string, filters?: FacetFilters, sort?: SearchSort) => index.search(request(q, filters, sort)).hits.map((h) => h.title)

describe('search ranking', () => {
  it('puts the exact name first, then products it prefixes', () => {
    expect(titles('playback_sessions').slice(0, 2)).toEqual(['Playback sessions', 'Playback sessions (legacy)'])
  })
  it('finds a product by its URN and by its output port location', () => {
    expect(titles(sessions.urn)[0]).toBe('Playback sessions')
    expect(titles('warehouse.playback.sessions')[0]).toBe('Playback sessions')
  })
  it('does not look for near-spellings of a word the catalogue has', () => {
    expect(titles('orders')).toEqual(['Orders'])
    expect(titles('ordrs')).toEqual(['Orders'])
  })
  it('looks for near-spellings only from five letters, so a name does not find look-alike words', () => {
    expect(titles('maya')).toEqual(['Playback sessions'])
    expect(titles('mayb')).toEqual([])
  })
  it('tolerates a typo', () => {
    expect(titles('sesions')).toContain('Playback sessions')
    expect(titles('revnue')).toContain('Daily revenue')
  })
  it('matches the word being typed as a prefix', () => {
    expect(titles('playb')[0]).toBe('Playback sessions')
  })
  it('ranks a name match above a description match', () => {
    expect(titles('churn')).toEqual(['Churn scores', 'Daily revenue'])
  })
  it('sinks a deprecated product below an equally good active one', () => {
    expect(titles('sessions').slice(0, 2)).toEqual(['Playback sessions', 'Playback sessions (legacy)'])
  })
  it('finds a product by a column and says which column matched', () => {
    const [hit] = index.search(request('session_id')).hits
    expect(hit?.title).toBe('Playback sessions')
    expect(hit?.matchedColumn).toBe('session_id')
  })
  it('names a nested column by its path', () => {
    expect(index.search(request('os_version')).hits[0]?.matchedColumn).toBe('device.os_version')
  })
  it('finds products by owner team, owner person, domain and tag', () => {
    expect(titles('Playback Data')).toContain('Playback sessions')
    expect(titles('maya')).toEqual(['Playback sessions'])
    expect(titles('finance')).toEqual(expect.arrayContaining(['Churn scores', 'Daily revenue']))
    expect(titles('finance-certified')).toEqual(['Daily revenue'])
  })
  it('lists products matching every word first, then those matching most of them', () => {
    const response = index.search(request('churn dashboard'))
    expect(response.hits.map((h) => h.title)).toEqual(['Daily revenue', 'Churn scores'])
    expect(response.complete).toBe(1)
    expect(response.hits[0]?.missingWords).toBeUndefined()
    expect(response.hits[1]?.missingWords).toEqual(['dashboard'])
    const relaxed = index.search(request('churn zebra'))
    expect(relaxed.relaxed).toBe(true)
    expect(relaxed.complete).toBe(0)
    expect(relaxed.hits.map((h) => h.title)).toContain('Churn scores')
    expect(index.search(request('zebra')).total).toBe(0)
  })
  it('does not require common words, nor mark them', () => {
    const response = index.search(request('revenue by market'))
    expect(response.hits.map((h) => h.title)).toEqual(['Daily revenue'])
    expect(response.complete).toBeUndefined()
    expect(response.hits[0]?.highlights).not.toContain('by')
  })
  it('says why each product matched, and a name match is not a column match', () => {
    const [byName] = index.search(request('sessions')).hits
    expect(byName?.reasons).toEqual([{ kind: 'name' }])
    expect(byName?.matchedColumn).toBeUndefined()
    expect(index.search(request('amount_eur')).hits[0]?.reasons).toEqual([{ kind: 'column', column: 'amount_eur' }])
    expect(index.search(request('maya chen')).hits[0]?.reasons).toEqual([{ kind: 'owner', owner: 'Maya Chen' }])
    expect(index.search(request('finance-certified')).hits[0]?.reasons).toEqual([{ kind: 'tag', tag: 'finance-certified' }])
    expect(index.search(request('heartbeat')).hits[0]?.reasons).toEqual([{ kind: 'description' }])
  })
  it('finds a product by its source’s own id and by its contract’s id, and says which id matched', () => {
    const contracted = makeProduct({
      name: 'shipments',
      title: 'Shipments',
      ids: ['shipments-product'],
      contract: { id: 'urn:datacontract:logistics:shipments-v2', version: '2.0.0' },
    })
    const withIds = createSearchIndex(catalogOf([sessions, orders, contracted]))
    const [byContract] = withIds.search(request('urn:datacontract:logistics:shipments-v2')).hits
    expect(byContract?.title).toBe('Shipments')
    expect(byContract?.reasons).toEqual([{ kind: 'id', id: 'urn:datacontract:logistics:shipments-v2' }])
    expect(withIds.search(request('shipments-product')).hits[0]?.title).toBe('Shipments')
  })
  it('picks a description line that shows the match and lists words to highlight', () => {
    const [hit] = index.search(request('dashboard')).hits
    expect(hit?.snippet).toContain('churn dashboard')
    expect(hit?.highlights).toContain('dashboard')
  })
})

describe('facets', () => {
  it('counts values over the matching products', () => {
    const { facets, total } = index.search(request(''))
    expect(total).toBe(6)
    expect(facets.domain).toEqual([
      { value: 'finance', label: 'Finance', count: 4 },
      { value: 'playback', label: 'Playback', count: 2 },
    ])
    expect(facets.contract.find((v) => v.value === 'no')?.count).toBe(1)
  })
  it('takes sub-domains into a domain filter and its count, as the domain page does', () => {
    const nested = createSearchIndex({
      ...catalogOf([orders, borders]),
      domains: [
        { id: 'company', name: 'Company' },
        { id: 'finance', name: 'Finance', parentId: 'company' },
      ],
    })
    const { facets, hits } = nested.search(request('', { domain: ['company'] }))
    expect(hits.map((h) => h.title).sort()).toEqual(['Borders', 'Orders'])
    expect(facets.domain).toEqual(expect.arrayContaining([{ value: 'company', label: 'Company', count: 2 }, { value: 'finance', label: 'Finance', count: 2 }]))
  })
  it('combines values of one facet with OR and facets with each other with AND', () => {
    expect(titles('', { kind: ['aggregate', 'consumer-aligned'] }).sort()).toEqual(['Churn scores', 'Daily revenue'])
    expect(titles('', { kind: ['aggregate', 'consumer-aligned'], contract: ['yes'] })).toEqual(['Daily revenue'])
  })
  it('keeps counting a facet’s other values while one of them is selected', () => {
    const { facets } = index.search(request('', { kind: ['aggregate'], domain: ['finance'] }))
    expect(facets.kind.find((v) => v.value === 'consumer-aligned')?.count).toBe(1)
    expect(facets.kind.find((v) => v.value === 'source-aligned')?.count).toBe(2)
    expect(facets.domain.find((v) => v.value === 'playback')).toBeUndefined()
  })
  it('counts under the query', () => {
    expect(index.search(request('sessions')).facets.lifecycle).toEqual([
      { value: 'active', label: 'Active', count: 1 },
      { value: 'deprecated', label: 'Deprecated', count: 1 },
    ])
  })
  it('still lists a selected value that nothing matches, with a zero count', () => {
    const { facets, total } = index.search(request('churn', { tag: ['gold'] }))
    expect(total).toBe(0)
    expect(facets.tag).toContainEqual({ value: 'gold', label: 'gold', count: 0 })
  })
})

describe('sorting and paging', () => {
  it('sorts by name and by last update', () => {
    const recent = makeProduct({ title: 'Zeta', updatedAt: '2026-01-01T00:00:00Z' })
    const old = makeProduct({ title: 'Alpha', updatedAt: '2020-01-01T00:00:00Z' })
    const small = createSearchIndex(catalogOf([recent, old]))
    expect(small.search(request('', {}, 'name')).hits.map((h) => h.title)).toEqual(['Alpha', 'Zeta'])
    expect(small.search(request('', {}, 'updated')).hits.map((h) => h.title)).toEqual(['Zeta', 'Alpha'])
  })
  it('pages through the same ordering', () => {
    const all = titles('')
    const second = index.search({ ...request(''), offset: 2, limit: 2 })
    expect(second.total).toBe(6)
    expect(second.hits.map((h) => h.title)).toEqual(all.slice(2, 4))
  })
  it('lists active, documented, contract-backed products first when there is no query', () => {
    expect(titles('').at(-1)).toBe('Playback sessions (legacy)')
  })
})

describe('usage as a ranking signal', () => {
  const twin = (urn: string, queries?: number) =>
    makeProduct({ urn, name: urn.split('.').pop()!, title: `Churn ${urn.slice(-1)}`, description: 'Monthly churn by plan.', ...(queries === undefined ? {} : { usage: { queries } }) })

  it('puts the more used of two equally matching products first, whichever comes first in the catalogue', () => {
    const hits = (products: DataProduct[]) => createSearchIndex(catalogOf(products)).search(request('churn')).hits.map((h) => h.urn)
    expect(hits([twin('urn:x.a', 20), twin('urn:x.b', 4000)])).toEqual(['urn:x.b', 'urn:x.a'])
    expect(hits([twin('urn:x.a', 4000), twin('urn:x.b', 20)])).toEqual(['urn:x.a', 'urn:x.b'])
    expect(hits([twin('urn:x.a'), twin('urn:x.b', 20)])).toEqual(['urn:x.b', 'urn:x.a'])
  })

  it('does not lift a weak match above a name match, however used', () => {
    const named = makeProduct({ urn: 'urn:x.named', name: 'churn', title: 'Churn', usage: { queries: 1 } })
    const mentioned = makeProduct({ urn: 'urn:x.mentioned', name: 'plans', title: 'Plans', description: 'Plans, and churn among them.', usage: { queries: 90000 } })
    expect(createSearchIndex(catalogOf([mentioned, named])).search(request('churn')).hits[0]!.urn).toBe('urn:x.named')
  })
})
