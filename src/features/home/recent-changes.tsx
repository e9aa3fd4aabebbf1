import { Link } from 'react-router'
import { searchPath } from '../../model/search/search-params'
import { productPath } from '../../ui/product-row'
import { recentlyChanged } from './model/home-digest'
import { HomeSection, type HomeContext } from './home-section'

const SHOWN = 6

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })

/** Recently changed: the products whose metadata changed last, and who changed it. */
export function RecentChanges({ catalog }: HomeContext) {
  const recent = recentlyChanged(catalog.catalog.products, SHOWN)
  if (recent.length === 0) return null
  return (
    <HomeSection title="Recently changed" action={<Link to={searchPath({ sort: 'updated' })}>All, newest first</Link>}>
      <ul className="plain-list home-list">
        {recent.map((product) => {
          const editor = product.updatedBy ? catalog.person(product.updatedBy) : undefined
          const domain = catalog.domain(product.domainId)
          return (
            <li key={product.urn}>
              <Link className="result-title" to={productPath(product.urn)}>
                {product.title}
              </Link>
              <div className="muted home-meta">
                {domain && <>{domain.name} · </>}
                <time dateTime={product.updatedAt}>{formatDate(product.updatedAt)}</time>
                {product.updatedBy && <> by {editor?.name ?? product.updatedBy}</>}
              </div>
            </li>
          )
        })}
      </ul>
    </HomeSection>
  )
}
