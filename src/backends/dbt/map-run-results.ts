import type { QualityCheck, Run, Slo } from '../../model/types'
import type { NodeResult, SourceFreshness } from './read-run-results'

const CHECK_STATUS = { pass: 'passing', warn: 'warning', fail: 'failing' } as const

const failuresText = (result: NodeResult) =>
  result.failures === undefined || result.failures === 0 ? undefined : `${result.failures.toLocaleString('en')} failing row${result.failures === 1 ? '' : 's'}`

/** A test's status, observation time and run from run_results.json; none without a result (never observed). */
export function observedTest(result: NodeResult | undefined): Pick<QualityCheck, 'status' | 'observedAt' | 'history' | 'message'> {
  if (!result) return { status: 'unknown' }
  const value = failuresText(result)
  const run: Run = { at: result.at, outcome: result.outcome, ...(value ? { value } : {}), ...(result.durationMs !== undefined ? { durationMs: result.durationMs } : {}), ...(result.message ? { message: result.message } : {}) }
  const status = result.outcome === 'pass' || result.outcome === 'warn' || result.outcome === 'fail' ? CHECK_STATUS[result.outcome] : 'unknown'
  const message = result.message ?? value
  return { status, observedAt: result.at, history: [run], ...(message ? { message } : {}) }
}

/**
 * A dbt source's freshness (`dbt source freshness`, sources.json) as the freshness SLO of the
 * product that reads the source: the promise is its `error_after` (and `warn_after`), the value
 * when data last landed (`max_loaded_at`). A warning keeps the promise but says so.
 */
export function freshnessSlo(name: string, freshness: SourceFreshness): Slo {
  const promise = [freshness.errorAfter && `loaded within ${freshness.errorAfter}`, freshness.warnAfter && `warns after ${freshness.warnAfter}`].filter(Boolean).join('; ')
  const status = freshness.outcome === 'pass' || freshness.outcome === 'warn' ? 'met' : freshness.outcome === 'fail' ? 'breached' : 'unknown'
  const current = freshness.outcome === 'warn' ? `older than the ${freshness.warnAfter ?? 'warning'} threshold` : freshness.message
  return {
    name,
    objective: `${promise ? promise.charAt(0).toUpperCase() + promise.slice(1) : 'Checked by dbt source freshness'}${freshness.filter ? ` (rows where ${freshness.filter})` : ''}`,
    status,
    observedAt: freshness.at,
    ...(freshness.maxLoadedAt ? { lastLandedAt: freshness.maxLoadedAt } : {}),
    ...(current ? { current } : {}),
    history: [{ at: freshness.at, outcome: freshness.outcome, ...(freshness.message ? { message: freshness.message } : {}) }],
  }
}
