export const BUSINESS_AREAS = [
  'Retail', 'Payments', 'Logistics', 'Warehousing', 'Pricing', 'Loyalty', 'Catalogue', 'Search', 'Checkout', 'Fraud',
  'Marketing', 'Advertising', 'Customer care', 'Identity', 'Billing', 'Finance', 'Procurement', 'Supply chain',
  'Inventory', 'Returns', 'Delivery', 'Partners', 'Marketplace', 'Subscriptions', 'Content', 'Mobile', 'Web',
  'Stores', 'People', 'Workforce', 'Facilities', 'Energy', 'Fleet', 'Insurance', 'Claims', 'Lending', 'Risk',
  'Compliance', 'Tax', 'Treasury',
] as const

export const REGIONS = ['EU', 'NA', 'LATAM', 'APAC', 'UK', 'DACH', 'Nordics', 'Iberia', 'ANZ', 'Japan'] as const

/** Plural for product names, singular for key columns. */
export const ENTITIES: readonly (readonly [plural: string, singular: string])[] = [
  ['orders', 'order'], ['payments', 'payment'], ['customers', 'customer'], ['shipments', 'shipment'],
  ['invoices', 'invoice'], ['sessions', 'session'], ['clicks', 'click'], ['carts', 'cart'], ['returns', 'return'],
  ['refunds', 'refund'], ['products', 'product'], ['prices', 'price'], ['promotions', 'promotion'],
  ['coupons', 'coupon'], ['stores', 'store'], ['suppliers', 'supplier'], ['purchase_orders', 'purchase_order'],
  ['stock_levels', 'stock_level'], ['deliveries', 'delivery'], ['routes', 'route'], ['drivers', 'driver'],
  ['vehicles', 'vehicle'], ['tickets', 'ticket'], ['surveys', 'survey'], ['reviews', 'review'], ['searches', 'search'],
  ['impressions', 'impression'], ['campaigns', 'campaign'], ['leads', 'lead'], ['accounts', 'account'],
  ['subscriptions', 'subscription'], ['contracts', 'contract'], ['claims', 'claim'], ['policies', 'policy'],
  ['loans', 'loan'], ['transactions', 'transaction'], ['ledger_entries', 'ledger_entry'], ['budgets', 'budget'],
  ['employees', 'employee'], ['shifts', 'shift'], ['devices', 'device'], ['meters', 'meter'], ['readings', 'reading'],
  ['alerts', 'alert'], ['incidents', 'incident'], ['listings', 'listing'], ['bookings', 'booking'], ['visits', 'visit'],
]

export const QUALIFIERS = {
  'source-aligned': ['events', 'raw', 'snapshot', 'changes', 'log', 'records', 'feed'],
  aggregate: ['daily', 'weekly', 'monthly', 'enriched', 'by_region', 'summary', 'history', 'facts'],
  'consumer-aligned': ['report', 'scorecard', 'api', 'export', 'features', 'forecast', 'kpis', 'mart'],
} as const

export const FIRST_NAMES = [
  'Ada', 'Ahmed', 'Aiko', 'Alba', 'Amir', 'Ana', 'Anders', 'Asha', 'Ben', 'Bianca', 'Carlos', 'Chen', 'Chiara',
  'Dara', 'David', 'Elif', 'Emeka', 'Emma', 'Farah', 'Felix', 'Grace', 'Hana', 'Hugo', 'Ines', 'Ivan', 'Jae',
  'Jonas', 'Julia', 'Kai', 'Karim', 'Lars', 'Leila', 'Lena', 'Liam', 'Lucia', 'Mai', 'Marta', 'Mateo', 'Mei',
  'Nadia', 'Nikhil', 'Noor', 'Olga', 'Omar', 'Paula', 'Pedro', 'Priya', 'Quinn', 'Rafael', 'Rosa', 'Sara',
  'Sven', 'Tariq', 'Tess', 'Umar', 'Vera', 'Wei', 'Yara', 'Yusuf', 'Zoe',
] as const

export const LAST_NAMES = [
  'Abara', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fernandes', 'Garcia', 'Haddad', 'Ito', 'Jansen', 'Kowalski',
  'Larsen', 'Meyer', 'Nakamura', 'Novak', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Santos', 'Schmidt', 'Tanaka',
  'Usman', 'Varga', 'Wagner', 'Xu', 'Yilmaz', 'Zhang', 'Andersson', 'Bauer', 'Chowdhury', 'Diaz', 'Evans',
  'Fischer', 'Gupta', 'Horvat', 'Ivanova', 'Jung', 'Khan', 'Lopez', 'Moreau', 'Nguyen', 'Olsen', 'Park',
  'Ramos', 'Silva', 'Torres', 'Ueda', 'Vogel', 'Weber', 'Young', 'Zimmermann',
] as const

export const MEMBER_ROLES = ['Product owner', 'Data engineer', 'Analytics engineer'] as const

export const EXTERNAL_SYSTEMS = [
  ['Orders service', 'orders-service'], ['Point of sale', 'pos'], ['ERP (SAP)', 'sap'], ['CRM (Salesforce)', 'salesforce'],
  ['Web analytics', 'snowplow'], ['Mobile telemetry', 'mobile-sdk'], ['Warehouse management system', 'wms'],
  ['Payment gateway', 'payment-gateway'], ['Ticketing (Zendesk)', 'zendesk'], ['HR system (Workday)', 'workday'],
  ['IoT gateway', 'iot-gateway'], ['Partner SFTP drop', 'sftp'], ['Ad platforms', 'ad-platforms'],
  ['Billing system', 'billing'], ['Fleet telematics', 'telematics'], ['Spreadsheet uploads', 'sheets'],
] as const

export const TAGS = ['pii', 'gold', 'silver', 'events', 'finance', 'kpi', 'gdpr', 'ml', 'reference', 'near-real-time', 'legacy'] as const

export const GLOSSARY_TERMS = [
  'Active customer', 'Gross merchandise value', 'Net revenue', 'Order', 'Conversion rate', 'Churn', 'Lead time',
  'On-time delivery', 'Basket size', 'Customer lifetime value',
] as const

export const CADENCES = ['hourly', 'daily by 06:00 UTC', 'every 15 minutes', 'weekly on Mondays', 'monthly'] as const
