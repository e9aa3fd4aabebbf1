import { Link } from 'react-router'
import { MEASURES, measureFigure, type CoverageMeasure } from '../../model/coverage'
import { kindLabel } from '../../model/product-queries'
import { searchPath } from '../../model/search/search-params'
import { LIFECYCLES, PRODUCT_KINDS } from '../../model/types'
import { meshCounts } from './model/home-digest'
import { HomeSection, type HomeContext } from './home-section'

const HEALTH: CoverageMeasure[] = ['documented', 'under-contract', 'slos-met', 'owned']
// The figures leave retired products out, as the coverage map does; so do the searches they open.
const IN_USE = LIFECYCLES.filter((l) => l !== 'retired')

/** The mesh at a glance: how many domains and products of each kind, and how far it is covered. */
export function MeshGlance({ catalog }: HomeContext) {
  const { domains, products } = catalog.catalog
  const counts = meshCounts(products)
  if (counts.productCount === 0 && domains.length === 0) return null
  return (
    <HomeSection title="The mesh at a glance" action={domains.length > 0 ? <Link to="/coverage">Coverage map</Link> : undefined}>
      <dl className="home-figures">
        {domains.length > 0 && (
          <div>
            <dt>Domains</dt>
            <dd>
              <Link to="/domains">{domains.length.toLocaleString()}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>Products in use</dt>
          <dd>
            <Link to={searchPath({ filters: { lifecycle: IN_USE } })}>{counts.productCount.toLocaleString()}</Link>
          </dd>
        </div>
        {PRODUCT_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{kindLabel(kind)}</dt>
            <dd>
              <Link to={searchPath({ filters: { kind: [kind], lifecycle: IN_USE } })}>{counts.byKind[kind].toLocaleString()}</Link>
            </dd>
          </div>
        ))}
      </dl>
      {counts.productCount > 0 && (
        <ul className="plain-list home-health" aria-label="Coverage of the mesh">
          {HEALTH.map((measure) => (
            <li key={measure}>
              <Link to={`/coverage?measure=${measure}`}>{MEASURES[measure].label}</Link>
              <span className="muted">{measureFigure(measure, counts)}</span>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  )
}
