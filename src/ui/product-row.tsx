import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { hasContract } from '../model/completeness'
import { overallSloStatus } from '../model/slo'
import type { DataProduct } from '../model/types'
import { ContractBadge, KindBadge, LifecycleBadge, SloBadge } from './badges'
import { firstLine } from '../model/plain-text'

export const productPath = (urn: string) => `/products/${encodeURIComponent(urn)}`

/** One product in a list: enough to judge it without opening it. */
export function ProductRow({ product, domainName, ownerName, extra }: { product: DataProduct; domainName?: string; ownerName?: string; extra?: ReactNode }) {
  const summary = firstLine(product.description)
  return (
    <li>
      <div className="row">
        <Link className="result-title" to={productPath(product.urn)}>
          {product.title}
        </Link>
        <KindBadge kind={product.kind} />
        <LifecycleBadge lifecycle={product.lifecycle} />
      </div>
      <div className="result-meta row">
        {[domainName, ownerName].filter(Boolean).length > 0 && <span>{[domainName, ownerName].filter(Boolean).join(' · ')}</span>}
        <SloBadge status={overallSloStatus(product.slos)} />
        <ContractBadge hasContract={hasContract(product)} />
        {extra}
      </div>
      <p className="snippet">{summary || <em>No description yet.</em>}</p>
    </li>
  )
}
