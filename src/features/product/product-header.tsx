import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import type { DataProduct } from '../../model/types'
import { KindBadge, LifecycleBadge } from '../../ui/badges'
import { CopyButton } from '../../ui/copy-button'
import { productPath } from '../../ui/product-row'
import { OwnersList } from './owners-list'
import { lineageGraphPath } from './product-tabs'

const formatDate = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
}

function LifecycleNotice({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  if (product.lifecycle === 'draft') {
    return <p className="notice notice-warning">This product is a draft: its schema and promises may still change.</p>
  }
  if (product.lifecycle !== 'deprecated' && product.lifecycle !== 'retired') return null
  const replacement = product.replacedBy ? catalog.product(product.replacedBy) : undefined
  return (
    <p className="notice notice-warning">
      This product is {product.lifecycle}.{' '}
      {product.replacedBy ? (
        <>
          Use <Link to={productPath(product.replacedBy)}>{replacement?.title ?? product.replacedBy}</Link> instead.
        </>
      ) : (
        'No replacement is named.'
      )}
    </p>
  )
}

function Terms({ label, items, to }: { label: string; items: string[]; to: (item: string) => string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="row" style={{ gap: 6 }}>
        {items.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          items.map((item, i) => (
            <Link key={`${item}-${i}`} className="tag" to={to(item)}>
              {item}
            </Link>
          ))
        )}
      </dd>
    </>
  )
}

/** Who the product is, who answers for it, and whether it can be trusted, before any tab. */
export function ProductHeader({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const domain = catalog.domain(product.domainId)
  const editor = product.updatedBy ? catalog.person(product.updatedBy) : undefined
  return (
    <header className="card product-header">
      <div className="product-header-main">
        <p className="eyebrow">
          Data product ·{' '}
          {domain ? <Link to={`/domains/${encodeURIComponent(domain.id)}`}>{domain.name}</Link> : <span>Unknown domain “{product.domainId}”</span>}
        </p>
        <h1>{product.title}</h1>
        <p className="urn-line">
          <code className="urn">{product.urn}</code>
          <CopyButton text={product.urn} what="URN" />
        </p>
        <div className="row">
          <KindBadge kind={product.kind} />
          {product.lifecycle === 'active' ? <span className="badge badge-ok">Active</span> : <LifecycleBadge lifecycle={product.lifecycle} />}
          {product.version && <span className="badge">Version {product.version}</span>}
        </div>
        <LifecycleNotice product={product} catalog={catalog} />
        <dl className="facts header-facts">
          <Terms label="Tags" items={product.tags} to={(tag) => `/search?tag=${encodeURIComponent(tag)}`} />
          <Terms label="Glossary" items={product.glossaryTerms} to={(term) => `/search?q=${encodeURIComponent(term)}`} />
          <dt>Updated</dt>
          <dd>
            <time dateTime={product.updatedAt}>{formatDate(product.updatedAt)}</time>
            {product.updatedBy && (
              <>
                {' by '}
                {editor ? <Link to={`/people/${encodeURIComponent(editor.id)}`}>{editor.name}</Link> : product.updatedBy}
              </>
            )}
            <span className="muted"> · revision {product.revision}</span>
          </dd>
        </dl>
        <p className="row" style={{ margin: '12px 0 0' }}>
          <Link className="button" to={lineageGraphPath(product.urn)}>
            Open lineage graph
          </Link>
        </p>
      </div>
      <section className="product-header-owners" aria-labelledby="owners-title">
        <h2 id="owners-title" className="subsection-title">
          Owners
        </h2>
        <OwnersList product={product} catalog={catalog} />
      </section>
    </header>
  )
}
