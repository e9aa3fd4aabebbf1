import type { z } from 'zod'
import type { SourceProblem } from '../catalog-backend'
import {
  catalogEnvelopeSchema,
  catalogTableSchema,
  exposureSchema,
  groupSchema,
  manifestEnvelopeSchema,
  relationNodeSchema,
  sourceNodeSchema,
  testNodeSchema,
  type CatalogColumn,
  type Exposure,
  type Group,
  type RelationNode,
  type SourceNode,
  type TestNode,
} from './manifest-schema'
import { detectManifestVersion } from './schema-version'

/** What Tessera uses from one manifest.json. */
export interface DbtManifest {
  /** The root project: `metadata.project_name` (dbt 1.6+), else the package most nodes belong to. */
  projectName: string
  schemaVersion: number | undefined
  dbtVersion?: string
  generatedAt?: string
  /** Models, snapshots and seeds. */
  relations: RelationNode[]
  tests: TestNode[]
  sources: SourceNode[]
  exposures: Exposure[]
  groups: Group[]
}

export interface ReadResult<T> {
  value?: T
  /** What the file is, in words, for the Sources page. */
  format: string
  summary?: string
  problems: SourceProblem[]
}

const RELATION_TYPES = new Set(['model', 'snapshot', 'seed'])
const MAX_LISTED = 20

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}

/** Parses each record on its own: a malformed one becomes a warning and the rest load. */
function parseEach<T>(schema: z.ZodType<T>, records: Record<string, unknown>, what: string, problems: SourceProblem[]): T[] {
  const items: T[] = []
  let skipped = 0
  for (const [key, raw] of Object.entries(records)) {
    const result = schema.safeParse(raw)
    if (result.success) items.push(result.data)
    else {
      skipped += 1
      if (skipped <= MAX_LISTED) problems.push({ severity: 'warning', path: key, message: `Skipped this ${what}: ${describe(result.error)}` })
    }
  }
  if (skipped > MAX_LISTED) problems.push({ severity: 'warning', message: `${skipped - MAX_LISTED} more ${what} records were skipped the same way.` })
  return items
}

const typeOf = (raw: unknown) => (raw && typeof raw === 'object' ? (raw as { resource_type?: unknown }).resource_type : undefined)

function mostCommonPackage(relations: RelationNode[]): string | undefined {
  const counts = new Map<string, number>()
  for (const node of relations) if (node.resource_type === 'model') counts.set(node.package_name, (counts.get(node.package_name) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/** Reads a parsed manifest.json; never throws. */
export function readManifest(json: unknown): ReadResult<DbtManifest> {
  const envelope = manifestEnvelopeSchema.safeParse(json)
  if (!envelope.success) {
    return {
      format: 'dbt manifest',
      problems: [{ severity: 'error', message: `This is not a dbt manifest.json: ${describe(envelope.error)}` }],
    }
  }
  const { metadata, nodes } = envelope.data
  const artifact = /getdbt\.com\/dbt\/([\w-]+)\/v\d+/i.exec(metadata.dbt_schema_version)?.[1]
  if (artifact && artifact.toLowerCase() !== 'manifest') {
    return { format: `dbt ${artifact}`, problems: [{ severity: 'error', message: `This is a dbt ${artifact} file, not a manifest.json.` }] }
  }
  const problems: SourceProblem[] = []
  const { version, notice } = detectManifestVersion(metadata.dbt_schema_version)
  if (notice) problems.push({ severity: 'warning', path: 'metadata.dbt_schema_version', message: notice })

  const relationRecords: Record<string, unknown> = {}
  const testRecords: Record<string, unknown> = {}
  for (const [key, raw] of Object.entries(nodes)) {
    const type = typeOf(raw)
    if (type === 'test') testRecords[key] = raw
    else if (typeof type === 'string' && RELATION_TYPES.has(type)) relationRecords[key] = raw
  }
  const relations = parseEach(relationNodeSchema, relationRecords, 'node', problems)
  const manifest: DbtManifest = {
    projectName: metadata.project_name ?? mostCommonPackage(relations) ?? 'dbt',
    schemaVersion: version,
    dbtVersion: metadata.dbt_version ?? undefined,
    generatedAt: metadata.generated_at ?? undefined,
    relations,
    tests: parseEach(testNodeSchema, testRecords, 'test', problems),
    sources: parseEach(sourceNodeSchema, envelope.data.sources ?? {}, 'source', problems),
    exposures: parseEach(exposureSchema, envelope.data.exposures ?? {}, 'exposure', problems),
    groups: parseEach(groupSchema, envelope.data.groups ?? {}, 'group', problems),
  }
  const versionText = version === undefined ? 'unknown schema' : `schema v${version}`
  const dbtText = manifest.dbtVersion ? `, dbt ${manifest.dbtVersion}` : ''
  return { value: manifest, format: `dbt manifest (${versionText}${dbtText})`, problems }
}

/** Column metadata from the warehouse, by node unique_id. */
export type DbtCatalog = Map<string, { columns: CatalogColumn[]; comment?: string }>

/** Reads a parsed catalog.json; never throws. */
export function readCatalog(json: unknown): ReadResult<DbtCatalog> {
  const envelope = catalogEnvelopeSchema.safeParse(json)
  if (!envelope.success) {
    return { format: 'dbt catalog', problems: [{ severity: 'error', message: `This is not a dbt catalog.json: ${describe(envelope.error)}` }] }
  }
  const problems: SourceProblem[] = []
  const catalog: DbtCatalog = new Map()
  const tables = { ...(envelope.data.sources ?? {}), ...envelope.data.nodes }
  let skipped = 0
  for (const [id, raw] of Object.entries(tables)) {
    const table = catalogTableSchema.safeParse(raw)
    if (!table.success) {
      skipped += 1
      continue
    }
    catalog.set(id, { columns: Object.values(table.data.columns), comment: table.data.metadata?.comment ?? undefined })
  }
  if (skipped) problems.push({ severity: 'warning', message: `${skipped} table${skipped === 1 ? ' was' : 's were'} skipped: malformed column metadata.` })
  return { value: catalog, format: 'dbt catalog', summary: `Column types of ${catalog.size} tables and views, as the warehouse reports them.`, problems }
}
