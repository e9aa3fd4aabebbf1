import type { ProposedChange } from '../../../backends/catalog-backend'

const shown = (text: string) => (text.trim() ? text : '—')

/** Each proposed field with its published and proposed text, as plain text (the body it came from is untrusted). */
export function ProposedChanges({ changes }: { changes: readonly ProposedChange[] }) {
  return (
    <div className="proposal-table-wrap">
      <table className="proposal-table">
        <caption className="visually-hidden">Proposed changes</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Published</th>
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              <td className="proposal-published">{shown(change.published)}</td>
              <td className="proposal-proposed">{shown(change.proposed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
