import { Link } from 'react-router'
import { productPath } from '../../ui/product-row'
import { mostDependedOn } from './model/home-digest'
import { HomeSection, type HomeContext } from './home-section'

const SHOWN = 5

/** The products most others are built on: a good place to start, and the ones a change would hurt most. */
export function MostDependedOn({ catalog }: HomeContext) {
  const ranked = mostDependedOn(catalog, SHOWN)
  if (ranked.length === 0) return null
  return (
    <HomeSection title="Most depended on">
      <ul className="plain-list home-list">
        {ranked.map(({ product, consumers }) => (
          <li key={product.urn}>
            <Link className="result-title" to={productPath(product.urn)}>
              {product.title}
            </Link>
            <div className="muted home-meta">
              Read by {consumers} {consumers === 1 ? 'product' : 'products'} ·{' '}
              <Link to={`${productPath(product.urn)}?tab=consumers`}>
                Consumers<span className="visually-hidden"> of {product.title}</span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </HomeSection>
  )
}
