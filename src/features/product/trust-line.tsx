import { Link } from 'react-router'
import { absoluteTime } from '../../model/observation'
import { trustSummary, trustSummaryText } from '../../model/trust-summary'
import type { DataProduct } from '../../model/types'
import { useNow } from '../../ui/use-now'
import { tabSearch } from './product-tabs'

/** The product's trust in one line, linking to the checks and SLOs behind it. */
export function TrustLine({ product }: { product: DataProduct }) {
  const now = useNow()
  if (product.slos.length === 0 && (product.contract?.terms?.qualityChecks ?? []).length === 0 && (product.monitoredChecks ?? []).length === 0) return null
  const summary = trustSummary(product, now)
  return (
    <p className="trust-line">
      <Link to={tabSearch('contract')} preventScrollReset title={summary.lastRunAt ? `Last run ${absoluteTime(summary.lastRunAt)}` : undefined}>
        {trustSummaryText(summary, now)}
      </Link>
    </p>
  )
}
