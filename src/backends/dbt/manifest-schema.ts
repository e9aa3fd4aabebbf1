/**
 * The parts of dbt's manifest.json and catalog.json that Tessera reads, as zod schemas.
 * Lenient on purpose: fields come and go between schema v4 (dbt 1.0) and v12 (dbt 1.10+),
 * so everything beyond a node's identity is optional and `null` is accepted wherever dbt writes it.
 */
import { z } from 'zod'

const text = z.string().nullish()
const meta = z.record(z.string(), z.unknown()).nullish()
const stringList = z.array(z.string()).nullish()
const version = z.union([z.string(), z.number()]).nullish()

export const manifestEnvelopeSchema = z.object({
  metadata: z.object({
    dbt_schema_version: z.string(),
    dbt_version: text,
    project_name: text,
    project_id: text,
    generated_at: text,
    adapter_type: text,
  }),
  nodes: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), z.unknown()).nullish(),
  exposures: z.record(z.string(), z.unknown()).nullish(),
  groups: z.record(z.string(), z.unknown()).nullish(),
})

const constraintSchema = z.object({ type: z.string() })

export const manifestColumnSchema = z.object({
  name: z.string(),
  description: text,
  data_type: text,
  meta,
  tags: stringList,
  constraints: z.array(constraintSchema).nullish(),
})

const dependsOn = z.object({ nodes: stringList }).nullish()

const nodeConfig = z
  .object({
    materialized: text,
    meta,
    tags: z.union([z.array(z.string()), z.string()]).nullish(),
    severity: text,
    /** Test settings, shown with the check when not dbt's defaults. */
    where: text,
    warn_if: text,
    error_if: text,
    limit: z.number().nullish().catch(undefined),
  })
  .nullish()

/** A model, snapshot or seed: something that becomes a relation in the warehouse. */
export const relationNodeSchema = z.object({
  unique_id: z.string(),
  resource_type: z.string(),
  name: z.string(),
  package_name: z.string(),
  description: text,
  tags: stringList,
  meta,
  config: nodeConfig,
  columns: z.record(z.string(), manifestColumnSchema).nullish(),
  depends_on: dependsOn,
  database: text,
  schema: text,
  alias: text,
  relation_name: text,
  access: text,
  group: text,
  contract: z.object({ enforced: z.boolean().nullish() }).nullish(),
  constraints: z.array(constraintSchema.extend({ columns: stringList })).nullish(),
  version,
  latest_version: version,
  deprecation_date: text,
  original_file_path: text,
  /** The properties YAML that documents it, as `<package>://models/schema.yml`. */
  patch_path: text,
})
export type RelationNode = z.infer<typeof relationNodeSchema>
export type ManifestColumn = z.infer<typeof manifestColumnSchema>

export const testNodeSchema = z.object({
  unique_id: z.string(),
  resource_type: z.literal('test'),
  name: z.string(),
  description: text,
  config: nodeConfig,
  depends_on: dependsOn,
  column_name: text,
  attached_node: text,
  test_metadata: z
    .object({
      name: z.string(),
      namespace: text,
      kwargs: z.record(z.string(), z.unknown()).nullish(),
    })
    .nullish(),
})
export type TestNode = z.infer<typeof testNodeSchema>

export const sourceNodeSchema = z.object({
  unique_id: z.string(),
  name: z.string(),
  source_name: z.string(),
  package_name: z.string(),
  description: text,
  source_description: text,
  loader: text,
  relation_name: text,
  identifier: text,
})
export type SourceNode = z.infer<typeof sourceNodeSchema>

const ownerSchema = z
  .object({
    name: text,
    email: z.union([z.string(), z.array(z.string())]).nullish(),
  })
  .nullish()

export const exposureSchema = z.object({
  unique_id: z.string(),
  name: z.string(),
  label: text,
  type: text,
  maturity: text,
  url: text,
  description: text,
  owner: ownerSchema,
  depends_on: dependsOn,
})
export type Exposure = z.infer<typeof exposureSchema>

export const groupSchema = z.object({
  unique_id: z.string(),
  name: z.string(),
  package_name: z.string(),
  description: text,
  owner: ownerSchema,
  config: z.object({ meta }).nullish(),
  original_file_path: text,
})
export type Group = z.infer<typeof groupSchema>
export type DbtOwner = NonNullable<Group['owner']>

const catalogColumnSchema = z.object({ name: z.string(), type: text, index: z.number().nullish(), comment: text })
export type CatalogColumn = z.infer<typeof catalogColumnSchema>

export const catalogEnvelopeSchema = z.object({
  metadata: z.object({ dbt_schema_version: text, generated_at: text }).nullish(),
  nodes: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), z.unknown()).nullish(),
})

export const catalogTableSchema = z.object({
  columns: z.record(z.string(), catalogColumnSchema),
  metadata: z.object({ comment: text, type: text }).nullish(),
})
