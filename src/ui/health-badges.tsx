import { assessCompleteness, completenessPercent, describeMissing, hasContract, partialReason } from '../model/completeness'
import { overallSloStatus } from '../model/slo'
import type { DataProduct } from '../model/types'
import { ContractBadge, SloBadge } from './badges'
import './controls.css'

/**
 * How complete a product's documentation is, the same figure as its page's completeness panel:
 * the percentage, the gaps in the tooltip and for screen readers, and "partial" when the
 * catalogue listing left its columns out.
 */
export function DocumentationBadge({ product }: { product: DataProduct }) {
  const completeness = assessCompleteness(product)
  const percent = completenessPercent(completeness)
  const gaps = completeness.missing.map(describeMissing)
  const reason = partialReason(completeness)
  const tone = completeness.complete ? 'badge-ok' : reason ? 'badge-muted' : percent < 60 ? 'badge-lifecycle-deprecated' : 'badge-undocumented'
  const detail = [...gaps, ...(reason ? [`Partial: ${reason}`] : [])].join('; ')
  return (
    <span className={`badge ${tone} documentation-status`} title={detail || undefined} data-completeness={percent}>
      {percent}% documented{reason && ' (partial)'}
      {detail && <span className="visually-hidden">: {detail}</span>}
    </span>
  )
}

/** The three trust signals of a product side by side: documentation, contract, SLOs. */
export function HealthBadges({ product }: { product: DataProduct }) {
  return (
    <span className="row health-badges">
      <DocumentationBadge product={product} />
      <ContractBadge hasContract={hasContract(product)} />
      <SloBadge status={overallSloStatus(product.slos)} />
    </span>
  )
}
