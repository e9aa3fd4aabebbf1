import { useState, type KeyboardEvent } from 'react'
import { CLASSIFICATIONS, type Classification, type Column } from '../../../model/types'
import { Markdown } from '../../../ui/markdown'

export type CellStatus = 'saving' | 'saved' | 'failed' | 'conflict' | undefined

/** What the schema table needs to edit columns: stable callbacks, keyed by column path. */
export interface ColumnEditActions {
  startEdit(path: string): void
  change(path: string, text: string): void
  /** Saves the text (if it changed) and closes, or moves to the next/previous undocumented column. */
  commit(path: string, text: string, then: 'close' | 'next' | 'previous'): void
  cancel(path: string): void
  retry(path: string): void
  setClassification(path: string, value: Classification | null): void
  setTags(path: string, tags: string[]): void
}

const STATUS_TEXT: Record<Exclude<CellStatus, undefined>, string> = {
  saving: 'Saving…',
  saved: '✓ Saved',
  failed: 'Not saved, kept as a draft',
  conflict: 'Changed by someone else too',
}

function CellStatusLine({ status, onRetry }: { status: CellStatus; onRetry?: () => void }) {
  if (!status) return null
  return (
    <span className={`cell-status cell-status-${status}`}>
      {STATUS_TEXT[status]}
      {status === 'failed' && onRetry && (
        <>
          {' '}
          <button type="button" className="button button-small" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </span>
  )
}

function DescriptionInput({ path, initial, actions }: { path: string; initial: string; actions: ColumnEditActions }) {
  const [text, setText] = useState(initial)
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      actions.cancel(path)
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      actions.commit(path, text, 'close')
    } else if (event.key === 'Tab') {
      event.preventDefault()
      actions.commit(path, text, event.shiftKey ? 'previous' : 'next')
    }
  }
  return (
    <textarea
      className="cell-input"
      aria-label={`Description of ${path}`}
      aria-describedby="column-edit-help"
      autoFocus
      rows={Math.min(8, Math.max(2, text.split('\n').length))}
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        actions.change(path, event.target.value)
      }}
      onKeyDown={onKeyDown}
    />
  )
}

/** A column's description: shown as Markdown; for editors a button opens it in place (Enter to save, Escape to cancel, Tab to the next gap). */
export function DescriptionCell({
  column,
  path,
  documented,
  editable,
  editing,
  draft,
  status,
  actions,
}: {
  column: Column
  path: string
  documented: boolean
  editable: boolean
  editing: boolean
  draft: string | undefined
  status: CellStatus
  actions?: ColumnEditActions
}) {
  if (editing && actions) return <DescriptionInput path={path} initial={draft ?? column.description ?? ''} actions={actions} />
  const shown = documented ? <Markdown className="compact">{column.description ?? ''}</Markdown> : <span className="badge badge-undocumented">Undocumented</span>
  if (!editable || !actions) return shown
  return (
    <div className="cell-editable">
      {shown}
      {draft !== undefined && status !== 'saving' && <span className="badge badge-draft">Unsaved draft</span>}
      <button type="button" className="button button-small button-ghost cell-edit" onClick={() => actions.startEdit(path)}>
        {documented ? 'Edit' : 'Add description'}
        <span className="visually-hidden"> {documented ? `description of ${path}` : `of ${path}`}</span>
      </button>
      <CellStatusLine status={status} onRetry={() => actions.retry(path)} />
    </div>
  )
}

function ClassificationPicker({ path, initial, onSave, onClose }: { path: string; initial: Classification | null; onSave: (value: Classification | null) => void; onClose: () => void }) {
  const [value, setValue] = useState(initial ?? '')
  return (
    <form
      className="cell-classify"
      aria-label={`Classify ${path}`}
      onSubmit={(event) => {
        event.preventDefault()
        if ((value || null) !== initial) onSave((value || null) as Classification | null)
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <select aria-label={`Classification of ${path}`} autoFocus value={value} onChange={(event) => setValue(event.target.value)}>
        <option value="">Not classified</option>
        {CLASSIFICATIONS.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-small button-primary">
        Save<span className="visually-hidden"> classification of {path}</span>
      </button>
      <button type="button" className="button button-small" onClick={onClose}>
        Cancel
      </button>
    </form>
  )
}

/** A column's classification and PII mark; editors pick one from a list, then save it like any other field. */
export function ClassificationCell({ column, path, editable, status, actions }: { column: Column; path: string; editable: boolean; status: CellStatus; actions?: ColumnEditActions }) {
  const [open, setOpen] = useState(false)
  const badges =
    column.classification || column.pii ? (
      <span className="row" style={{ gap: 4 }}>
        {column.classification && <span className={`badge badge-class-${column.classification}`}>{column.classification}</span>}
        {column.pii && <span className="badge badge-pii">PII</span>}
      </span>
    ) : (
      <span className="muted">—</span>
    )
  if (!editable || !actions) return badges
  if (open) return <ClassificationPicker path={path} initial={column.classification ?? null} onSave={(value) => actions.setClassification(path, value)} onClose={() => setOpen(false)} />
  return (
    <div className="cell-editable">
      {badges}
      <button type="button" className="button button-small button-ghost cell-edit" onClick={() => setOpen(true)}>
        {column.classification ? 'Change' : 'Classify'}
        <span className="visually-hidden">{column.classification ? ` classification of ${path}` : ` ${path}`}</span>
      </button>
      <CellStatusLine status={status} />
    </div>
  )
}

/** A column's tags; editors type them comma-separated (Enter saves, Escape cancels). */
export function TagsCell({ column, path, editable, status, actions }: { column: Column; path: string; editable: boolean; status: CellStatus; actions?: ColumnEditActions }) {
  const [typed, setTyped] = useState<string | null>(null)
  const tags = column.tags ?? []
  const shown =
    tags.length === 0 ? (
      <span className="muted">—</span>
    ) : (
      <span className="row" style={{ gap: 4 }}>
        {tags.map((tag, i) => (
          <span key={`${tag}-${i}`} className="tag">
            {tag}
          </span>
        ))}
      </span>
    )
  if (!editable || !actions) return shown
  if (typed !== null) {
    return (
      <input
        className="cell-input"
        aria-label={`Tags of ${path}, separated by commas`}
        autoFocus
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            setTyped(null)
          } else if (event.key === 'Enter') {
            event.preventDefault()
            const next = [...new Set(typed.split(',').map((t) => t.trim()).filter(Boolean))]
            actions.setTags(path, next)
            setTyped(null)
          }
        }}
        onBlur={() => setTyped(null)}
      />
    )
  }
  return (
    <div className="cell-editable">
      {shown}
      <button type="button" className="button button-small button-ghost cell-edit" onClick={() => setTyped(tags.join(', '))}>
        Edit<span className="visually-hidden"> tags of {path}</span>
      </button>
      <CellStatusLine status={status} />
    </div>
  )
}
