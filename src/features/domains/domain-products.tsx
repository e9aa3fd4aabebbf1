import { kindLabel, productOwners } from '../../model/product-queries'
import { PRODUCT_KINDS, type DataProduct, type Person, type Team } from '../../model/types'
import { DocumentationBadge } from '../../ui/health-badges'
import { ProductRow } from '../../ui/product-row'

/** The domain's own products in one section per kind; an empty kind is said out loud, it is a gap. */
export function DomainProducts({ products, teams, people }: { products: readonly DataProduct[]; teams: readonly Team[]; people: readonly Person[] }) {
  return (
    <>
      {PRODUCT_KINDS.map((kind) => {
        const ofKind = products.filter((p) => p.kind === kind)
        return (
          <section key={kind} className="card" aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="section-title">
              {kindLabel(kind)} products ({ofKind.length})
            </h2>
            {ofKind.length === 0 ? (
              <p className="muted">This domain provides no {kindLabel(kind).toLowerCase()} product.</p>
            ) : (
              <ul className="plain-list result-list">
                {ofKind.map((product) => {
                  const owner = productOwners(product, teams, people)[0]
                  return (
                    <ProductRow
                      key={product.urn}
                      product={product}
                      ownerName={owner?.team?.name ?? owner?.person?.name ?? 'No owner'}
                      extra={<DocumentationBadge product={product} />}
                    />
                  )
                })}
              </ul>
            )}
          </section>
        )
      })}
    </>
  )
}
