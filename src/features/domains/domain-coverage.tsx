import { Link } from 'react-router'
import { COVERAGE_MEASURES, MEASURES, measureFigure, measureValue, productsPullingDown, type CoverageMeasure } from '../../model/coverage'
import type { DomainRollup } from '../../model/domain-rollup'
import { kindLabel } from '../../model/product-queries'
import { PRODUCT_KINDS, type DataProduct } from '../../model/types'
import { productPath } from '../../ui/product-row'

const LISTED = 8

/**
 * The domain's coverage figures, measure by measure, with the products that pull each one down
 * (or the kinds it lacks), so an owner knows what to fix.
 */
export function DomainCoverage({ rollup, products, hasSubDomains }: { rollup: DomainRollup; products: readonly DataProduct[]; hasSubDomains: boolean }) {
  return (
    <section className="card" aria-labelledby="domain-coverage">
      <h2 id="domain-coverage" className="section-title">
        Coverage
      </h2>
      <div className="table-wrap">
        <table className="data domain-coverage">
          <caption className="visually-hidden">Coverage figures of this domain and what pulls them down</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">This domain</th>
              {hasSubDomains && <th scope="col">With sub-domains</th>}
              <th scope="col">Needs attention</th>
            </tr>
          </thead>
          <tbody>
            {COVERAGE_MEASURES.map((measure) => {
              const value = measureValue(measure, rollup.own)
              return (
                <tr key={measure}>
                  <th scope="row">{MEASURES[measure].label}</th>
                  <td className={value !== null && value < 0.5 ? 'meter-low' : undefined}>{measureFigure(measure, rollup.own)}</td>
                  {hasSubDomains && <td>{measureFigure(measure, rollup.total)}</td>}
                  <td>
                    <Attention measure={measure} rollup={rollup} products={products} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function Attention({ measure, rollup, products }: { measure: CoverageMeasure; rollup: DomainRollup; products: readonly DataProduct[] }) {
  const def = MEASURES[measure]
  if (rollup.own.productCount === 0) return <span className="muted">No products to measure</span>
  if (def.scale !== 'share') {
    const kinds = def.kind ? [def.kind] : PRODUCT_KINDS
    const missing = kinds.filter((k) => rollup.own.byKind[k] === 0)
    if (missing.length === 0) return <span className="muted">Nothing</span>
    return <span>No {missing.map((k) => kindLabel(k).toLowerCase()).join(' or ')} product</span>
  }
  const failing = productsPullingDown(products, measure)
  if (failing.length === 0) return <span className="muted">Nothing</span>
  return (
    <div>
      <span>
        {def.gapLabel} ({failing.length}):
      </span>
      <ul className="attention-list" aria-label={`${def.gapLabel}`}>
        {failing.slice(0, LISTED).map((p) => (
          <li key={p.urn}>
            <Link to={productPath(p.urn)}>{p.title}</Link>
          </li>
        ))}
        {failing.length > LISTED && <li className="muted">and {failing.length - LISTED} more</li>}
      </ul>
    </div>
  )
}
