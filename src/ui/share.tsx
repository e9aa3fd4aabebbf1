import { share } from '../model/domain-rollup'

/** A share as a percentage; low values stand out; "—" when there is nothing to measure. */
export function Share({ count, total, low = 0.5 }: { count: number; total: number; low?: number }) {
  const value = share(count, total)
  if (value === null)
    return (
      <span className="meter muted">
        —<span className="visually-hidden">no products</span>
      </span>
    )
  const percent = Math.round(value * 100)
  return (
    <span className={`meter${value < low ? ' meter-low' : ''}`} title={`${count} of ${total}`}>
      {percent}%{value < low && <span aria-hidden="true"> ▾</span>}
      <span className="visually-hidden">
        {' '}
        ({count} of {total}
        {value < low ? ', low' : ''})
      </span>
    </span>
  )
}
