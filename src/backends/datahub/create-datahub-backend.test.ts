import { existsSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { createDataHubHandlers } from '../../mocks/datahub/datahub-handlers'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from '../../mocks/datahub/load-datahub-schema'
import { server } from '../../mocks/node'
import { assessCompleteness } from '../../model/completeness'
import { ForbiddenError, NotFoundError, UnsupportedError } from '../errors'
import { createDataHubBackend } from './create-datahub-backend'

const BASE = 'http://datahub.test/datahub'
const TOKEN = 'pat-secret-123'
const ORDERS = 'urn:li:dataProduct:orders'
const CAMPAIGNS = 'urn:li:dataProduct:campaigns'
const CHECKOUT = 'urn:li:dataProduct:checkout_events'
const ORDERS_TABLE = 'urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.orders.orders,PROD)'
const request = { q: '', filters: {}, sort: 'relevance' as const, offset: 0, limit: 20 }

describe.skipIf(!existsSync(DATAHUB_SDL_DIR))('DataHub backend against an emulated DataHub running its real schema', () => {
  const schema = loadDataHubSchema()!
  const backend = (token = TOKEN) => createDataHubBackend({ id: 'datahub', label: 'Acme DataHub', baseUrl: BASE, token, timeoutMs: 3000 })
  beforeEach(() => server.use(...createDataHubHandlers(schema, { basePath: '/datahub', token: TOKEN })))

  it('sums the queries of a data product’s datasets over 30 days, not their users, and gives none to a product whose datasets have no stats', async () => {
    const products = (await backend().getCatalog()).products
    const usage = (asset: string) => products.find((p) => p.outputPorts.some((port) => port.id.includes(asset)))?.usage
    expect(usage('acme.orders.orders')).toEqual({ queries: 840 })
    expect(usage('checkout_events')).toBeUndefined()
  })

  it('reads the glossary: each term by the name products carry, its description, term group and related terms; one without a description left undefined', async () => {
    expect(await backend().listGlossary!()).toEqual([
      { name: 'Order', definition: 'A customer’s purchase of one or more products, from checkout to delivery.', related: ['Customer'], glossary: 'Commerce' },
      { name: 'Customer', related: [], glossary: 'Commerce' },
      { name: 'PII', definition: 'Personally identifiable information: handle under the privacy policy.', related: [] },
    ])
  })

  it('reads nested domains, data products, owners as teams and people', async () => {
    const catalog = await backend().getCatalog()
    expect(catalog.issues).toEqual([])
    expect(catalog.domains).toContainEqual(expect.objectContaining({ id: 'urn:li:domain:orders', name: 'Orders', parentId: 'urn:li:domain:commerce' }))
    expect(catalog.domains.find((d) => d.id === 'urn:li:domain:commerce')?.ownerTeamId).toBe('urn:li:corpGroup:commerce-data')
    expect(catalog.products.map((p) => p.title).sort()).toEqual(['Campaigns', 'Checkout events', 'Orders'])
    // A group's e-mail reads as the address, not as a mailto: link's target.
    expect(catalog.teams).toEqual([
      expect.objectContaining({ id: 'urn:li:corpGroup:commerce-data', name: 'Commerce data team', contacts: [{ kind: 'email', label: 'commerce-data@acme.example', href: 'mailto:commerce-data@acme.example' }] }),
    ])
    expect(catalog.people.map((p) => p.name).sort()).toEqual(['Bo Smith', 'Jane Doe'])
  })

  it('marks the columns the catalogue listing leaves out as unread, so completeness says it is partial', async () => {
    const listed = (await backend().getCatalog()).products.find((p) => p.urn === ORDERS)
    expect(listed?.outputPorts.map((p) => [p.columns.length, p.columnsUnread])).toEqual([
      [0, true],
      [0, true],
    ])
    expect(assessCompleteness(listed!).partial?.unreadPorts).toHaveLength(2)
    const opened = await backend().getProduct(ORDERS)
    expect(opened.outputPorts.some((p) => p.columnsUnread)).toBe(false)
    expect(assessCompleteness(opened).partial).toBeUndefined()
  })

  it('maps a data product with its datasets, schema, ownership, tags, terms and documentation', async () => {
    const product = await backend().getProduct(ORDERS)
    expect(product).toMatchObject({
      urn: ORDERS,
      title: 'Orders',
      kind: 'aggregate',
      lifecycle: 'active',
      domainId: 'urn:li:domain:orders',
      tags: ['gold'],
      glossaryTerms: ['Order'],
      owners: [
        { role: 'product-owner', teamId: 'urn:li:corpGroup:commerce-data' },
        { role: 'technical-owner', personId: 'urn:li:corpuser:jdoe' },
      ],
    })
    expect(product.links.map((l) => l.label)).toEqual(['Open in DataHub', 'Runbook'])
    const [table, view] = product.outputPorts
    expect(table).toMatchObject({ id: ORDERS_TABLE, type: 'table', location: 'acme.orders.orders', format: 'Snowflake', description: 'One row per order.' })
    expect(view?.type).toBe('view')
    expect(table?.columns).toEqual([
      { name: 'order_id', type: 'NUMBER(38,0)', description: 'Order key.', required: true, tags: ['primary-key'] },
      { name: 'customer_email', type: 'VARCHAR', description: 'Buyer e-mail, hashed.', tags: ['PII'] },
      { name: 'shipping', type: 'OBJECT', description: 'Where it goes.', fields: [{ name: 'city', type: 'VARCHAR', description: 'City.' }] },
    ])
  })

  it('reads lineage into product inputs: another product through an Airflow job, a source outside the catalogue, not its own datasets', async () => {
    const expected = [
      {
        kind: 'product',
        productUrn: CHECKOUT,
        outputPortId: 'urn:li:dataset:(urn:li:dataPlatform:kafka,shop.checkout_events,PROD)',
        description: 'Through the airflow job “build_orders” of shop_etl.',
      },
      { kind: 'external', name: 'shop.public.customers', system: 'PostgreSQL' },
    ]
    expect((await backend().getProduct(ORDERS)).inputPorts).toEqual(expected)

    const catalog = await backend().getCatalog()
    const inputs = new Map(catalog.products.map((p) => [p.urn, p.inputPorts]))
    expect(inputs.get(ORDERS)).toEqual(expected)
    expect(inputs.get(CAMPAIGNS)).toEqual([{ kind: 'product', productUrn: ORDERS, outputPortId: ORDERS_TABLE }])
    expect(inputs.get(CHECKOUT)).toEqual([])
  })

  it('says not found for an unknown data product', async () => {
    await expect(backend().getProduct('urn:li:dataProduct:nope')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('searches on the server with DataHub’s facets mapped to Tessera’s, and pages', async () => {
    const all = await backend().search!(request)
    expect(all.total).toBe(3)
    // Commerce holds no product itself: it counts those of its sub-domain Orders, as the domain page does.
    expect(all.facets.domain.map((f) => [f.label, f.count])).toEqual([['Commerce', 2], ['Orders', 2], ['Marketing', 1]])
    expect(all.facets.team).toEqual([{ value: 'urn:li:corpGroup:commerce-data', label: 'Commerce data team', count: 1 }])
    expect(all.facets.tag).toEqual([{ value: 'gold', label: 'gold', count: 1 }])
    expect(all.facets.kind).toEqual([])

    const shop = await backend().search!({ ...request, q: 'web shop' })
    expect(shop.hits).toEqual([expect.objectContaining({ urn: ORDERS, title: 'Orders', domainName: 'Orders', ownerName: 'Commerce data team' })])
    expect(shop.hits[0]?.snippet).toContain('web shop')

    const tagged = await backend().search!({ ...request, filters: { tag: ['gold'] } })
    expect(tagged.hits.map((h) => h.urn)).toEqual([ORDERS])
    const marketing = await backend().search!({ ...request, filters: { domain: ['urn:li:domain:marketing'] } })
    expect(marketing.hits.map((h) => h.title)).toEqual(['Campaigns'])
    const commerce = await backend().search!({ ...request, filters: { domain: ['urn:li:domain:commerce'] } })
    expect(commerce.hits.map((h) => h.title).sort()).toEqual(['Checkout events', 'Orders'])

    const second = await backend().search!({ ...request, sort: 'name', offset: 1, limit: 1 })
    expect(second).toMatchObject({ total: 3, hits: [expect.objectContaining({ title: 'Checkout events' })] })
  })

  it('writes a description and a column description through updateDescription', async () => {
    const saved = await backend().updateProduct!(ORDERS, {
      baseRevision: 1,
      changes: { description: 'Edited in Tessera.', columnDescriptions: [{ outputPortId: ORDERS_TABLE, column: 'order_id', description: 'The order.' }] },
    })
    expect(saved.description).toBe('Edited in Tessera.')
    expect(saved.outputPorts[0]?.columns[0]?.description).toBe('The order.')
    await expect(backend().updateProduct!(ORDERS, { baseRevision: 1, changes: { glossaryTerms: ['x'] } })).rejects.toBeInstanceOf(UnsupportedError)
  })

  it('writes tags by difference: removes dropped ones, attaches existing ones by name, creates the rest', async () => {
    const saved = await backend().updateProduct!(ORDERS, { baseRevision: 1, changes: { tags: ['Needs review', 'pii', 'needs (triage)'] } })
    expect(saved.tags).toEqual(['Needs review', 'pii', 'needs (triage)'])
    const tagUrns = async () => {
      const answer = await fetch(`${BASE}/api/graphql`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ dataProduct(urn: "${ORDERS}") { tags { tags { tag { urn } } } } }` }),
      }).then((r) => r.json() as Promise<{ data: { dataProduct: { tags: { tags: { tag: { urn: string } }[] } } } }>)
      return answer.data.dataProduct.tags.tags.map((t) => t.tag.urn)
    }
    expect(await tagUrns()).toEqual(['urn:li:tag:5b0f6d2e-needs-review', 'urn:li:tag:pii', expect.stringMatching(/^urn:li:tag:[0-9a-f-]{36}$/)])
    const again = await backend().updateProduct!(ORDERS, { baseRevision: 1, changes: { tags: ['pii', 'gold'] } })
    expect(again.tags).toEqual(['pii', 'gold'])
    expect(await tagUrns()).toEqual(['urn:li:tag:pii', 'urn:li:tag:gold'])
    expect(await backend().getProduct(ORDERS)).toMatchObject({ tags: ['pii', 'gold'] })
  })

  it('writes owners by difference, with DataHub’s ownership type for each role', async () => {
    const saved = await backend().updateProduct!(ORDERS, {
      baseRevision: 1,
      changes: {
        owners: [
          { role: 'product-owner', teamId: 'urn:li:corpGroup:commerce-data' },
          { role: 'steward', personId: 'urn:li:corpuser:bsmith' },
        ],
      },
    })
    expect(saved.owners).toEqual([
      { role: 'product-owner', teamId: 'urn:li:corpGroup:commerce-data' },
      { role: 'steward', personId: 'urn:li:corpuser:bsmith' },
    ])
  })

  it('checks every change before writing any: an owner DataHub cannot record leaves the description as it was', async () => {
    const changes = { description: 'Not saved.', owners: [{ role: 'steward' as const, teamId: 'urn:li:corpGroup:commerce-data', personId: 'urn:li:corpuser:jdoe' }] }
    await expect(backend().updateProduct!(ORDERS, { baseRevision: 1, changes })).rejects.toBeInstanceOf(UnsupportedError)
    expect((await backend().getProduct(ORDERS)).description).not.toBe('Not saved.')
  })

  it('sends the token as a Bearer header only, and explains a refused token', async () => {
    const seen: string[] = []
    server.use(
      http.post('*/datahub/api/graphql', ({ request }) => {
        seen.push(request.url)
        return undefined
      }),
    )
    await backend().getProduct(ORDERS)
    expect(seen.every((url) => !url.includes(TOKEN))).toBe(true)
    await expect(backend('wrong').getCatalog()).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('knows who the token belongs to', async () => {
    expect(await backend().getIdentity!()).toMatchObject({ personId: 'urn:li:corpuser:jdoe', name: 'Jane Doe' })
  })

  it('skips a malformed data product and reports it, keeping the rest', async () => {
    server.use(
      http.post('*/datahub/api/graphql', async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string }
        if (body.operationName !== 'tesseraDataProducts') return undefined
        return HttpResponse.json({
          data: { searchAcrossEntities: { start: 0, count: 2, total: 2, searchResults: [{ entity: { urn: 'urn:li:dataProduct:ok' } }, { entity: { urn: 42 } }] } },
        })
      }),
    )
    const catalog = await backend().getCatalog()
    expect(catalog.products.map((p) => p.urn)).toEqual(['urn:li:dataProduct:ok'])
    expect(catalog.issues).toEqual([expect.objectContaining({ entity: 'product', ref: '#2' })])
  })
})
