import type { Observed, Run, RunOutcome } from '../../model/types'
import type { WireAssertion } from './datahub-wire'
import { latestRun } from './describe-assertion'

const OUTCOME: Partial<Record<string, RunOutcome>> = { SUCCESS: 'pass', FAILURE: 'fail', ERROR: 'error' }

/** An assertion's run events as dated observations: the latest run's time, and the recent runs, newest first. */
export function observedRuns(assertion: WireAssertion): Pick<Observed, 'observedAt' | 'history'> {
  const history: Run[] = []
  for (const event of assertion.runEvents?.runEvents ?? []) {
    const outcome = event.result ? OUTCOME[event.result.type] : undefined
    const at = new Date(event.timestampMillis)
    if (!outcome || Number.isNaN(at.getTime())) continue
    history.push({ at: at.toISOString(), outcome, ...(event.result?.error ? { message: event.result.error.type } : {}) })
  }
  history.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
  const latest = latestRun(assertion)
  const observedAt = latest && !Number.isNaN(new Date(latest.at).getTime()) ? new Date(latest.at).toISOString() : undefined
  return { ...(observedAt ? { observedAt } : {}), ...(history.length ? { history } : {}) }
}
