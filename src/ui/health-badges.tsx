import { hasContract, isDocumented } from '../model/completeness'
import { overallSloStatus } from '../model/slo'
import type { DataProduct } from '../model/types'
import { ContractBadge, SloBadge } from './badges'
import './controls.css'

export function DocumentedBadge({ documented }: { documented: boolean }) {
  return <span className={`badge ${documented ? 'badge-ok' : 'badge-undocumented'}`}>{documented ? 'Documented' : 'Not documented'}</span>
}

/** The three trust signals of a product side by side: documented, under contract, SLOs. */
export function HealthBadges({ product }: { product: DataProduct }) {
  return (
    <span className="row health-badges">
      <DocumentedBadge documented={isDocumented(product)} />
      <ContractBadge hasContract={hasContract(product)} />
      <SloBadge status={overallSloStatus(product.slos)} />
    </span>
  )
}
