import type { DataProduct } from '../../model/types'
import { SloBadge } from '../../ui/badges'

export function SloList({ product }: { product: DataProduct }) {
  return (
    <section className="card" aria-labelledby="slo-title">
      <h2 id="slo-title" className="section-title">
        Service levels
      </h2>
      {product.contract && (
        <p>
          Contract <code>{product.contract.id}</code> v{product.contract.version}
          {product.contract.standard && <span className="muted"> ({product.contract.standard})</span>}
        </p>
      )}
      {product.slos.length === 0 ? (
        <p className="muted">No service-level objectives are declared.</p>
      ) : (
        <ul className="plain-list stack" style={{ gap: 8 }}>
          {product.slos.map((slo) => (
            <li key={slo.name}>
              <div className="row">
                <strong>{slo.name}</strong>
                <SloBadge status={slo.status} />
              </div>
              <div className="muted" style={{ fontSize: '0.88rem' }}>
                {slo.objective}
                {slo.current && <> · now {slo.current}</>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
