import { useVirtualizer } from '@tanstack/react-virtual'
import { Fragment, memo, useCallback, useEffect, useMemo, useState } from 'react'
import { expandablePaths, schemaView, typeBreaks, undocumentedPaths, type SchemaRow } from '../../model/schema-columns'
import type { Column } from '../../model/types'
import { ClassificationCell, DescriptionCell, TagsCell, type CellStatus, type ColumnEditActions } from './editing/column-cells'

/** Above this many rows only the visible ones are rendered: a 1,000-column schema stays fast. */
export const VIRTUALISE_ABOVE = 60
const ESTIMATED_ROW_HEIGHT = 41

/** Editing state of one port's columns, for owners; the table works read-only without it. */
export interface SchemaEditing {
  actions: ColumnEditActions
  /** The column whose description is open, if it is in this table. */
  editingPath: string | null
  /** Unsaved description drafts by column path. */
  drafts: ReadonlyMap<string, string>
  /** Save state by column path and field. */
  statuses: ReadonlyMap<string, { description?: CellStatus; classification?: CellStatus; tags?: CellStatus }>
  /** Which column fields the backend can write. */
  writable: Writable
}

type Writable = { description: boolean; classification: boolean; tags: boolean }
const READ_ONLY: Writable = { description: false, classification: false, tags: false }

const NO_STATUS: { description?: CellStatus; classification?: CellStatus; tags?: CellStatus } = {}

const SchemaRowView = memo(function SchemaRowView({
  row,
  rowIndex,
  onToggle,
  measure,
  actions,
  editing = false,
  draft,
  statuses = NO_STATUS,
  writable = READ_ONLY,
}: {
  row: SchemaRow
  rowIndex?: number
  onToggle: (path: string) => void
  measure?: (element: HTMLTableRowElement | null) => void
  actions?: ColumnEditActions
  editing?: boolean
  draft?: string
  statuses?: { description?: CellStatus; classification?: CellStatus; tags?: CellStatus }
  writable?: Writable
}) {
  const { column } = row
  return (
    <tr
      ref={measure}
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
      aria-rowindex={rowIndex}
      className={[row.documented ? undefined : 'is-undocumented', editing ? 'is-editing' : undefined].filter(Boolean).join(' ') || undefined}
    >
      <th scope="row" className="schema-name" style={{ paddingLeft: 10 + Math.min(row.depth, 12) * 18 }}>
        {row.expandable ? (
          <button type="button" className="expander" aria-expanded={row.expanded} onClick={() => onToggle(row.path)}>
            <span className="chevron" aria-hidden="true">
              ▸
            </span>
            <code>{row.label}</code>
            <span className="visually-hidden"> ({column.fields?.length ?? 0} nested fields)</span>
          </button>
        ) : (
          <code className="leaf">{row.label}</code>
        )}
        {row.justDocumented && <span className="badge badge-ok just-documented">Just documented</span>}
      </th>
      <td className="schema-type">
        <code>
          {typeBreaks(column.type).map((piece, i) => (
            <Fragment key={i}>
              {i > 0 && <wbr />}
              {piece}
            </Fragment>
          ))}
        </code>
      </td>
      <td className="schema-required" data-label="Required">
        {column.required === undefined ? <span className="muted">—</span> : column.required ? 'Yes' : 'No'}
      </td>
      <td className="schema-classification" data-label="Classification">
        <ClassificationCell column={column} path={row.path} editable={writable.classification} status={statuses.classification} actions={actions} />
      </td>
      <td className="schema-description" data-label="Description">
        <DescriptionCell
          column={column}
          path={row.path}
          documented={row.documented}
          editable={writable.description}
          editing={editing}
          draft={draft}
          status={statuses.description}
          actions={actions}
        />
      </td>
      <td className="schema-tags" data-label="Tags">
        <TagsCell column={column} path={row.path} editable={writable.tags} status={statuses.tags} actions={actions} />
      </td>
    </tr>
  )
})

function Head({ virtual }: { virtual: boolean }) {
  return (
    <>
      <colgroup>
        <col style={{ width: '21%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '13%' }} />
        <col style={{ width: '29%' }} />
        <col style={{ width: '12%' }} />
      </colgroup>
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>
          <th scope="col">Column</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Classification</th>
          <th scope="col">Description</th>
          <th scope="col">Tags</th>
        </tr>
      </thead>
    </>
  )
}

function VirtualBody({ rows, onToggle, scrollElement, edit }: { rows: SchemaRow[]; onToggle: (path: string) => void; scrollElement: HTMLDivElement | null; edit?: SchemaEditing }) {
  // The app is not built with the React Compiler, so nothing memoises around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index]?.path ?? index,
  })
  const editingIndex = edit?.editingPath ? rows.findIndex((r) => r.path === edit.editingPath) : -1
  // Tab to the next undocumented column may land outside the rendered window: bring it in.
  useEffect(() => {
    if (editingIndex >= 0) virtualizer.scrollToIndex(editingIndex, { align: 'auto' })
  }, [editingIndex, virtualizer])
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <tbody>
      {before > 0 && (
        <tr aria-hidden="true" className="spacer">
          <td colSpan={6} style={{ height: before }} />
        </tr>
      )}
      {items.map((item) => (
        <SchemaRowView key={item.key} row={rows[item.index]!} rowIndex={item.index + 2} onToggle={onToggle} measure={virtualizer.measureElement} {...rowEdit(rows[item.index]!, edit)} />
      ))}
      {after > 0 && (
        <tr aria-hidden="true" className="spacer">
          <td colSpan={6} style={{ height: after }} />
        </tr>
      )}
    </tbody>
  )
}

function rowEdit(row: SchemaRow, edit: SchemaEditing | undefined) {
  if (!edit) return {}
  return { actions: edit.actions, editing: edit.editingPath === row.path, draft: edit.drafts.get(row.path), statuses: edit.statuses.get(row.path) ?? NO_STATUS, writable: edit.writable }
}

/** Dotted paths above `path`: `a`, `a.b` for `a.b.c`. */
const ancestorsOf = (path: string) => path.split('.').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('.'))

/**
 * The columns of one output port as a table: nested fields expand under their parent,
 * undocumented columns are marked, and long schemas scroll inside the table with only the
 * visible rows rendered (the row count stays announced through aria-rowcount).
 */
export function SchemaTable({
  columns,
  caption,
  filter = '',
  undocumentedOnly = false,
  edit,
}: {
  columns: Column[]
  caption: string
  filter?: string
  undocumentedOnly?: boolean
  edit?: SchemaEditing
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  // A column opened for editing (say, by Tab from the one before) is shown even if its parent was collapsed.
  const [revealed, setRevealed] = useState<string | null>(null)
  const editingPath = edit?.editingPath ?? null
  if (editingPath !== revealed) {
    setRevealed(editingPath)
    const hidden = editingPath ? ancestorsOf(editingPath).filter((p) => !expanded.has(p)) : []
    if (hidden.length > 0) setExpanded(new Set([...expanded, ...hidden]))
  }
  // Columns documented while "only undocumented" is on stay in view until the filter changes.
  const filterKey = `${undocumentedOnly}|${filter}`
  const [kept, setKept] = useState<{ key: string; paths: ReadonlySet<string> }>(() => ({ key: filterKey, paths: undocumentedOnly ? undocumentedPaths(columns) : new Set() }))
  if (kept.key !== filterKey) setKept({ key: filterKey, paths: undocumentedOnly ? undocumentedPaths(columns) : new Set() })
  const view = useMemo(() => schemaView(columns, { expanded, filter, undocumentedOnly, keep: kept.paths }), [columns, expanded, filter, undocumentedOnly, kept])
  const expandable = useMemo(() => expandablePaths(columns), [columns])
  // State, not a ref: the rows below need a re-render once the scroll area exists to measure it.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null)
  const toggle = useCallback(
    (path: string) =>
      setExpanded((current) => {
        const next = new Set(current)
        if (!next.delete(path)) next.add(path)
        return next
      }),
    [],
  )
  const virtual = view.rows.length > VIRTUALISE_ABOVE
  const filtering = filter.trim() !== '' || undocumentedOnly

  if (columns.length === 0) return <p className="muted">This port declares no columns.</p>

  const table = (
    <table className="data schema-table" aria-rowcount={virtual ? view.rows.length + 1 : undefined}>
      <caption className="visually-hidden">Columns of {caption}</caption>
      <Head virtual={virtual} />
      {virtual ? (
        <VirtualBody rows={view.rows} onToggle={toggle} scrollElement={scrollElement} edit={edit} />
      ) : (
        <tbody>
          {view.rows.map((row) => (
            <SchemaRowView key={row.path} row={row} onToggle={toggle} {...rowEdit(row, edit)} />
          ))}
        </tbody>
      )}
    </table>
  )

  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="row schema-summary">
        <span className="muted">
          {filtering
            ? `${view.matches.toLocaleString()} of ${view.total.toLocaleString()} columns match`
            : `${view.total.toLocaleString()} columns`}
          {view.undocumented > 0 && ` · ${view.undocumented.toLocaleString()} undocumented`}
        </span>
        {expandable.length > 0 && (
          <>
            <button type="button" className="button button-small" onClick={() => setExpanded(new Set(expandable))}>
              Expand all
            </button>
            <button type="button" className="button button-small" onClick={() => setExpanded(new Set())} disabled={expanded.size === 0}>
              Collapse all
            </button>
          </>
        )}
      </div>
      {view.rows.length === 0 ? (
        <p className="muted">{undocumentedOnly && !filter.trim() ? 'Every column here is documented.' : `No column matches “${filter.trim()}”.`}</p>
      ) : virtual ? (
        <div ref={setScrollElement} className="schema-scroll" tabIndex={0} role="region" aria-label={`Columns of ${caption}, scrollable`}>
          {table}
        </div>
      ) : (
        <div className="table-wrap">{table}</div>
      )}
    </div>
  )
}
