import { SourcesLink } from './sources-link'
import type { RecordIssue } from '../model/types'

/** Backends left out, when several are shown as one mesh: they failed, were slow, or could not apply a filter. */
function PartialResultsNotice({ issues }: { issues: RecordIssue[] }) {
  if (issues.length === 0) return null
  return (
    <aside className="notice notice-warning" aria-label="Partial results">
      <p style={{ margin: 0 }}>
        <strong>Results are partial:</strong> the products of {issues.length === 1 ? 'one catalogue are' : `${issues.length} catalogues are`} missing.
      </p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.ref}-${i}`}>
            <strong>{issue.ref}</strong>: {issue.message}
          </li>
        ))}
      </ul>
    </aside>
  )
}

/** Files of a file-based catalogue that could not be used as written, each with its trouble in words. */
function FileIssuesNotice({ issues }: { issues: RecordIssue[] }) {
  if (issues.length === 0) return null
  return (
    <aside className="notice notice-warning" aria-label="Files with problems">
      <details>
        <summary>
          {issues.length === 1 ? 'One file' : `${issues.length} files`} of this catalogue {issues.length === 1 ? 'needs' : 'need'} attention.
        </summary>
        <ul>
          {issues.slice(0, 50).map((issue, i) => (
            <li key={`${issue.ref}-${i}`}>
              <strong>{issue.ref}</strong>: {issue.message}
            </li>
          ))}
        </ul>
        <SourcesLink>Details on the Sources page</SourcesLink>
      </details>
    </aside>
  )
}

/** Tells users that some records were skipped because the backend sent them malformed, and which backends did not answer. */
export function RecordIssuesNotice({ issues }: { issues: RecordIssue[] }) {
  const unanswered = issues.filter((issue) => issue.entity === 'backend')
  const files = issues.filter((issue) => issue.entity === 'file')
  const skipped = issues.filter((issue) => issue.entity !== 'backend' && issue.entity !== 'file')
  return (
    <>
      <PartialResultsNotice issues={unanswered} />
      <FileIssuesNotice issues={files} />
      {skipped.length > 0 && (
        <aside className="notice notice-warning" aria-label="Skipped records">
          <details>
            <summary>
              {skipped.length} record{skipped.length === 1 ? ' was' : 's were'} skipped because the catalogue sent {skipped.length === 1 ? 'it' : 'them'}{' '}
              malformed.
            </summary>
            <ul>
              {skipped.slice(0, 50).map((issue, i) => (
                <li key={`${issue.entity}-${issue.ref}-${i}`}>
                  <strong>
                    {issue.entity} {issue.ref}
                  </strong>
                  : {issue.message}
                </li>
              ))}
            </ul>
          </details>
        </aside>
      )}
    </>
  )
}
