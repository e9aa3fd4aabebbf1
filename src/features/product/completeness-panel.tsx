import { assessCompleteness, describeMissing } from '../../model/completeness'
import type { DataProduct } from '../../model/types'

export function CompletenessPanel({ product }: { product: DataProduct }) {
  const { score, missing } = assessCompleteness(product)
  const percent = Math.round(score * 100)
  return (
    <section className="card" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="section-title">
        Documentation {percent}% complete
      </h2>
      <progress max={100} value={percent} aria-label="Documentation completeness" style={{ width: '100%' }} />
      {missing.length === 0 ? (
        <p className="muted">Nothing is missing.</p>
      ) : (
        <ul>
          {missing.map((item) => (
            <li key={item.kind}>{describeMissing(item)}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
