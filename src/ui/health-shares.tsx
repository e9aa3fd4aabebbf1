import type { DomainCounts } from '../model/domain-rollup'
import { Share } from './share'
import './controls.css'

/** The share of products whose documentation is complete, and how many figures are partial. */
export function DocumentedShare({ counts }: { counts: DomainCounts }) {
  return (
    <>
      <Share count={counts.documented} total={counts.productCount} />
      {counts.documentationPartial > 0 && (
        <span className="muted share-note" title="The catalogue listing leaves these products’ columns out; each product page reads them.">
          partial: columns of {counts.documentationPartial} not read
        </span>
      )}
    </>
  )
}

/** The share of products with SLOs that meet them all; products without SLOs are said apart, never counted as breached. */
export function SlosMetShare({ counts }: { counts: DomainCounts }) {
  const without = counts.productCount - counts.withSlos
  return (
    <>
      <Share count={counts.slosMet} total={counts.withSlos} />
      {without > 0 && <span className="muted share-note">{without} without SLOs</span>}
    </>
  )
}
