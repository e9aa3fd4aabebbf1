import type { RecordIssue } from '../model/types'

/** Tells users that some records were skipped because the backend sent them malformed. */
export function RecordIssuesNotice({ issues }: { issues: RecordIssue[] }) {
  if (issues.length === 0) return null
  return (
    <aside className="notice notice-warning" aria-label="Skipped records">
      <details>
        <summary>
          {issues.length} record{issues.length === 1 ? ' was' : 's were'} skipped because the catalogue sent {issues.length === 1 ? 'it' : 'them'}{' '}
          malformed.
        </summary>
        <ul>
          {issues.slice(0, 50).map((issue, i) => (
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
  )
}
