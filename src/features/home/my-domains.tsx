import { Link } from 'react-router'
import { MEASURES, measureFigure, type CoverageMeasure } from '../../model/coverage'
import { productCountText } from '../../model/domain-rollup'
import { domainsOwnedBy } from './model/home-digest'
import { HomeSection, type HomeContext } from './home-section'

const HEALTH: CoverageMeasure[] = ['documented', 'under-contract', 'slos-met', 'owned']

/** My domain's coverage: for a domain owner's team, how far each of its domains is covered. */
export function MyDomains({ catalog, person }: HomeContext) {
  if (!person) return null
  const owned = domainsOwnedBy(catalog, person)
  if (owned.length === 0) return null
  return (
    <HomeSection title={owned.length === 1 ? 'My domain’s coverage' : 'My domains’ coverage'} action={<Link to="/coverage">Coverage map</Link>}>
      <ul className="plain-list home-list">
        {owned.map(({ domain, counts, productCount }) => (
          <li key={domain.id}>
            <Link className="result-title" to={`/domains/${encodeURIComponent(domain.id)}`}>
              {domain.name}
            </Link>
            <span className="muted"> · {productCountText(productCount)}</span>
            {counts.productCount > 0 && (
              <ul className="plain-list home-health" aria-label={`Coverage of ${domain.name}`}>
                {HEALTH.map((measure) => (
                  <li key={measure}>
                    <span>{MEASURES[measure].label}</span>
                    <span className="muted">{measureFigure(measure, counts)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </HomeSection>
  )
}
