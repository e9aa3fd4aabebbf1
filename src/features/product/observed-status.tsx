import { absoluteTime, maxAgeText, relativeTime, type Observation, type TrustState } from '../../model/observation'

const SLO_LABEL: Record<TrustState, string> = { met: 'Met', warn: 'Warning', breached: 'Breached', stale: 'Stale', unknown: 'Unknown' }
const CHECK_LABEL: Record<TrustState, string> = { met: 'Passing', warn: 'Warning', breached: 'Failing', stale: 'Stale', unknown: 'Unknown' }
const CLASS: Record<TrustState, string> = { met: 'badge-slo-met', warn: 'badge-slo-unknown', breached: 'badge-slo-breached', stale: 'badge-slo-stale', unknown: 'badge-slo-unknown' }

/** The status a reader should believe now: stale and unknown are said, never shown as met. */
export function ObservedBadge({ observation, of }: { observation: Observation; of: 'slo' | 'check' }) {
  const label = (of === 'slo' ? SLO_LABEL : CHECK_LABEL)[observation.state]
  return <span className={`badge ${CLASS[observation.state]}`}>{label}</span>
}

/** A time both ways: "2 h ago" to read, the date and time in the viewer's zone to be sure. */
export function ObservedTime({ iso, now }: { iso: string; now: Date }) {
  return (
    <time dateTime={iso}>
      {relativeTime(iso, now)} <span className="muted">({absoluteTime(iso)})</span>
    </time>
  )
}

/** When it was last observed, and what that is worth: "2 h ago (3 Dec 2026, 06:12 CET) · stale after 30 h". */
export function ObservedWhen({ observation, now, of = 'slo' }: { observation: Observation; now: Date; of?: 'slo' | 'check' }) {
  const maxAge = `stale after ${maxAgeText(observation.maxAgeHours)}${observation.maxAgeIsDefault ? ' (default)' : ''}`
  if (!observation.observedAt) {
    return (
      <span className="muted">
        {observation.unknownBecause === 'undated' ? 'reported without a date: not trusted' : 'never observed'}
      </span>
    )
  }
  const reported = observation.state === 'stale' ? ` · last result: ${(of === 'slo' ? SLO_LABEL : CHECK_LABEL)[observation.reported === 'warn' ? 'warn' : observation.reported].toLowerCase()}` : ''
  return (
    <span className="observed-when">
      <ObservedTime iso={observation.observedAt} now={now} />
      <span className="muted">
        {' · '}
        {maxAge}
        {reported}
      </span>
    </span>
  )
}
