import { observeCheck, type Observation } from '../../model/observation'
import type { QualityCheck } from '../../model/types'
import { useNow } from '../../ui/use-now'
import { ObservedBadge, ObservedWhen } from './observed-status'
import { RunHistory } from './run-history'

function countsLine(observations: Observation[]): string {
  const total = observations.length
  const noun = total === 1 ? 'check' : 'checks'
  const count = (state: Observation['state']) => observations.filter((o) => o.state === state).length
  const parts = [`${count('met')} of ${total} ${noun} passing`]
  if (count('breached')) parts.push(`${count('breached')} failing`)
  if (count('warn')) parts.push(`${count('warn')} warning`)
  if (count('stale')) parts.push(`${count('stale')} stale`)
  if (count('unknown')) parts.push(`${count('unknown')} never observed`)
  return `${parts.join(', ')}.`
}

function Settings({ check }: { check: QualityCheck }) {
  const config = check.config ?? []
  if (!check.severity && config.length === 0) return <span className="muted">—</span>
  return (
    <>
      {check.severity && <div>{check.severity === 'warn' ? 'Warns only' : 'Fails the run'}</div>}
      {config.length > 0 && (
        <dl className="check-config">
          {config.map(({ key, value }, i) => (
            <div key={`${key}-${i}`}>
              <dt>{key}</dt>
              <dd>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  )
}

/** Each quality check in its own row: what it tests, how it is set up, its last run and recent history. */
export function QualityChecks({ checks, caption = 'Quality checks', empty = 'The contract names no quality checks.' }: { checks: QualityCheck[]; caption?: string; empty?: string }) {
  const now = useNow()
  if (checks.length === 0) return <p className="muted">{empty}</p>
  const observations = checks.map((check) => observeCheck(check, now))
  return (
    <>
      <p className="muted" style={{ marginTop: 0 }}>
        {countsLine(observations)}
      </p>
      <div className="table-wrap">
        <table className="data observed-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Column</th>
              <th scope="col">Severity and settings</th>
              <th scope="col">Last run</th>
              <th scope="col">Status</th>
              <th scope="col">Recent runs</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check, i) => {
              const observation = observations[i] as Observation
              return (
                <tr key={`${check.name}-${i}`}>
                  <th scope="row">
                    {check.name}
                    {(check.type || check.dimension) && (
                      <div className="muted check-description">
                        {check.type && <code>{check.type}</code>}
                        {check.type && check.dimension && ' · '}
                        {check.dimension}
                      </div>
                    )}
                    {check.description && <div className="muted check-description">{check.description}</div>}
                  </th>
                  <td>{check.column ? <code>{check.column}</code> : <span className="muted">whole dataset</span>}</td>
                  <td>
                    <Settings check={check} />
                  </td>
                  <td>
                    <ObservedWhen observation={observation} now={now} of="check" />
                    {observation.value && <div className="check-message">{observation.value}</div>}
                  </td>
                  <td>
                    <ObservedBadge observation={observation} of="check" />
                  </td>
                  <td>
                    <RunHistory item={check} label={check.name} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
