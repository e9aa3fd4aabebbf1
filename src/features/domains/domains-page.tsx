import { plural } from '../../model/plural'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { buildDomainTree, type DomainNode } from '../../model/domain-tree'
import { domainProductCount, productCountText, rollUpDomains, type DomainRollup } from '../../model/domain-rollup'
import { kindLabel } from '../../model/product-queries'
import { PRODUCT_KINDS } from '../../model/types'
import { useCatalog } from '../../queries/use-catalog'
import { EmptyState } from '../../ui/states'
import { Share } from '../../ui/share'
import { DocumentedShare, SlosMetShare } from '../../ui/health-shares'
import { useDocumentTitle } from '../../ui/use-document-title'
import './domains.css'

function DomainSummary({ rollup }: { rollup: DomainRollup | undefined }) {
  const total = rollup?.total
  if (!total || total.productCount === 0) return <p className="result-meta domain-gap">No data products yet.</p>
  const n = total.productCount
  return (
    <>
      <div className="result-meta row">
        <span className="domain-product-count">{productCountText(domainProductCount(rollup))}:</span>
        <span className="domain-kinds">
          {PRODUCT_KINDS.map((kind) =>
            total.byKind[kind] > 0 ? (
              <span key={kind}>
                {total.byKind[kind]} {kindLabel(kind).toLowerCase()}
              </span>
            ) : (
              <span key={kind} className="domain-gap">
                no {kindLabel(kind).toLowerCase()}
              </span>
            ),
          )}
        </span>
      </div>
      <dl className="domain-health" aria-label="Health">
        <div>
          <dt>Owned</dt>
          <dd>
            <Share count={total.owned} total={n} />
          </dd>
        </div>
        <div>
          <dt>Documented</dt>
          <dd>
            <DocumentedShare counts={total} />
          </dd>
        </div>
        <div>
          <dt>Under contract</dt>
          <dd>
            <Share count={total.underContract} total={n} />
          </dd>
        </div>
        <div>
          <dt>SLOs met</dt>
          <dd>
            <SlosMetShare counts={total} />
          </dd>
        </div>
      </dl>
    </>
  )
}

function DomainItem({ node, rollups, teamName }: { node: DomainNode; rollups: Map<string, DomainRollup>; teamName: (id?: string) => string | undefined }) {
  const owner = teamName(node.domain.ownerTeamId)
  return (
    <li>
      <div className="card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <Link className="result-title" to={`/domains/${encodeURIComponent(node.domain.id)}`}>
            {node.domain.name}
          </Link>
          <span className="muted">{owner ? `Owned by ${owner}` : 'No owner team'}</span>
        </div>
        <DomainSummary rollup={rollups.get(node.domain.id)} />
      </div>
      {node.children.length > 0 && (
        <ul aria-label={`Sub-domains of ${node.domain.name}`}>
          {node.children.map((child) => (
            <DomainItem key={child.domain.id} node={child} rollups={rollups} teamName={teamName} />
          ))}
        </ul>
      )}
    </li>
  )
}

export function DomainsPage() {
  useDocumentTitle('Domains')
  const catalog = useCatalog()
  const { domains, products } = catalog.catalog
  const tree = useMemo(() => buildDomainTree(domains), [domains])
  const rollups = useMemo(() => rollUpDomains(domains, products), [domains, products])
  return (
    <section>
      <header className="page-header">
        <h1>Domains</h1>
        <p className="muted">
          {plural(domains.length, 'business domain')} and the data products each provides. Sub-domains are shown inside their parent; counts and
          health include them and leave retired products out, as the domain pages, the coverage map and search do. <Link to="/coverage">See the coverage map</Link>
        </p>
      </header>
      {tree.length === 0 ? (
        <EmptyState title="No domains yet">
          <p>The catalogue has no domains. Products still appear in search.</p>
        </EmptyState>
      ) : (
        <ul className="tree" aria-label="Domains">
          {tree.map((node) => (
            <DomainItem key={node.domain.id} node={node} rollups={rollups} teamName={(id) => (id ? catalog.team(id)?.name : undefined)} />
          ))}
        </ul>
      )}
    </section>
  )
}
