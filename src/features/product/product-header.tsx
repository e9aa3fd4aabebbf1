import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import type { DataProduct } from '../../model/types'
import { KindBadge, LifecycleBadge, Tag } from '../../ui/badges'
import { productPath } from '../../ui/product-row'
import { OwnersList } from './owners-list'

const formatDate = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
}

export function ProductHeader({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const domain = catalog.domain(product.domainId)
  const replacement = product.replacedBy ? catalog.product(product.replacedBy) : undefined
  const updatedBy = product.updatedBy ? (catalog.person(product.updatedBy)?.name ?? product.updatedBy) : undefined
  return (
    <header className="page-header card">
      <p className="eyebrow">
        Data product ·{' '}
        {domain ? <Link to={`/domains/${encodeURIComponent(domain.id)}`}>{domain.name}</Link> : <span>Unknown domain “{product.domainId}”</span>}
      </p>
      <h1>{product.title}</h1>
      <p className="urn">{product.urn}</p>
      <div className="row">
        <KindBadge kind={product.kind} />
        <LifecycleBadge lifecycle={product.lifecycle} />
        {product.version && <span className="badge">v{product.version}</span>}
        {product.tags.map((tag) => (
          <Tag key={tag}>{tag}</Tag>
        ))}
      </div>
      {(product.lifecycle === 'deprecated' || product.lifecycle === 'retired') && (
        <p className="notice notice-warning" style={{ marginTop: 12 }}>
          This product is {product.lifecycle}.{' '}
          {product.replacedBy ? (
            <>
              Use <Link to={productPath(product.replacedBy)}>{replacement?.title ?? product.replacedBy}</Link> instead.
            </>
          ) : (
            'No replacement is named.'
          )}
        </p>
      )}
      <OwnersList product={product} catalog={catalog} />
      <p className="muted" style={{ margin: '8px 0 0', fontSize: '0.85rem' }}>
        Updated {formatDate(product.updatedAt)}
        {updatedBy && <> by {product.updatedBy && catalog.person(product.updatedBy) ? <Link to={`/people/${encodeURIComponent(product.updatedBy)}`}>{updatedBy}</Link> : updatedBy}</>}
        {' · '}revision {product.revision}
      </p>
    </header>
  )
}
