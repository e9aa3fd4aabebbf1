import type { QualityCheck, QualityCheckStatus, Run, RunOutcome } from '../../model/types'
import type { WireTestCase, WireTestCaseResult } from './openmetadata-wire'

const STATUS: Partial<Record<string, QualityCheckStatus>> = { Success: 'passing', Failed: 'failing' }
const OUTCOME: Partial<Record<string, RunOutcome>> = { Success: 'pass', Failed: 'fail', Aborted: 'error' }

/** The column of `<#E::table::fqn::columns::name>`, or undefined for a table-level link. */
export function entityLinkColumn(entityLink: string): string | undefined {
  const match = /::columns::(.+?)>?$/.exec(entityLink)
  return match?.[1]?.replace(/>$/, '')
}

/** What kind of rule a test definition is, from its name (`columnValuesToBeNotNull` → completeness). */
function dimension(definition: string | undefined): string | undefined {
  if (!definition) return undefined
  if (/NotNull|Missing|RowCount|ToExist/i.test(definition)) return 'completeness'
  if (/Unique/i.test(definition)) return 'uniqueness'
  if (/Freshness|Recent/i.test(definition)) return 'timeliness'
  return 'validity'
}

const validTime = (ms: number) => Number.isFinite(ms) && !Number.isNaN(new Date(ms).getTime())

function run(result: WireTestCaseResult): Run | undefined {
  const outcome = OUTCOME[result.testCaseStatus ?? '']
  if (!outcome || !validTime(result.timestamp)) return undefined
  const values = (result.testResultValue ?? []).flatMap((v) => (v.name && v.value != null ? [`${v.name}: ${v.value}`] : []))
  return {
    at: new Date(result.timestamp).toISOString(),
    outcome,
    ...(values.length ? { value: values.join(', ') } : {}),
    ...(result.result ? { message: result.result } : {}),
  }
}

/**
 * An OpenMetadata test case as a quality check the catalogue runs: its latest result as the status
 * with the time it ran, and its recent results (any order, any overlap with the latest) as history,
 * newest first. A case that never ran, or whose last run was aborted or queued, is unknown.
 */
export function mapTestCase(testCase: WireTestCase, results: readonly WireTestCaseResult[] = []): QualityCheck {
  const latest = [testCase.testCaseResult, ...results]
    .filter((r): r is WireTestCaseResult => !!r && validTime(r.timestamp))
    .sort((a, b) => b.timestamp - a.timestamp)[0]
  const byTime = new Map<number, Run>()
  for (const result of results) {
    const mapped = run(result)
    if (mapped) byTime.set(result.timestamp, mapped)
  }
  const history = [...byTime.entries()].sort(([a], [b]) => b - a).map(([, r]) => r)
  const definition = testCase.testDefinition?.name ?? undefined
  const column = entityLinkColumn(testCase.entityLink)
  const kind = dimension(definition)
  const config = (testCase.parameterValues ?? []).flatMap((p) => (p.name && p.value != null ? [{ key: p.name, value: p.value }] : []))
  return {
    name: testCase.displayName ?? testCase.name,
    ...(testCase.description ? { description: testCase.description } : {}),
    ...(kind ? { dimension: kind } : {}),
    ...(column ? { column } : {}),
    ...(definition ? { type: definition } : {}),
    ...(config.length ? { config } : {}),
    status: (latest && STATUS[latest.testCaseStatus ?? '']) ?? 'unknown',
    ...(latest ? { observedAt: new Date(latest.timestamp).toISOString() } : {}),
    ...(latest?.result ? { message: latest.result } : {}),
    ...(history.length ? { history } : {}),
  }
}
