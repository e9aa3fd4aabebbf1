import { Link } from 'react-router'
import { mostUsed, usageTrend } from '../../model/usage'
import { productPath } from '../../ui/product-row'
import { HomeSection, type HomeContext } from './home-section'

const SHOWN = 5
const TREND = { rising: ' · rising', falling: ' · falling', steady: '' } as const

/** The products read most over the last 30 days, where the backend counts usage. */
export function MostUsed({ catalog }: HomeContext) {
  const ranked = mostUsed(catalog.catalog.products, SHOWN)
  if (ranked.length === 0) return null
  return (
    <HomeSection title="Most used">
      <ul className="plain-list home-list" aria-label="Most used in the last 30 days">
        {ranked.map((product) => {
          const { queries, users } = product.usage
          const trend = usageTrend(product.usage)
          return (
            <li key={product.urn}>
              <Link className="result-title" to={productPath(product.urn)}>
                {product.title}
              </Link>
              <div className="muted home-meta">
                {queries.toLocaleString()} {queries === 1 ? 'query' : 'queries'}
                {users !== undefined && ` by ${users.toLocaleString()} ${users === 1 ? 'user' : 'users'}`} in 30 days
                {trend && TREND[trend.trend]}
              </div>
            </li>
          )
        })}
      </ul>
    </HomeSection>
  )
}
