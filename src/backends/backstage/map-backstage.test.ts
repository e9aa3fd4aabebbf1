import { authored, CAMPAIGNS, CUSTOMER_360, ORDERS, served } from '../../mocks/backstage/backstage-fixture'
import { withRelations } from '../../mocks/backstage/backstage-relations'
import { mapBackstageCatalog } from './map-backstage'
import { UNASSIGNED_DOMAIN } from './map-directory'
import type { MapContext } from './map-products'

const context: MapContext = { rule: { types: ['data-product'], systems: false }, readAt: '2025-01-02T03:04:05.000Z', appUrl: 'https://backstage.acme.example/' }
const asServed = () => withRelations(authored.map(served))
/** Entities as written, without the relations Backstage adds: the spec alone must be enough. */
const specOnly = () => authored.map(served)
const product = (catalog: ReturnType<typeof mapBackstageCatalog>, urn: string) => catalog.products.find((p) => p.urn === urn)!

describe.each([
  ['served with relations', asServed],
  ['spec fields only', specOnly],
])('mapping a Backstage catalogue (%s)', (_name, entities) => {
  const catalog = mapBackstageCatalog(entities(), context)

  it('takes Systems and Components of type data-product as products, nothing else', () => {
    expect(catalog.issues).toEqual([])
    expect(catalog.products.map((p) => p.urn).sort()).toEqual([CAMPAIGNS, CUSTOMER_360, ORDERS].sort())
  })

  it('nests domains through subdomainOf, with their owning team', () => {
    expect(catalog.domains).toContainEqual({ id: 'domain:default/orders', name: 'Orders', description: 'Orders from the web shop.', parentId: 'domain:default/commerce', ownerTeamId: 'group:default/commerce-data' })
    expect(catalog.domains.find((d) => d.id === 'domain:default/commerce')?.parentId).toBeUndefined()
    expect(catalog.domains.find((d) => d.id === UNASSIGNED_DOMAIN)?.name).toBe('No domain')
  })

  it('maps groups to teams and users to people, membership read from either side', () => {
    const commerce = catalog.teams.find((t) => t.id === 'group:default/commerce-data')!
    expect(commerce).toMatchObject({ name: 'Commerce data team', members: [{ personId: 'user:default/jane', role: 'Member' }], contacts: [{ kind: 'email', href: 'mailto:commerce-data@acme.example', label: 'commerce-data@acme.example' }] })
    expect(catalog.people.find((p) => p.id === 'user:default/jane')).toMatchObject({ name: 'Jane Doe', email: 'jane@acme.example', teamIds: ['group:default/commerce-data'] })
    expect(catalog.people.find((p) => p.id === 'user:default/bo')?.teamIds).toEqual(['group:default/marketing-analytics'])
    expect(catalog.teams.find((t) => t.id === 'group:default/marketing-analytics')?.members).toEqual([{ personId: 'user:default/bo', role: 'Member' }])
  })

  it('maps a System product: domain, owner, tags, ports from its APIs and Resources, safe links with the source file', () => {
    const orders = product(catalog, ORDERS)
    expect(orders).toMatchObject({ name: 'orders', title: 'Orders', domainId: 'domain:default/orders', kind: 'source-aligned', lifecycle: 'active', tags: ['gold', 'orders'], owners: [{ role: 'product-owner', teamId: 'group:default/commerce-data' }], updatedAt: context.readAt })
    expect(orders.outputPorts.map((p) => [p.id, p.type, p.format])).toEqual(
      expect.arrayContaining([
        ['api:default/orders-events', 'topic', 'asyncapi'],
        ['resource:default/orders-table', 'table', 'table'],
      ]),
    )
    expect(orders.outputPorts).toHaveLength(2)
    expect(orders.links).toEqual([
      { label: 'Edit in source', url: 'https://github.com/acme/data-mesh/edit/main/orders/catalog-info.yaml' },
      { label: 'Open in Backstage', url: 'https://backstage.acme.example/catalog/default/system/orders' },
      { label: 'Runbook', url: 'https://wiki.acme.example/orders' },
    ])
  })

  it('reads columns from an AsyncAPI payload and an OpenAPI schema', () => {
    const events = product(catalog, ORDERS).outputPorts.find((p) => p.id === 'api:default/orders-events')!
    expect(events.columns).toEqual([
      { name: 'order_id', type: 'string (uuid)', description: 'Order key.', required: true },
      { name: 'amount', type: 'number', description: 'Total in EUR.', required: true },
      { name: 'customer', type: 'object', description: 'Who bought.', fields: [{ name: 'email', type: 'string', description: 'Hashed e-mail.' }] },
    ])
    const api = product(catalog, CAMPAIGNS).outputPorts.find((p) => p.id === 'api:default/campaign-api')!
    expect(api.columns.map((c) => c.name)).toEqual(['campaign_id', 'spend', 'conversions'])
  })

  it('turns dependsOn and consumesApi into lineage: product inputs through ports, the rest external', () => {
    expect(product(catalog, ORDERS).inputPorts).toEqual(
      expect.arrayContaining([
        { kind: 'external', name: 'Checkout events', system: 'Checkout' },
        { kind: 'external', name: 'Checkout database', system: 'Checkout' },
      ]),
    )
    expect(product(catalog, ORDERS).inputPorts).toHaveLength(2)
    const campaigns = product(catalog, CAMPAIGNS)
    expect(campaigns.inputPorts).toEqual(
      expect.arrayContaining([
        { kind: 'product', productUrn: ORDERS, outputPortId: 'api:default/orders-events' },
        { kind: 'product', productUrn: ORDERS, outputPortId: 'resource:default/orders-table' },
      ]),
    )
    expect(campaigns.kind).toBe('aggregate')
  })

  it('maps a Component product with a person as owner and no system into “No domain”', () => {
    expect(product(catalog, CUSTOMER_360)).toMatchObject({
      title: 'Customer 360',
      lifecycle: 'draft',
      domainId: UNASSIGNED_DOMAIN,
      owners: [{ role: 'product-owner', personId: 'user:default/bo' }],
      inputPorts: [
        { kind: 'product', productUrn: ORDERS, outputPortId: 'resource:default/orders-table' },
        { kind: 'product', productUrn: CAMPAIGNS, outputPortId: 'resource:default/campaign-results' },
      ],
      links: [
        { label: 'Edit in source', url: 'https://github.com/acme/data-mesh/blob/main/customer-360/catalog-info.yaml' },
        { label: 'Open in Backstage', url: 'https://backstage.acme.example/catalog/default/component/customer-360' },
      ],
    })
  })
})

describe('mapping rules and untrusted entities', () => {
  it('counts every System as a product under the system rule', () => {
    const catalog = mapBackstageCatalog(asServed(), { ...context, rule: { types: ['data-product'], systems: true } })
    expect(catalog.products.map((p) => p.urn)).toContain('system:default/checkout')
    const orders = product(catalog, ORDERS)
    expect(orders.inputPorts).toEqual(expect.arrayContaining([{ kind: 'product', productUrn: 'system:default/checkout', outputPortId: 'api:default/checkout-events' }]))
  })

  it('follows relations Backstage sent even when the spec no longer says so', () => {
    const entities = asServed().map((e) => (e.kind === 'Component' ? { ...e, spec: { type: e.spec.type } } : e))
    const campaigns = product(mapBackstageCatalog(entities, context), CAMPAIGNS)
    expect(campaigns.inputPorts).toContainEqual({ kind: 'product', productUrn: ORDERS, outputPortId: 'resource:default/orders-table' })
  })

  it('skips malformed entities with an issue each, passes over kinds it does not map, and keeps the rest', () => {
    const catalog = mapBackstageCatalog(
      [
        ...asServed(),
        { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'broken' }, spec: { owner: 'x' } },
        { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 42 }, spec: {} },
        { apiVersion: 'backstage.io/v1alpha1', kind: 'Template', metadata: { name: 'scaffold' }, spec: {} },
        null,
        'text',
      ],
      context,
    )
    expect(catalog.products).toHaveLength(3)
    expect(catalog.issues).toEqual([
      { entity: 'component', ref: 'component:default/broken', message: expect.stringContaining('spec.type') },
      { entity: 'system', ref: expect.stringMatching(/^#\d+$/), message: expect.stringContaining('metadata.name') },
      { entity: 'entity', ref: expect.stringMatching(/^#\d+$/), message: expect.stringContaining('kind') },
      { entity: 'entity', ref: expect.stringMatching(/^#\d+$/), message: expect.stringContaining('kind') },
    ])
  })

  it('keeps hostile text as text, drops unsafe links and survives unreadable definitions and references', () => {
    const hostile = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: {
        name: 'evil',
        title: '<img src=x onerror=alert(1)>',
        annotations: { 'backstage.io/edit-url': 'javascript:alert(1)', 'backstage.io/source-location': 'url:https://git.example/evil/' },
        links: [{ url: 'data:text/html,<script>alert(1)</script>' }],
      },
      spec: { type: 'data-product', owner: 'group:a/b/c', domain: '::' },
      relations: [{ type: 'dependsOn', targetRef: 'not a ref / at all' }],
    }
    const api = { apiVersion: 'backstage.io/v1alpha1', kind: 'API', metadata: { name: 'bad-api' }, spec: { type: 'openapi', system: 'evil', definition: '{ not: [yaml' } }
    const catalog = mapBackstageCatalog([hostile, api], context)
    const evil = product(catalog, 'system:default/evil')
    expect(evil.title).toBe('<img src=x onerror=alert(1)>')
    expect(evil.links.map((l) => l.url)).toEqual(['https://git.example/evil/', 'https://backstage.acme.example/catalog/default/system/evil'])
    expect(evil.owners).toEqual([])
    expect(evil.outputPorts).toEqual([expect.objectContaining({ id: 'api:default/bad-api', columns: [] })])
  })

  it('reports an entity sent twice once', () => {
    const twice = [...asServed(), served(authored[0]!, 99)]
    expect(mapBackstageCatalog(twice, context).issues).toEqual([{ entity: 'domain', ref: 'domain:default/commerce', message: 'sent twice; the first one is used' }])
  })
})
