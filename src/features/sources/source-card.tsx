import type { SourceStatus } from '../../backends/catalog-backend'
import { FAILURE_KIND, locationText, STATE_LABEL } from './source-status-model'

/** Messages quote commands and names in `backticks`; show those as code, everything else as text. */
function MessageText({ text }: { text: string }) {
  return (
    <>
      {text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}
    </>
  )
}

/** One file a backend reads: whether it loaded, what it is, what it gave, and every problem with its line. */
export function SourceCard({ source }: { source: SourceStatus }) {
  const headingId = `source-${encodeURIComponent(source.url)}`
  return (
    <li className={`card source-card source-${source.state}`} aria-labelledby={headingId}>
      <div className="row source-card-header">
        <span className={`badge source-badge-${source.state}`}>{STATE_LABEL[source.state]}</span>
        <h2 id={headingId} className="source-url">
          {source.url}
        </h2>
      </div>
      <p className="muted source-format">{source.format}</p>
      {source.failure && <p className={`source-failure source-failure-${source.failure}`}>{FAILURE_KIND[source.failure].label}: {FAILURE_KIND[source.failure].advice}</p>}
      {source.summary && (
        <p className="source-summary">
          <MessageText text={source.summary} />
        </p>
      )}
      {source.problems.length > 0 && (
        <ul className="source-problems" aria-label={`Problems in ${source.url}`}>
          {source.problems.map((problem, i) => {
            const where = locationText(problem)
            return (
              <li key={i} className={`source-problem source-problem-${problem.severity}`}>
                <strong>{problem.severity === 'error' ? 'Error' : 'Warning'}</strong>
                {where && <span className="source-where"> at {where}</span>}: <MessageText text={problem.message} />
                {problem.path && problem.path !== '/' && (
                  <>
                    {' '}
                    <code className="urn">{problem.path}</code>
                  </>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </li>
  )
}
