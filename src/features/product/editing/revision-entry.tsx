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

/** What History offers for one field's change: a restore, or why there is none. */
type FieldRestore = { run: () => void } | { cannot: string }

function FieldDiff({ change, open, restore }: { change: FieldChange; open: boolean; restore?: FieldRestore }) {
  return (
    <details className="history-diff" open={open}>
      <summary>{label(change.field)}</summary>
      {isMarkdown(change.field) ? <MarkdownDiff before={change.before} after={change.after} /> : <DiffView segments={diffText(change.before, change.after, 'lines')} />}
      {restore && 'run' in restore && (
        <button type="button" className="button button-small" onClick={restore.run}>
          Restore the earlier {label(change.field).toLowerCase()}
        </button>
      )}
      {restore && 'cannot' in restore && <p className="muted history-cannot">{restore.cannot}</p>}
    </details>
  )
}

/** One editing session in the history: who, when, each field's change, and restoring it. */
export function RevisionEntry({ group, history, catalog, open, newest }: { group: RevisionGroup; history: readonly ProductChange[]; catalog: CatalogIndex; open: boolean; newest: boolean }) {
  const person = catalog.person(group.by)
  const { restore, note, canRestore, canWrite } = useRestore()
  const titleId = `revision-${group.last}`
  const whole = newest ? undefined : restoreRevision(history, group.last)
  const restorable = (change: FieldChange): FieldRestore | undefined => {
    if (!canRestore) return undefined
    const edit = restoreEdit(change.field, change.before)
    if (!edit) return { cannot: `${label(change.field)} cannot be restored from history.` }
    if (!canWrite(edit.ref)) return { cannot: `This catalogue does not take changes to ${label(change.field).toLowerCase()} from Tessera, so it cannot be restored here.` }
    return { run: () => restore([edit], `The earlier ${label(change.field).toLowerCase()}`) }
  }
  const writable = whole?.edits.filter((e) => canWrite(e.ref)) ?? []
  const unwritable = whole?.edits.filter((e) => !canWrite(e.ref)).map((e) => e.ref) ?? []
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
          <FieldDiff key={change.field} change={change} open={open} restore={restorable(change)} />
        ))}
        {canRestore && whole && (writable.length > 0 || unwritable.length > 0) && (
          <div className="history-restore">
            {writable.length > 0 && (
              <button type="button" className="button button-small" onClick={() => restore(writable, `Revision ${group.last}`)}>
                Restore revision {group.last}
              </button>
            )}
            <span className="muted">
              {writable.length > 0 && `Sets ${fieldNames(writable.map((e) => e.ref)).toLowerCase()} back to how ${writable.length === 1 ? 'it was' : 'they were'} after this revision.`}
              {whole.cannot.length > 0 && ` ${fieldNames(whole.cannot)} cannot be restored from history.`}
              {unwritable.length > 0 && ` This catalogue does not take changes to ${fieldNames(unwritable).toLowerCase()} from Tessera, so they cannot be restored here.`}
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
