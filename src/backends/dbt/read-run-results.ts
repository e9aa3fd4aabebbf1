import { z } from 'zod'
import type { SourceProblem } from '../catalog-backend'
import type { RunOutcome } from '../../model/types'
import type { ReadResult } from './read-artifacts'

/** run_results.json schema versions this version of Tessera knows (dbt 0.19 to 1.9+). */
export const KNOWN_RUN_RESULTS = [1, 2, 3, 4, 5, 6]
/** sources.json schema versions this version of Tessera knows (dbt 0.19 to 1.9+). */
export const KNOWN_SOURCES = [1, 2, 3]

/** One node's result in a dbt invocation, as Tessera uses it. */
export interface NodeResult {
  outcome: RunOutcome
  /** When the node finished (its last timing step), else the file's `generated_at`. */
  at: string
  durationMs?: number
  /** Failing rows, for tests. */
  failures?: number
  message?: string
}

export interface DbtRunResults {
  generatedAt?: string
  schemaVersion?: number
  /** By node unique_id. */
  results: Map<string, NodeResult>
}

/** One source table's freshness, as `dbt source freshness` measured it. */
export interface SourceFreshness {
  outcome: RunOutcome
  /** When the measurement ran (`snapshotted_at`, else the file's `generated_at`). */
  at: string
  maxLoadedAt?: string
  warnAfter?: string
  errorAfter?: string
  filter?: string
  message?: string
}

export interface DbtSourcesFreshness {
  generatedAt?: string
  schemaVersion?: number
  /** By source unique_id. */
  results: Map<string, SourceFreshness>
}

const text = z.string().nullish().catch(undefined)
const timing = z.array(z.object({ name: z.string().nullish(), started_at: text, completed_at: text }).passthrough()).nullish().catch(undefined)

const envelope = (artifact: string) =>
  z.object({
    metadata: z.object({ dbt_schema_version: z.string(), generated_at: text, dbt_version: text }).passthrough(),
    results: z.array(z.unknown()),
  }).refine((v) => new RegExp(`/${artifact}/v\\d+`, 'i').test(v.metadata.dbt_schema_version) || !/getdbt\.com\/dbt\/[\w-]+\/v\d+/i.test(v.metadata.dbt_schema_version), {
    message: `not a dbt ${artifact} file`,
    path: ['metadata', 'dbt_schema_version'],
  })

const runResultSchema = z.object({
  unique_id: z.string(),
  status: z.string(),
  execution_time: z.number().nullish().catch(undefined),
  failures: z.number().nullish().catch(undefined),
  message: text,
  timing,
})

const threshold = z.object({ count: z.number().nullish(), period: z.string().nullish() }).nullish().catch(undefined)
const freshnessSchema = z.object({
  unique_id: z.string(),
  status: z.string(),
  max_loaded_at: text,
  snapshotted_at: text,
  error: z.union([z.string(), z.number()]).nullish().catch(undefined),
  criteria: z.object({ warn_after: threshold, error_after: threshold, filter: text }).nullish().catch(undefined),
})

/** dbt's node statuses: `success` for models and (before dbt 1.0) tests, `pass`/`fail`/`warn` for tests. */
const OUTCOMES: Record<string, RunOutcome> = {
  success: 'pass',
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  error: 'error',
  'runtime error': 'error',
  skipped: 'skipped',
  'no-op': 'skipped',
}

function versionOf(schemaUrl: string, artifact: string, known: number[]): { version?: number; notice?: string } {
  const match = new RegExp(`${artifact}/v(\\d+)(?:\\.json)?\\s*$`, 'i').exec(schemaUrl)
  if (!match) return { notice: `Unrecognised ${artifact} schema “${schemaUrl}”: read best-effort.` }
  const version = Number(match[1])
  const newest = Math.max(...known)
  if (version > newest) return { version, notice: `${artifact} schema v${version} is newer than this version of Tessera knows (v${newest}): read best-effort.` }
  return { version }
}

const finishedAt = (steps: z.infer<typeof timing>): string | undefined => {
  const done = (steps ?? []).map((s) => s.completed_at).filter((t): t is string => !!t && Number.isFinite(Date.parse(t)))
  return done.sort((a, b) => Date.parse(a) - Date.parse(b)).pop()
}

const describe = (error: z.ZodError) => error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')

function readEach<T, R>(records: unknown[], schema: z.ZodType<T>, map: (record: T) => R | undefined, what: string, problems: SourceProblem[]): Map<string, R> {
  const out = new Map<string, R>()
  let skipped = 0
  for (const raw of records) {
    const parsed = schema.safeParse(raw)
    const mapped = parsed.success ? map(parsed.data) : undefined
    const id = parsed.success ? (parsed.data as { unique_id: string }).unique_id : undefined
    if (mapped === undefined || id === undefined) {
      skipped += 1
      if (skipped <= 5) problems.push({ severity: 'warning', message: `Skipped a ${what} result: ${parsed.success ? `unknown status` : describe(parsed.error)}` })
      continue
    }
    out.set(id, mapped)
  }
  if (skipped > 5) problems.push({ severity: 'warning', message: `${skipped - 5} more ${what} results were skipped the same way.` })
  return out
}

/** Reads a parsed run_results.json (schema v1–v6); never throws. */
export function readRunResults(json: unknown): ReadResult<DbtRunResults> {
  const parsed = envelope('run-results').safeParse(json)
  if (!parsed.success) return { format: 'dbt run results', problems: [{ severity: 'error', message: `This is not a dbt run_results.json: ${describe(parsed.error)}` }] }
  const { metadata, results } = parsed.data
  const problems: SourceProblem[] = []
  const { version, notice } = versionOf(metadata.dbt_schema_version, 'run-results', KNOWN_RUN_RESULTS)
  if (notice) problems.push({ severity: 'warning', path: 'metadata.dbt_schema_version', message: notice })
  const generatedAt = metadata.generated_at ?? undefined
  const map = (r: z.infer<typeof runResultSchema>): NodeResult | undefined => {
    const outcome = OUTCOMES[r.status.toLowerCase()]
    const at = finishedAt(r.timing) ?? generatedAt
    if (!outcome || !at) return undefined
    return {
      outcome,
      at: new Date(at).toISOString(),
      ...(typeof r.execution_time === 'number' ? { durationMs: Math.round(r.execution_time * 1000) } : {}),
      ...(typeof r.failures === 'number' ? { failures: r.failures } : {}),
      ...(r.message ? { message: r.message } : {}),
    }
  }
  const value: DbtRunResults = { ...(generatedAt ? { generatedAt } : {}), ...(version ? { schemaVersion: version } : {}), results: readEach(results, runResultSchema, map, 'run', problems) }
  const tests = [...value.results.keys()].filter((id) => id.startsWith('test.')).length
  return {
    value,
    format: `dbt run results (${version ? `schema v${version}` : 'unknown schema'}${metadata.dbt_version ? `, dbt ${metadata.dbt_version}` : ''})`,
    summary: `${value.results.size} node results, ${tests} of them tests${generatedAt ? `, from the run of ${generatedAt}` : ''}.`,
    problems,
  }
}

const thresholdText = (t: z.infer<typeof threshold>) => (t?.count && t.period ? `${t.count} ${t.period}${t.count === 1 ? '' : 's'}` : undefined)

/** Reads a parsed sources.json (`dbt source freshness`, schema v1–v3); never throws. */
export function readSourcesFreshness(json: unknown): ReadResult<DbtSourcesFreshness> {
  const parsed = envelope('sources').safeParse(json)
  if (!parsed.success) return { format: 'dbt source freshness', problems: [{ severity: 'error', message: `This is not a dbt sources.json: ${describe(parsed.error)}` }] }
  const { metadata, results } = parsed.data
  const problems: SourceProblem[] = []
  const { version, notice } = versionOf(metadata.dbt_schema_version, 'sources', KNOWN_SOURCES)
  if (notice) problems.push({ severity: 'warning', path: 'metadata.dbt_schema_version', message: notice })
  const generatedAt = metadata.generated_at ?? undefined
  const map = (r: z.infer<typeof freshnessSchema>): SourceFreshness | undefined => {
    // in sources.json `error` means older than error_after: a failed promise, not a failed run
    const outcome = r.status.toLowerCase() === 'error' ? 'fail' : OUTCOMES[r.status.toLowerCase()]
    const at = (r.snapshotted_at && Number.isFinite(Date.parse(r.snapshotted_at)) ? r.snapshotted_at : undefined) ?? generatedAt
    if (!outcome || !at) return undefined
    const warnAfter = thresholdText(r.criteria?.warn_after)
    const errorAfter = thresholdText(r.criteria?.error_after)
    const loaded = r.max_loaded_at && Number.isFinite(Date.parse(r.max_loaded_at)) ? new Date(r.max_loaded_at).toISOString() : undefined
    return {
      outcome,
      at: new Date(at).toISOString(),
      ...(loaded ? { maxLoadedAt: loaded } : {}),
      ...(warnAfter ? { warnAfter } : {}),
      ...(errorAfter ? { errorAfter } : {}),
      ...(r.criteria?.filter ? { filter: r.criteria.filter } : {}),
      ...(r.error !== undefined && r.error !== null ? { message: String(r.error) } : {}),
    }
  }
  const value: DbtSourcesFreshness = { ...(generatedAt ? { generatedAt } : {}), ...(version ? { schemaVersion: version } : {}), results: readEach(results, freshnessSchema, map, 'freshness', problems) }
  return {
    value,
    format: `dbt source freshness (${version ? `schema v${version}` : 'unknown schema'}${metadata.dbt_version ? `, dbt ${metadata.dbt_version}` : ''})`,
    summary: `Freshness of ${value.results.size} source table${value.results.size === 1 ? '' : 's'}${generatedAt ? `, measured ${generatedAt}` : ''}.`,
    problems,
  }
}
