import { Link } from 'react-router'
import type { CatalogIndex } from '../../../model/catalog-index'
import { fieldLabel, parseFieldKey } from '../../../model/product-edits'
import { fieldNames, restoreEdit, restoreRevision, type FieldChange, type RevisionGroup } from '../../../model/revision-groups'
import { diffText } from '../../../model/text-diff'
import type { ProductChange } from '../../../model/types'
import { TimeAgo } from '../../../ui/time-ago'
import { DiffView } from './diff-view'
import { MarkdownDiff } from './markdown-diff'
import { useRestore } from './use-restore'

const label = (field: string) => {
  const ref = parseFieldKey(field)
  return ref ? fieldLabel(ref) : field
}
const isMarkdown = (field: string) => parseFieldKey(field)?.field === 'description'

const revisions = (group: RevisionGroup) => (group.first === group.last ? `Revision ${group.last}` : `Revisions ${group.first}–${group.last}`)

function FieldDiff({ change, open, onRestore }: { change: FieldChange; open: boolean; onRestore?: () => void }) {
  return (
    <details className="history-diff" open={open}>
      <summary>{label(change.field)}</summary>
      {isMarkdown(change.field) ? <MarkdownDiff before={change.before} after={change.after} /> : <DiffView segments={diffText(change.before, change.after, 'lines')} />}
      {onRestore && (
        <button type="button" className="button button-small" onClick={onRestore}>
          Restore the earlier {label(change.field).toLowerCase()}
        </button>
      )}
    </details>
  )
}

/** One editing session in the history: who, when, each field's change, and restoring it. */
export function RevisionEntry({ group, history, catalog, open, newest }: { group: RevisionGroup; history: readonly ProductChange[]; catalog: CatalogIndex; open: boolean; newest: boolean }) {
  const person = catalog.person(group.by)
  const { restore, note, canRestore, canWrite } = useRestore()
  const titleId = `revision-${group.last}`
  const whole = newest ? undefined : restoreRevision(history, group.last)
  const restorable = (change: FieldChange) => {
    const edit = restoreEdit(change.field, change.before)
    return canRestore && edit && canWrite(edit.ref) ? () => restore([edit], `The earlier ${label(change.field).toLowerCase()}`) : undefined
  }
  return (
    <li className="history-entry">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="history-title">
          <span className="badge">{revisions(group)}</span>{' '}
          {person ? <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link> : <span>{group.by || 'Someone'}</span>}{' '}
          <span className="muted">
            changed {group.fields.length === 0 ? 'nothing in the end' : group.fields.map((f) => label(f.field)).join(', ')} · <TimeAgo iso={group.at} />
          </span>
        </h3>
        {group.changes.length > 1 && (
          <details className="history-saves">
            <summary className="muted">{group.changes.length} saves in one sitting; each field below shows its change over all of them</summary>
            <ol className="plain-list">
              {group.changes.map((change) => (
                <li key={change.revision}>
                  Revision {change.revision}: {change.fields.length === 0 ? 'nothing' : change.fields.map(label).join(', ')} · <TimeAgo iso={change.at} />
                </li>
              ))}
            </ol>
          </details>
        )}
        {group.fields.map((change) => (
          <FieldDiff key={change.field} change={change} open={open} onRestore={restorable(change)} />
        ))}
        {canRestore && whole && whole.edits.length > 0 && (
          <div className="history-restore">
            <button type="button" className="button button-small" onClick={() => restore(whole.edits, `Revision ${group.last}`)}>
              Restore revision {group.last}
            </button>
            <span className="muted">
              Sets {fieldNames(whole.edits.map((e) => e.ref)).toLowerCase()} back to how they were after this revision.
              {whole.cannot.length > 0 && ` ${fieldNames(whole.cannot)} cannot be restored from history.`}
            </span>
          </div>
        )}
        {note && (
          <p className={`history-note ${note.tone === 'error' ? 'notice notice-error' : note.tone === 'ok' ? 'save-status save-status-saved' : 'muted'}`}>{note.text}</p>
        )}
      </article>
    </li>
  )
}
