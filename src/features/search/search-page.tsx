import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useCatalog } from '../../queries/use-catalog'
import { productOwners } from '../../model/product-queries'
import { ProductRow } from '../../ui/product-row'
import { EmptyState } from '../../ui/states'
import { RecordIssuesNotice } from '../../ui/record-issues-notice'
import { useDocumentTitle } from '../../ui/use-document-title'
import { matchProducts } from './match-products'

const PAGE = 100

export function SearchPage() {
  const [params] = useSearchParams()
  const query = params.get('q') ?? ''
  const catalog = useCatalog()
  const { products, teams, people, issues } = catalog.catalog
  const matches = useMemo(() => matchProducts(products, query), [products, query])
  useDocumentTitle(query ? `“${query}”` : 'Search')

  return (
    <section>
      <header className="page-header">
        <h1>{query ? <>Results for “{query}”</> : 'All data products'}</h1>
        <p className="muted" role="status">
          {matches.length} of {products.length} products
          {matches.length > PAGE && ` · showing the first ${PAGE}; refine the search to narrow down`}
        </p>
      </header>
      <RecordIssuesNotice issues={issues} />
      {matches.length === 0 ? (
        <EmptyState title={`No product matches “${query}”`}>
          <p>Check the spelling, or try fewer or broader words: a column name, a tag, a team.</p>
        </EmptyState>
      ) : (
        <ul className="plain-list result-list card" aria-label="Search results">
          {matches.slice(0, PAGE).map(({ product, column }) => {
            const owner = productOwners(product, teams, people)[0]
            return (
              <ProductRow
                key={product.urn}
                product={product}
                domainName={catalog.domain(product.domainId)?.name}
                ownerName={owner?.team?.name ?? owner?.person?.name}
                extra={column && <span>· column <code>{column}</code></span>}
              />
            )
          })}
        </ul>
      )}
    </section>
  )
}
