import { OUTCOME_LABEL, absoluteTime, passRate, recentRuns } from '../../model/observation'
import type { Observed, RunOutcome } from '../../model/types'
import { SafeLink } from '../../ui/safe-link'

const duration = (ms: number | undefined) => (ms === undefined ? '' : ms < 1000 ? `, ${ms} ms` : `, ${(ms / 1000).toFixed(1)} s`)

/** The last runs as a strip of marks, oldest on the left, each with its time, outcome, value and duration. */
export function RunHistory({ item, label }: { item: Observed; label: string }) {
  const runs = recentRuns(item)
  if (runs.length === 0) return <span className="muted">no runs recorded</span>
  const counts = runs.reduce<Partial<Record<RunOutcome, number>>>((acc, r) => ({ ...acc, [r.outcome]: (acc[r.outcome] ?? 0) + 1 }), {})
  const rate = passRate(runs)
  const summary = (Object.entries(counts) as [RunOutcome, number][]).map(([outcome, n]) => `${n} ${OUTCOME_LABEL[outcome]}`).join(', ')
  const incidents = item.incidents ?? []
  return (
    <div className="run-history">
      <ol className="run-strip" aria-label={`${label}: last ${runs.length} runs, ${summary}`}>
        {runs.map((run, i) => (
          <li
            key={`${run.at}-${i}`}
            className={`run run-${run.outcome}`}
            title={`${absoluteTime(run.at)}: ${OUTCOME_LABEL[run.outcome]}${run.value ? `, ${run.value}` : ''}${duration(run.durationMs)}${run.message ? ` — ${run.message}` : ''}`}
          />
        ))}
      </ol>
      <span className="muted run-rate">{rate === undefined ? summary : `${Math.round(rate * 100)}% of ${runs.length} passed`}</span>
      {incidents.map((incident, i) => (
        <span key={`${incident.startedAt}-${i}`} className="run-incident">
          {incident.url ? <SafeLink href={incident.url}>{incident.title}</SafeLink> : incident.title} · {incident.resolvedAt ? `resolved ${absoluteTime(incident.resolvedAt)}` : `open since ${absoluteTime(incident.startedAt)}`}
        </span>
      ))}
    </div>
  )
}
