import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { hasContract } from '../../model/completeness'
import { canEdit } from '../../model/product-queries'
import type { DataProduct } from '../../model/types'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { ContractBadge } from '../../ui/badges'
import { Markdown } from '../../ui/markdown'
import { SafeLink } from '../../ui/safe-link'
import { CompletenessPanel } from './completeness-panel'
import { DescriptionEditor } from './description-editor'
import { tabSearch } from './product-tabs'
import { SloList } from './slo-list'

function Description({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const backend = useBackend()
  const { data: identity } = useQuery(identityQuery(backend))
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const closeEditor = () => {
    setEditing(false)
    requestAnimationFrame(() => editButton.current?.focus())
  }
  const editable = backend.capabilities.edit && canEdit(product, identity?.personId, catalog.catalog.people)

  return (
    <section className="card" aria-labelledby="description-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="description-title" className="section-title">
          Description
        </h2>
        {editable && !editing && (
          <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
            Edit description
          </button>
        )}
      </div>
      {editing ? (
        <DescriptionEditor product={product} onDone={closeEditor} />
      ) : product.description.trim() ? (
        <Markdown className="description">{product.description}</Markdown>
      ) : (
        <p className="muted">This product has no description yet. Ask its owners what it holds before relying on it.</p>
      )}
    </section>
  )
}

function Links({ product }: { product: DataProduct }) {
  if (product.links.length === 0) return null
  return (
    <section className="card" aria-labelledby="links-title">
      <h2 id="links-title" className="section-title">
        Links
      </h2>
      <ul className="plain-list stack" style={{ gap: 6 }}>
        {product.links.map((link, i) => (
          <li key={`${link.url}-${i}`}>
            <SafeLink href={link.url}>{link.label || link.url}</SafeLink>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** What a reader needs first: what the product holds, how complete its documentation is, whether it keeps its promises. */
export function OverviewTab({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  return (
    <div className="grid-2">
      <div className="stack">
        <Description product={product} catalog={catalog} />
        <Links product={product} />
      </div>
      <div className="stack">
        <CompletenessPanel product={product} />
        <section className="card" aria-labelledby="trust-title">
          <h2 id="trust-title" className="section-title">
            Service levels
          </h2>
          <p className="row" style={{ marginTop: 0 }}>
            <ContractBadge hasContract={hasContract(product)} />
            {product.contract && (
              <span className="muted">
                {product.contract.id} v{product.contract.version}
              </span>
            )}
          </p>
          <SloList slos={product.slos} compact />
          <p style={{ marginBottom: 0 }}>
            <Link to={tabSearch('contract')} preventScrollReset>
              Contract and quality details
            </Link>
          </p>
        </section>
      </div>
    </div>
  )
}
