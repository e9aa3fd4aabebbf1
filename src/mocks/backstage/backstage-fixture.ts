/**
 * A small Backstage catalogue of a data mesh, as its teams wrote it in catalog-info.yaml files:
 * nested domains, two teams and two people, data products modelled as Systems of
 * `type: data-product` (Orders, Campaign performance) and as a Component (Customer 360),
 * with APIs and Resources as their ports, plus an ordinary service system they read from.
 * The emulated API adds what Backstage adds: namespace, uid, location annotations, relations.
 */

const REPO = 'https://github.com/acme/data-mesh'

type Spec = Record<string, unknown>
interface Authored {
  kind: string
  metadata: { name: string; title?: string; description?: string; tags?: string[]; links?: { url: string; title?: string }[]; annotations?: Record<string, string> }
  spec: Spec
  /** Folder of the catalog-info.yaml in the repository. */
  folder: string
}

const entity = (kind: string, name: string, folder: string, spec: Spec, metadata: Omit<Authored['metadata'], 'name'> = {}): Authored => ({
  kind,
  metadata: { name, ...metadata },
  spec,
  folder,
})

const ORDERS_EVENTS = `asyncapi: 2.6.0
info: { title: Order events, version: 1.2.0 }
channels:
  orders.v1:
    subscribe:
      message: { $ref: '#/components/messages/OrderPlaced' }
components:
  messages:
    OrderPlaced:
      payload: { $ref: '#/components/schemas/Order' }
  schemas:
    Order:
      type: object
      required: [order_id, amount]
      properties:
        order_id: { type: string, format: uuid, description: Order key. }
        amount: { type: number, description: Total in EUR. }
        customer:
          type: object
          description: Who bought.
          properties:
            email: { type: string, description: Hashed e-mail. }
`

const CAMPAIGN_API = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Campaign performance', version: '1.0.0' },
  paths: {},
  components: {
    schemas: {
      Campaign: {
        type: 'object',
        required: ['campaign_id'],
        properties: { campaign_id: { type: 'string' }, spend: { type: 'number', description: 'Spend in EUR.' }, conversions: { type: 'integer' } },
      },
    },
  },
})

export const authored: Authored[] = [
  entity('Domain', 'commerce', 'domains', { owner: 'commerce-data' }, { title: 'Commerce', description: 'Buying and selling.' }),
  entity('Domain', 'orders', 'domains', { owner: 'commerce-data', subdomainOf: 'commerce' }, { title: 'Orders', description: 'Orders from the web shop.' }),
  entity('Domain', 'marketing', 'domains', { owner: 'marketing-analytics' }, { title: 'Marketing' }),

  entity('Group', 'commerce-data', 'org', { type: 'team', profile: { displayName: 'Commerce data team', email: 'commerce-data@acme.example' }, children: [], members: ['jane'] }),
  entity('Group', 'marketing-analytics', 'org', { type: 'team', profile: { displayName: 'Marketing analytics' }, children: [] }, { description: 'Campaign reporting.' }),
  entity('User', 'jane', 'org', { profile: { displayName: 'Jane Doe', email: 'jane@acme.example' }, memberOf: [] }),
  entity('User', 'bo', 'org', { profile: { displayName: 'Bo Smith', email: 'bo@acme.example' }, memberOf: ['marketing-analytics'] }),

  entity(
    'System',
    'orders',
    'orders',
    { owner: 'commerce-data', domain: 'orders', type: 'data-product' },
    {
      title: 'Orders',
      description: 'Every order placed in the web shop, one event per order.',
      tags: ['gold', 'orders'],
      links: [
        { url: 'https://wiki.acme.example/orders', title: 'Runbook' },
        { url: 'javascript:alert(1)', title: 'Not a link' },
      ],
      annotations: { 'backstage.io/edit-url': `${REPO}/edit/main/orders/catalog-info.yaml` },
    },
  ),
  entity('Component', 'orders-pipeline', 'orders', {
    type: 'data-pipeline',
    lifecycle: 'production',
    owner: 'commerce-data',
    system: 'orders',
    providesApis: ['orders-events'],
    consumesApis: ['checkout-events'],
    dependsOn: ['resource:checkout-db'],
  }),
  entity('API', 'orders-events', 'orders', { type: 'asyncapi', lifecycle: 'production', owner: 'commerce-data', system: 'orders', definition: ORDERS_EVENTS }, { title: 'Order events', description: 'Orders as Kafka events.' }),
  entity('Resource', 'orders-table', 'orders', { type: 'table', owner: 'commerce-data', system: 'orders', dependsOn: ['component:orders-pipeline'] }, { description: 'One row per order.' }),

  entity(
    'System',
    'campaign-performance',
    'marketing',
    { owner: 'marketing-analytics', domain: 'marketing', type: 'data-product' },
    { title: 'Campaign performance', description: 'Spend and conversions per campaign, joined with orders.' },
  ),
  entity('Component', 'campaign-etl', 'marketing', {
    type: 'data-pipeline',
    lifecycle: 'production',
    owner: 'marketing-analytics',
    system: 'campaign-performance',
    consumesApis: ['orders-events'],
    dependsOn: ['resource:orders-table'],
    providesApis: ['campaign-api'],
  }),
  entity('API', 'campaign-api', 'marketing', { type: 'openapi', lifecycle: 'production', owner: 'marketing-analytics', system: 'campaign-performance', definition: CAMPAIGN_API }),
  entity('Resource', 'campaign-results', 'marketing', { type: 'table', owner: 'marketing-analytics', system: 'campaign-performance' }),

  entity(
    'Component',
    'customer-360',
    'customer-360',
    { type: 'data-product', lifecycle: 'experimental', owner: 'user:bo', dependsOn: ['resource:orders-table', 'resource:campaign-results'] },
    { title: 'Customer 360', description: 'One row per customer with orders and campaign touches.' },
  ),

  entity('System', 'checkout', 'checkout', { owner: 'commerce-data', domain: 'commerce', type: 'service' }, { title: 'Checkout' }),
  entity('Component', 'checkout-service', 'checkout', { type: 'service', lifecycle: 'production', owner: 'commerce-data', system: 'checkout', providesApis: ['checkout-events'], dependsOn: ['resource:checkout-db'] }),
  entity('API', 'checkout-events', 'checkout', { type: 'asyncapi', lifecycle: 'production', owner: 'commerce-data', system: 'checkout', definition: 'asyncapi: 2.6.0' }, { title: 'Checkout events' }),
  entity('Resource', 'checkout-db', 'checkout', { type: 'database', owner: 'commerce-data', system: 'checkout' }, { title: 'Checkout database' }),
]

/** An entity as Backstage's API serves it, before relations: apiVersion, namespace, uid, location annotations. */
export function served({ kind, metadata, spec, folder }: Authored, index: number) {
  const location = `url:${REPO}/blob/main/${folder}/catalog-info.yaml`
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      namespace: 'default',
      uid: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      etag: `etag-${index}`,
      ...metadata,
      annotations: {
        'backstage.io/managed-by-location': location,
        'backstage.io/managed-by-origin-location': location,
        ...metadata.annotations,
      },
    },
    spec,
  }
}

export const ORDERS = 'system:default/orders'
export const CAMPAIGNS = 'system:default/campaign-performance'
export const CUSTOMER_360 = 'component:default/customer-360'
