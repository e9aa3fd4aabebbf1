import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import type { DataProduct, Urn } from '../../model/types'
import { useBackend } from '../../queries/backend-context'
import { useLineageNeighbourhood, type LineageNeighbourhood } from '../../queries/use-lineage-neighbourhood'
import { KindBadge, LifecycleBadge } from '../../ui/badges'
import { LineageFallbackNotice } from '../../ui/lineage-fallback-notice'
import { productPath } from '../../ui/product-row'
import { lineageGraphPath } from './product-tabs'

function Neighbours({ title, urns, catalog, empty }: { title: string; urns: readonly Urn[]; catalog: CatalogIndex; empty: string }) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="section-title">
        {title} ({urns.length})
      </h2>
      {urns.length === 0 ? (
        <p className="muted" style={{ margin: 0 }}>
          {empty}
        </p>
      ) : (
        <ul className="plain-list stack" style={{ gap: 8 }}>
          {urns.map((urn) => {
            const product = catalog.product(urn)
            return (
              <li key={urn} className="row">
                <Link to={productPath(urn)}>{product?.title ?? urn}</Link>
                {product && <KindBadge kind={product.kind} />}
                {product && <LifecycleBadge lifecycle={product.lifecycle} />}
                {product && <span className="muted">{catalog.domain(product.domainId)?.name ?? product.domainId}</span>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** Where the lists come from, when the backend traces lineage on its server. */
function TraceNotice({ traced, label }: { traced: LineageNeighbourhood; label: string }) {
  if (traced.status === 'failed') {
    return <LineageFallbackNotice backend={label} subject="this product’s lineage" shown="these lists show" error={traced.error} onRetry={traced.retry} className="row" />
  }
  return (
    <p className="muted" aria-live="polite" style={{ margin: 0 }}>
      {traced.status === 'loading' ? `Tracing lineage on ${label}…` : ''}
    </p>
  )
}

/**
 * The product's direct neighbours in the mesh, as lists; the graph itself is the lineage view.
 * A backend that traces lineage on its server is asked for them, as its catalogue may not hold them.
 */
export function LineagePreview({ product, catalog: catalogue }: { product: DataProduct; catalog: CatalogIndex }) {
  const backend = useBackend()
  const traced = useLineageNeighbourhood(catalogue, { focus: product.urn, upstream: 1, downstream: 1 })
  const catalog = traced.catalog
  const lineage = catalog.lineage()
  const external = lineage.externalInputs(product.urn)
  const dangling = lineage.danglingInputs.filter((d) => d.productUrn === product.urn)
  return (
    <div className="stack">
      <p className="row" style={{ margin: 0 }}>
        <span className="muted">Direct neighbours only.</span>
        <Link to={lineageGraphPath(product.urn)}>Follow lineage further in the graph</Link>
      </p>
      {traced.status !== 'catalogue' && <TraceNotice traced={traced} label={backend.label} />}
      <div className="grid-halves">
        <Neighbours title="Upstream" urns={lineage.upstream(product.urn)} catalog={catalog} empty="Reads no other product of the mesh." />
        <Neighbours title="Downstream" urns={lineage.downstream(product.urn)} catalog={catalog} empty="No product of the mesh reads this one." />
      </div>
      {(external.length > 0 || dangling.length > 0) && (
        <section className="card" aria-labelledby="outside-title">
          <h2 id="outside-title" className="section-title">
            Sources outside the catalogue
          </h2>
          <ul className="plain-list stack" style={{ gap: 8 }}>
            {external.map((input, i) => (
              <li key={`${input.name}-${i}`}>
                <strong>{input.name}</strong>
                {input.system && <span className="muted"> · system {input.system}</span>}
                {input.description && <div className="muted">{input.description}</div>}
              </li>
            ))}
            {dangling.map((d) => (
              <li key={d.missingUrn}>
                <code className="urn">{d.missingUrn}</code>
                <div className="muted">Named as an input, but no such product is in the catalogue.</div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
