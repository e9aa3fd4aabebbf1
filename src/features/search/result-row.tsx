import { memo } from 'react'
import { Link } from 'react-router'
import type { SearchHit } from '../../model/search/search-types'
import { ContractBadge, KindBadge, LifecycleBadge, SloBadge } from '../../ui/badges'
import { Highlight } from '../../ui/highlight'
import { productPath } from '../../ui/product-row'
import { MatchReasons } from './match-reasons'

/** One result: enough to judge the product without opening it. */
export const ResultRow = memo(function ResultRow({ hit }: { hit: SearchHit }) {
  const meta = [hit.domainName ?? hit.domainId, hit.ownerName].filter(Boolean).join(' · ')
  return (
    <article className="result">
      <div className="row result-heading">
        <Link className="result-title" to={productPath(hit.urn)} data-result-link>
          <Highlight text={hit.title} terms={hit.highlights} />
        </Link>
        <KindBadge kind={hit.kind} />
        <LifecycleBadge lifecycle={hit.lifecycle} />
      </div>
      <div className="result-meta row">
        <code className="result-name">
          <Highlight text={hit.name} terms={hit.highlights} />
        </code>
        {meta && <span className="result-owner">{meta}</span>}
        <SloBadge status={hit.sloStatus} />
        <ContractBadge hasContract={hit.hasContract} />
        {hit.source && <span className="badge badge-muted">from {hit.source}</span>}
      </div>
      <p className="snippet">
        <MatchReasons hit={hit} />
        {hit.snippet ? <Highlight text={hit.snippet} terms={hit.highlights} /> : <em>No description yet.</em>}
      </p>
    </article>
  )
})
