import type { Classification, Column } from '../../model/types'
import type { Random } from './prng'
import { ENTITIES } from './word-lists'

type ColumnSpec = readonly [name: string, type: string, description: string]

const PLAIN_COLUMNS: readonly ColumnSpec[] = [
  ['customer_id', 'string', 'Customer the record belongs to.'],
  ['account_id', 'string', 'Account of the customer.'],
  ['country_code', 'string', 'ISO 3166-1 alpha-2 country.'],
  ['region', 'string', 'Sales region.'],
  ['channel', 'string', 'Sales channel: `web`, `app`, `store`, `partner`.'],
  ['status', 'string', 'Lifecycle status of the record.'],
  ['category', 'string', 'Product category.'],
  ['currency', 'string', 'ISO 4217 currency code.'],
  ['store_id', 'string', 'Store or site.'],
  ['segment', 'string', 'Customer segment.'],
  ['device_type', 'string', 'Device family.'],
  ['language', 'string', 'BCP 47 language tag.'],
  ['source_system', 'string', 'System of record.'],
  ['is_test', 'boolean', 'Test record; exclude from reporting.'],
  ['brand', 'string', 'Brand.'],
  ['warehouse_id', 'string', 'Warehouse that handled it.'],
  ['carrier', 'string', 'Carrier.'],
  ['priority', 'string', 'Priority band.'],
  ['reason_code', 'string', 'Reason code.'],
  ['partner_id', 'string', 'Partner involved.'],
  ['record_version', 'int', 'Version of the record, increasing.'],
  ['amount', 'decimal(18,2)', 'Amount in local currency.'],
  ['amount_usd', 'decimal(18,2)', 'Amount in USD at the daily rate.'],
  ['quantity', 'int', 'Units.'],
  ['record_count', 'bigint', 'Number of records aggregated.'],
  ['duration_seconds', 'bigint', 'Duration in seconds.'],
  ['discount_amount', 'decimal(18,2)', 'Discount granted.'],
  ['tax_amount', 'decimal(18,2)', 'Tax included.'],
  ['weight_kg', 'double', 'Weight in kilograms.'],
  ['distance_km', 'double', 'Distance in kilometres.'],
  ['score', 'double', 'Model score between 0 and 1.'],
  ['conversion_rate', 'double', 'Conversions over visits.'],
  ['latency_ms', 'int', 'Latency in milliseconds.'],
  ['cost_amount', 'decimal(18,2)', 'Cost in local currency.'],
  ['margin_ratio', 'decimal(18,4)', 'Gross margin ratio.'],
  ['items_count', 'int', 'Line items.'],
  ['retry_count', 'int', 'Retries before success.'],
  ['created_at', 'timestamp', 'When the record was created.'],
  ['updated_at', 'timestamp', 'When the record last changed.'],
  ['event_time', 'timestamp', 'When the event happened, UTC.'],
  ['event_date', 'date', 'Partition date, UTC.'],
  ['valid_from', 'date', 'First day the row applies.'],
  ['valid_to', 'date', 'Last day the row applies; null if current.'],
]

const PII_COLUMNS: readonly (readonly [...ColumnSpec, Classification])[] = [
  ['email', 'string', 'E-mail address.', 'confidential'],
  ['phone_number', 'string', 'Phone number in E.164.', 'confidential'],
  ['ip_address', 'string', 'Client IP address.', 'restricted'],
  ['device_id', 'string', 'Device identifier.', 'confidential'],
  ['postal_code', 'string', 'Postal code.', 'confidential'],
  ['card_last4', 'string', 'Last four card digits.', 'restricted'],
  ['full_name', 'string', 'Full name.', 'confidential'],
  ['date_of_birth', 'date', 'Date of birth.', 'restricted'],
]

type NestedSpec = readonly [name: string, isArray: boolean, description: string, fields: readonly ColumnSpec[]]

const NESTED_COLUMNS: readonly NestedSpec[] = [
  ['address', false, 'Postal address.', [
    ['street', 'string', 'Street.'], ['city', 'string', 'City.'], ['country', 'string', 'Country.'],
  ]],
  ['items', true, 'Line items.', [
    ['sku', 'string', 'Stock keeping unit.'], ['quantity', 'int', 'Units.'], ['unit_price', 'decimal(18,2)', 'Price per unit.'],
  ]],
  ['context', false, 'Client context.', [
    ['app_version', 'string', 'App version.'], ['os_name', 'string', 'Operating system.'], ['locale', 'string', 'Locale.'],
  ]],
  ['attributes', true, 'Free-form attributes.', [['key', 'string', 'Attribute name.'], ['value', 'string', 'Attribute value.']]],
]

export const VARIANTS_PER_ENTITY = 4

/**
 * Column lists shared by every port of the same entity and variant. Sharing keeps a 100k-product mesh
 * small; freezing makes an accidental in-place edit of one product throw instead of changing thousands.
 */
export type SchemaPool = readonly (readonly Column[])[]

export function createSchemaPool(random: Random): SchemaPool {
  return ENTITIES.flatMap(([, singular]) =>
    Array.from({ length: VARIANTS_PER_ENTITY }, () => deepFreeze(buildSchema(random, singular))),
  )
}

export function schemaFor(pool: SchemaPool, entityIndex: number, random: Random): Column[] {
  return pool[entityIndex * VARIANTS_PER_ENTITY + random.int(VARIANTS_PER_ENTITY)] as Column[]
}

function buildSchema(random: Random, singular: string): Column[] {
  const documented = random.chance(0.88)
  const describe = (description: string) => (documented && random.chance(0.95) ? { description } : {})
  const columns: Column[] = [{ name: `${singular}_id`, type: 'string', required: true, ...describe(`Identifier of the ${singular.replace(/_/g, ' ')}.`) }]
  const size = random.between(5, 40)
  const piiCount = random.chance(0.35) ? random.between(1, 3) : 0
  const nested = random.chance(0.3)
  for (const [name, type, description, classification] of sample(random, PII_COLUMNS, piiCount)) {
    columns.push({ name, type, pii: true, classification, tags: ['pii'], ...describe(description) })
  }
  if (nested) {
    const [name, isArray, description, fieldSpecs] = random.pick(NESTED_COLUMNS)
    const fields = fieldSpecs.map(([fieldName, type, fieldDescription]): Column => ({ name: fieldName, type, ...describe(fieldDescription) }))
    const structType = `struct<${fields.map((field) => `${field.name}:${field.type}`).join(',')}>`
    columns.push({ name, type: isArray ? `array<${structType}>` : structType, fields, ...describe(description) })
  }
  for (const [name, type, description] of sample(random, PLAIN_COLUMNS, Math.max(0, size - columns.length))) {
    columns.push({ name, type, ...describe(description) })
  }
  return columns
}

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = items.slice()
  const picked = Math.min(count, copy.length)
  for (let i = 0; i < picked; i++) {
    const j = i + random.int(copy.length - i)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy.slice(0, picked)
}

function deepFreeze(columns: Column[]): Column[] {
  for (const column of columns) {
    if (column.fields) deepFreeze(column.fields)
    if (column.tags) Object.freeze(column.tags)
    Object.freeze(column)
  }
  return Object.freeze(columns) as Column[]
}
