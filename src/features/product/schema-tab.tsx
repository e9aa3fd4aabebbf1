import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useLeadingValue } from '../../ui/use-leading-value'
import { columnField, parseFieldKey, readField, sameValue } from '../../model/product-edits'
import { countColumns } from '../../model/schema-columns'
import type { DataProduct, OutputPort } from '../../model/types'
import { EmptyState } from '../../ui/states'
import type { CellStatus, ColumnEditActions } from './editing/column-cells'
import { useEditSession, type EditSession } from './editing/edit-session-context'
import { neighbourGap } from './model/column-navigation'
import { SchemaTable, type SchemaEditing } from './schema-table'

interface Editing {
  portId: string
  path: string
}

function PortSchema({ port, filter, undocumentedOnly, edit }: { port: OutputPort; filter: string; undocumentedOnly: boolean; edit?: SchemaEditing }) {
  const headingId = useId()
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="row" style={{ marginBottom: 8 }}>
        <h2 id={headingId} className="section-title" style={{ margin: 0 }}>
          {port.name}
        </h2>
        <span className="badge">{port.type}</span>
        <code className="urn">{port.location}</code>
      </div>
      <SchemaTable columns={port.columns} caption={port.name} filter={filter} undocumentedOnly={undocumentedOnly} edit={edit} />
    </section>
  )
}

/** Drafts and save states of one port's columns, by column path. */
function portEditState(session: EditSession, portId: string) {
  const drafts = new Map<string, string>()
  for (const draft of session.unsaved) {
    const { ref } = draft
    if (ref.kind === 'column' && ref.field === 'description' && ref.outputPortId === portId) drafts.set(ref.column, String(draft.value))
  }
  const statuses = new Map<string, { description?: CellStatus; classification?: CellStatus; tags?: CellStatus }>()
  for (const [key, status] of session.statuses) {
    const ref = parseFieldKey(key)
    if (ref?.kind !== 'column' || ref.outputPortId !== portId) continue
    statuses.set(ref.column, { ...statuses.get(ref.column), [ref.field]: status.state })
  }
  // Whether a field is writable does not depend on the column.
  const writable = (field: 'description' | 'classification' | 'tags') => session.canEditField(columnField(field, portId, ''))
  return { drafts, statuses, writable: { description: writable('description'), classification: writable('classification'), tags: writable('tags') } }
}

/** Column editing for owners: one description open at a time; Tab moves on to the next gap. */
function useColumnEditing(product: DataProduct, filter: string, undocumentedOnly: boolean) {
  const session = useEditSession()
  const [editing, setEditing] = useState<Editing | null>(null)
  const [notice, setNotice] = useState('')
  // Handlers run between renders (Tab, then Tab again): they read the latest values from here.
  const latest = useRef({ session, editing, filter, undocumentedOnly })
  useLayoutEffect(() => {
    latest.current = { session, editing, filter, undocumentedOnly }
  })

  const actionsByPort = useMemo(() => {
    const saveIfChanged = (portId: string, path: string, value: string | string[] | null) => {
      const { session } = latest.current
      const ref = columnField('description', portId, path)
      if (sameValue(value, readField(session.product, ref))) session.discard([ref])
      else {
        session.edit(ref, value)
        void session.save([ref])
      }
    }
    const forPort = (portId: string): ColumnEditActions => ({
      startEdit(path) {
        const { session, editing } = latest.current
        // Opening another column keeps what was typed in the one before: it is saved.
        if (editing && (editing.portId !== portId || editing.path !== path)) {
          const before = columnField('description', editing.portId, editing.path)
          const text = session.draftOf(before)?.value
          if (text !== undefined && !sameValue(text, readField(session.product, before))) void session.save([before])
        }
        session.open(columnField('description', portId, path))
        setNotice('')
        setEditing({ portId, path })
      },
      change(path, text) {
        latest.current.session.edit(columnField('description', portId, path), text)
      },
      commit(path, text, then) {
        const { session, filter, undocumentedOnly } = latest.current
        saveIfChanged(portId, path, text)
        if (then === 'close') return setEditing(null)
        const port = session.product.outputPorts.find((p) => p.id === portId)
        const drafts = portEditState(session, portId).drafts
        const next = port ? neighbourGap(port.columns, path, then, { filter, undocumentedOnly, drafts }) : undefined
        if (next) setEditing({ portId, path: next })
        else {
          setEditing(null)
          setNotice(`No more undocumented columns ${then === 'next' ? 'after' : 'before'} ${path} in ${port?.name ?? 'this port'}.`)
        }
      },
      cancel(path) {
        latest.current.session.discard([columnField('description', portId, path)])
        setEditing(null)
      },
      retry(path) {
        const { session } = latest.current
        void session.save([columnField('description', portId, path), columnField('classification', portId, path), columnField('tags', portId, path)])
      },
      setClassification(path, value) {
        const { session } = latest.current
        const ref = columnField('classification', portId, path)
        if (sameValue(value, readField(session.product, ref))) return
        session.edit(ref, value)
        void session.save([ref])
      },
      setTags(path, tags) {
        const { session } = latest.current
        const ref = columnField('tags', portId, path)
        if (sameValue(tags, readField(session.product, ref))) return
        session.edit(ref, tags)
        void session.save([ref])
      },
    })
    return new Map(product.outputPorts.map((port) => [port.id, forPort(port.id)]))
  }, [product.outputPorts])

  return { session, editing, notice, actionsByPort }
}

/** Every output port's columns, filtered by name and documentation through the URL (`column`, `undocumented`). */
export function SchemaTab({ product }: { product: DataProduct }) {
  const [params, setParams] = useSearchParams()
  const update = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true, preventScrollReset: true },
    )
  const [filter, setFilter] = useLeadingValue(params.get('column') ?? '', (value) => update('column', value))
  const [undocumentedOnly, setUndocumentedOnly] = useLeadingValue(params.get('undocumented') === '1', (on) => update('undocumented', on ? '1' : ''))
  const { session, editing, notice, actionsByPort } = useColumnEditing(product, filter, undocumentedOnly)

  if (product.outputPorts.length === 0) {
    return (
      <EmptyState title="No schema">
        <p>This product has no output port, so there are no columns to describe.</p>
      </EmptyState>
    )
  }
  const totals = product.outputPorts.map((port) => countColumns(port.columns))
  const total = totals.reduce((sum, t) => sum + t.total, 0)
  const undocumented = totals.reduce((sum, t) => sum + t.undocumented, 0)

  return (
    <div className="stack">
      <div className="card schema-toolbar" role="search" aria-label="Columns">
        <label className="row">
          <span>Filter columns by name</span>
          <input type="search" className="filter-input" value={filter} onChange={(event) => setFilter(event.target.value)} placeholder="e.g. device" />
        </label>
        <label className="row">
          <input type="checkbox" checked={undocumentedOnly} onChange={(event) => setUndocumentedOnly(event.target.checked)} />
          <span>Only undocumented columns</span>
        </label>
        <span className="muted">
          {total.toLocaleString()} columns in {product.outputPorts.length} {product.outputPorts.length === 1 ? 'port' : 'ports'}
          {undocumented > 0 ? ` · ${undocumented.toLocaleString()} undocumented` : ' · all documented'}
        </span>
        {session.canEdit && (
          <p id="column-edit-help" className="muted schema-edit-help">
            Editing a description: Enter saves, Shift+Enter starts a new line, Escape cancels, Tab saves and opens the next undocumented column.
          </p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {product.outputPorts.map((port, i) => {
        const actions = actionsByPort.get(port.id)
        const edit: SchemaEditing | undefined =
          session.canEdit && actions ? { actions, editingPath: editing?.portId === port.id ? editing.path : null, ...portEditState(session, port.id) } : undefined
        return <PortSchema key={`${port.id}-${i}`} port={port} filter={filter} undocumentedOnly={undocumentedOnly} edit={edit} />
      })}
    </div>
  )
}
