import type { Classification, Column } from '../../model/types'

type ColumnExtras = Omit<Partial<Column>, 'name' | 'type' | 'description' | 'fields'>

export function col(name: string, type: string, description?: string, extras: ColumnExtras = {}): Column {
  return { name, type, ...(description === undefined ? {} : { description }), ...extras }
}

/** A required identifying column. */
export function key(name: string, type: string, description: string): Column {
  return col(name, type, description, { required: true })
}

export function pii(
  name: string,
  type: string,
  description?: string,
  classification: Extract<Classification, 'confidential' | 'restricted'> = 'confidential',
): Column {
  return col(name, type, description, { pii: true, classification, tags: ['pii'] })
}

export function struct(name: string, fields: Column[], description?: string, extras: ColumnExtras = {}): Column {
  return { ...col(name, structType(fields), description, extras), fields }
}

export function arrayOfStruct(name: string, fields: Column[], description?: string, extras: ColumnExtras = {}): Column {
  return { ...col(name, `array<${structType(fields)}>`, description, extras), fields }
}

/** Columns nobody has documented yet, written as `'name type'`. */
export function undocumented(...specs: string[]): Column[] {
  return specs.map((spec) => {
    const space = spec.indexOf(' ')
    return col(spec.slice(0, space), spec.slice(space + 1))
  })
}

export function tagged(column: Column, ...tags: string[]): Column {
  return { ...column, tags: [...(column.tags ?? []), ...tags] }
}

export function ingestionColumns(): Column[] {
  return [
    col('_ingested_at', 'timestamp', 'When the platform loaded the record into the lake.'),
    col('_source_offset', 'bigint', 'Offset or line number in the source batch, for replay and deduplication.'),
  ]
}

function structType(fields: Column[]): string {
  return `struct<${fields.map((field) => `${field.name}:${field.type}`).join(',')}>`
}
