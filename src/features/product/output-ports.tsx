import { useId } from 'react'
import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { productOwners } from '../../model/product-queries'
import { countColumns } from '../../model/schema-columns'
import type { DataProduct, OutputPort } from '../../model/types'
import { CopyButton } from '../../ui/copy-button'
import { Markdown } from '../../ui/markdown'
import { PortAccessSlot } from '../../ui/slots'
import { EmptyState } from '../../ui/states'
import { tabSearch } from './product-tabs'

function AskTheOwners({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const owner = productOwners(product, catalog.catalog.teams, catalog.catalog.people)[0]
  const who = owner?.team ?? owner?.person
  return (
    <p className="muted" style={{ margin: 0 }}>
      No access steps are documented for this port.{' '}
      {who ? (
        <>
          Ask{' '}
          <Link to={owner?.team ? `/teams/${encodeURIComponent(owner.team.id)}` : `/people/${encodeURIComponent(owner?.person?.id ?? '')}`}>
            {who.name}
          </Link>
          , who owns it.
        </>
      ) : (
        'Nobody is recorded as its owner.'
      )}
    </p>
  )
}

function PortCard({ port, product, catalog }: { port: OutputPort; product: DataProduct; catalog: CatalogIndex }) {
  const headingId = useId()
  const { total } = countColumns(port.columns)
  return (
    <section className="card port-card" aria-labelledby={headingId}>
      <div className="row">
        <h2 id={headingId} className="section-title" style={{ margin: 0 }}>
          {port.name}
        </h2>
        <span className="badge">{port.type}</span>
        {port.format && <span className="badge">{port.format}</span>}
        {port.contractId && <span className="badge badge-ok">Contract {port.contractId}</span>}
      </div>
      {port.description && <p className="muted">{port.description}</p>}
      <dl className="facts">
        <dt>Address</dt>
        <dd className="address">
          <code className="address-text">{port.location || '—'}</code>
          {port.location && <CopyButton text={port.location} what={`address of ${port.name}`} />}
        </dd>
        <dt>Schema</dt>
        <dd>
          <Link to={tabSearch('schema')} preventScrollReset>
            {total === 1 ? '1 column' : `${total.toLocaleString()} columns`}
          </Link>
        </dd>
      </dl>
      <h3 className="subsection-title">How to get access</h3>
      <PortAccessSlot product={product} port={port} />
      {port.accessInstructions?.trim() ? <Markdown>{port.accessInstructions}</Markdown> : <AskTheOwners product={product} catalog={catalog} />}
    </section>
  )
}

/** How consumers read the product: each output port's address, format and access steps. */
export function OutputPorts({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  if (product.outputPorts.length === 0) {
    return (
      <EmptyState title="No output port">
        <p>This product exposes nothing consumers can read yet.</p>
      </EmptyState>
    )
  }
  return (
    <div className="stack">
      {product.outputPorts.map((port, i) => (
        <PortCard key={`${port.id}-${i}`} port={port} product={product} catalog={catalog} />
      ))}
    </div>
  )
}
