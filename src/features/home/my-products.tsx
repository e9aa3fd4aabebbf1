import { Link } from 'react-router'
import { describeMissing } from '../../model/completeness'
import { canEdit, roleLabel } from '../../model/product-queries'
import { productPath } from '../../ui/product-row'
import { ownedByWorstGaps } from './model/home-digest'
import { HomeSection, type HomeContext } from './home-section'

const SHOWN = 8

/** My products: what the visitor answers for, least documented first, each one click from filling its gaps. */
export function MyProducts({ backend, catalog, person }: HomeContext) {
  if (!person) return null
  const owned = ownedByWorstGaps(catalog, person.id)
  if (owned.length === 0) return null
  const incomplete = owned.filter((o) => !o.completeness.complete).length
  return (
    <HomeSection
      title="My products"
      className="home-mine"
      action={
        <Link to={`/people/${encodeURIComponent(person.id)}`} className="home-more">
          All {owned.length}
        </Link>
      }
    >
      <p className="muted home-lead">
        {incomplete === 0 ? `All ${owned.length} are fully documented.` : `${incomplete} of ${owned.length} have gaps in their documentation, the most first.`}
      </p>
      <ul className="plain-list home-list" aria-label="My products">
        {owned.slice(0, SHOWN).map(({ product, roles, completeness }) => {
          const percent = Math.round(completeness.score * 100)
          const editable = (backend.capabilitiesFor?.(product.urn) ?? backend.capabilities).edit && canEdit(product, person.id, catalog.catalog.people)
          return (
            <li key={product.urn} className="home-owned">
              <div className="home-owned-head">
                <Link className="result-title" to={productPath(product.urn)}>
                  {product.title}
                </Link>
                <span className={`badge ${completeness.complete ? 'badge-ok' : percent < 60 ? 'badge-lifecycle-deprecated' : 'badge-lifecycle-draft'}`}>{percent}% documented</span>
              </div>
              <div className="muted home-owned-role">{roles.map(roleLabel).join(', ')}</div>
              {completeness.missing.length > 0 && (
                <>
                  <ul className="home-gaps" aria-label={`Gaps in ${product.title}`}>
                    {completeness.missing.map((item) => (
                      <li key={item.kind}>{describeMissing(item)}</li>
                    ))}
                  </ul>
                  {editable && (
                    <Link className="button button-small" to={`${productPath(product.urn)}?gaps=1`}>
                      Document the gaps<span className="visually-hidden"> of {product.title}</span>
                    </Link>
                  )}
                </>
              )}
            </li>
          )
        })}
      </ul>
    </HomeSection>
  )
}
