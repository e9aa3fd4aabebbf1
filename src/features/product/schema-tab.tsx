import { useId } from 'react'
import { useSearchParams } from 'react-router'
import { countColumns } from '../../model/schema-columns'
import type { DataProduct, OutputPort } from '../../model/types'
import { EmptyState } from '../../ui/states'
import { SchemaTable } from './schema-table'

function PortSchema({ port, filter, undocumentedOnly }: { port: OutputPort; filter: string; undocumentedOnly: boolean }) {
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
      <SchemaTable columns={port.columns} caption={port.name} filter={filter} undocumentedOnly={undocumentedOnly} />
    </section>
  )
}

/** Every output port's columns, filtered by name and documentation through the URL (`column`, `undocumented`). */
export function SchemaTab({ product }: { product: DataProduct }) {
  const [params, setParams] = useSearchParams()
  const filter = params.get('column') ?? ''
  const undocumentedOnly = params.get('undocumented') === '1'
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
          <input type="search" className="filter-input" value={filter} onChange={(event) => update('column', event.target.value)} placeholder="e.g. device" />
        </label>
        <label className="row">
          <input type="checkbox" checked={undocumentedOnly} onChange={(event) => update('undocumented', event.target.checked ? '1' : '')} />
          <span>Only undocumented columns</span>
        </label>
        <span className="muted">
          {total.toLocaleString()} columns in {product.outputPorts.length} {product.outputPorts.length === 1 ? 'port' : 'ports'}
          {undocumented > 0 ? ` · ${undocumented.toLocaleString()} undocumented` : ' · all documented'}
        </span>
      </div>
      {product.outputPorts.map((port, i) => (
        <PortSchema key={`${port.id}-${i}`} port={port} filter={filter} undocumentedOnly={undocumentedOnly} />
      ))}
    </div>
  )
}
