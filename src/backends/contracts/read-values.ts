/** Tolerant readers for documents that may not match their schema (they are loaded best-effort). */
import { CLASSIFICATIONS, LIFECYCLES, PRODUCT_KINDS, type Classification, type Lifecycle, type PortType, type ProductKind } from '../../model/types'

export type Json = Record<string, unknown>

export const record = (value: unknown): Json | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
export const records = (value: unknown): Json[] => list(value).flatMap((v): Json[] => { const r = record(v); return r ? [r] : [] })
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
export const texts = (value: unknown): string[] => list(value).flatMap((v) => text(v) ?? [])
/** Entries of a YAML mapping whose values are mappings (`models: { orders: {...} }`). */
export const entries = (value: unknown): [string, Json][] => Object.entries(record(value) ?? {}).flatMap(([k, v]) => (record(v) ? [[k, record(v) as Json]] : []))

export const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'unnamed'

export function classificationOf(value: unknown): Classification | undefined {
  const name = text(value)?.toLowerCase()
  if (!name) return undefined
  if (CLASSIFICATIONS.includes(name as Classification)) return name as Classification
  if (name === 'sensitive' || name === 'secret') return 'restricted'
  return undefined
}

export function lifecycleOf(status: string | undefined): Lifecycle {
  const value = status?.toLowerCase()
  if (!value) return 'active'
  if (LIFECYCLES.includes(value as Lifecycle)) return value as Lifecycle
  if (['proposed', 'in development', 'development', 'design', 'planned'].includes(value)) return 'draft'
  return 'active'
}

export function kindOf(value: unknown): ProductKind | undefined {
  const name = text(value)?.toLowerCase()
  if (!name) return undefined
  if (PRODUCT_KINDS.includes(name as ProductKind)) return name as ProductKind
  if (name === 'raw' || name === 'source') return 'source-aligned'
  if (name === 'consumer') return 'consumer-aligned'
  return undefined
}

/** A domain as a name: `Sales`, or `{ name: Sales }` / `{ id: sales }`. */
const domainName = (value: unknown): string | undefined => text(value) ?? text(record(value)?.name) ?? text(record(value)?.id)

/**
 * Where each format puts a product's domain: at the top (ODPS, ODCS), in `info` (DPDS, Data
 * Product Specification, DCS), in the owning team (`team.domain`), or as a custom property.
 */
export function domainFrom(doc: Json): string | undefined {
  const info = record(doc.info)
  const team = record(doc.team) ?? record(info?.team)
  return (
    domainName(doc.domain) ??
    domainName(info?.domain) ??
    text(doc.domainId) ??
    text(info?.domainId) ??
    domainName(team?.domain) ??
    text(team?.domainId) ??
    domainName(customProperty(doc, 'domain', 'dataDomain'))
  )
}

/** ODCS/ODPS `customProperties: [{ property, value }]` as a lookup. */
export function customProperty(doc: Json, ...names: string[]): unknown {
  const wanted = names.map((n) => n.toLowerCase())
  return records(doc.customProperties).find((p) => wanted.includes(text(p.property)?.toLowerCase() ?? ''))?.value
}

/** A port's type from the word its descriptor uses: `Looker` is a dashboard, `snowflake` a table; a word Tessera does not know is `other`. */
export function portTypeOf(value: unknown): PortType {
  const name = text(value)?.toLowerCase() ?? ''
  if (!name) return 'table'
  if (name.includes('view')) return 'view'
  if (/looker|\blook\b|tableau|power ?bi|dashboard|report|superset|metabase|qlik|\bmode\b|sigma|quicksight/.test(name)) return 'dashboard'
  if (/topic|kafka|stream|event|kinesis|pubsub|pulsar|eventhub|queue/.test(name)) return 'topic'
  if (/api|rest|graphql|http|mcp|grpc/.test(name)) return 'api'
  if (/file|object|s3|bucket|gcs|blob|adls|csv|json|parquet|avro|delta|iceberg|sftp/.test(name)) return 'file'
  if (/table|sql|snowflake|bigquery|redshift|postgres|mysql|oracle|databricks|synapse|glue|athena|hive|trino|presto|duckdb|clickhouse|warehouse|database|dbt|unity|lakehouse/.test(name)) return 'table'
  return 'other'
}

/** Builds Markdown from labelled paragraphs, leaving out empty ones. */
export const paragraphs = (parts: [string | undefined, unknown][]): string =>
  parts
    .flatMap(([label, value]) => {
      const body = text(value)
      return body ? [label ? `**${label}:** ${body}` : body] : []
    })
    .join('\n\n')
