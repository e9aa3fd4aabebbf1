import { useMemo } from 'react'
import { Link, Navigate, useLocation } from 'react-router'
import { productById } from '../../model/product-ids'
import { similarProducts, urnLocalName } from '../../model/similar-names'
import { useCatalog } from '../../queries/use-catalog'
import { KindBadge } from '../../ui/badges'
import { productPath } from '../../ui/product-row'
import { useDocumentTitle } from '../../ui/use-document-title'
import { searchPath } from '../../model/search/search-params'

/**
 * An address that names no product by URN: one of a product's other ids (its source's own, a contract's)
 * leads to its page; otherwise says so, and offers the products it most likely meant.
 */
export function ProductNotFound({ urn }: { urn: string }) {
  const catalog = useCatalog()
  const { search } = useLocation()
  const named = useMemo(() => productById(catalog.catalog.products, urn), [urn, catalog])
  if (named && named.urn !== urn) return <Navigate replace to={`${productPath(named.urn)}${search}`} />
  return <NotFound urn={urn} />
}

function NotFound({ urn }: { urn: string }) {
  useDocumentTitle('Product not found')
  const catalog = useCatalog()
  const suggestions = useMemo(() => similarProducts(urn, catalog.catalog.products), [urn, catalog])
  const words = urnLocalName(urn).replace(/[._-]+/g, ' ').trim()
  return (
    <section className="state state-empty not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Product not found</h1>
      <p role="alert">
        The data product <code className="urn">{urn || '(empty address)'}</code> was not found. It may have been renamed, retired or
        never published.
      </p>
      {suggestions.length > 0 && (
        <>
          <h2 className="section-title">Did you mean</h2>
          <ul className="plain-list stack suggestions" aria-label="Similar products">
            {suggestions.map(({ product }) => (
              <li key={product.urn} className="row">
                <Link to={productPath(product.urn)}>{product.title}</Link>
                <KindBadge kind={product.kind} />
                <span className="muted">{catalog.domain(product.domainId)?.name ?? product.domainId}</span>
                <code className="urn">{product.urn}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {words ? (
          <Link to={searchPath({ q: words })}>Search the catalogue for “{words}”</Link>
        ) : (
          <Link to="/search">Search the catalogue</Link>
        )}
      </p>
    </section>
  )
}
