import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import type { DataProduct, Urn } from '../../model/types'
import { KindBadge } from '../../ui/badges'
import { productPath } from '../../ui/product-row'

function Neighbours({ title, urns, catalog }: { title: string; urns: readonly Urn[]; catalog: CatalogIndex }) {
  return (
    <>
      <h3 style={{ fontSize: '0.95rem', margin: '12px 0 6px' }}>{title}</h3>
      {urns.length === 0 ? (
        <p className="muted" style={{ margin: 0 }}>None</p>
      ) : (
        <ul className="plain-list stack" style={{ gap: 6 }}>
          {urns.map((urn) => {
            const product = catalog.product(urn)
            return (
              <li key={urn} className="row">
                <Link to={productPath(urn)}>{product?.title ?? urn}</Link>
                {product && <KindBadge kind={product.kind} />}
                {product && <span className="muted">{catalog.domain(product.domainId)?.name}</span>}
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}

export function LineagePreview({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const lineage = catalog.lineage()
  const external = product.inputPorts.flatMap((p) => (p.kind === 'external' ? [p] : []))
  return (
    <section className="card" aria-labelledby="lineage-title">
      <h2 id="lineage-title" className="section-title">
        Lineage
      </h2>
      {external.length > 0 && (
        <p className="muted" style={{ margin: 0 }}>
          Reads from outside the mesh: {external.map((p) => p.name).join(', ')}
        </p>
      )}
      <Neighbours title="Upstream" urns={lineage.upstream(product.urn)} catalog={catalog} />
      <Neighbours title="Downstream (consumers)" urns={lineage.downstream(product.urn)} catalog={catalog} />
    </section>
  )
}
