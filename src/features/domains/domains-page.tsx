import { useMemo } from 'react'
import { Link } from 'react-router'
import { buildDomainTree, type DomainNode } from '../../model/domain-tree'
import { rollUpDomains, type DomainRollup } from '../../model/domain-rollup'
import { useCatalog } from '../../queries/use-catalog'
import { EmptyState } from '../../ui/states'
import { Share } from '../../ui/share'
import { useDocumentTitle } from '../../ui/use-document-title'

function DomainItem({ node, rollups, teamName }: { node: DomainNode; rollups: Map<string, DomainRollup>; teamName: (id?: string) => string | undefined }) {
  const total = rollups.get(node.domain.id)?.total
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
        {total && total.productCount > 0 ? (
          <div className="result-meta row">
            <span>{total.productCount} products:</span>
            <span>{total.byKind['source-aligned']} source-aligned</span>
            <span>· {total.byKind.aggregate} aggregate</span>
            <span>· {total.byKind['consumer-aligned']} consumer-aligned</span>
            <span>
              · documented <Share count={total.documented} total={total.productCount} />
            </span>
            <span>
              · SLOs met <Share count={total.slosMet} total={total.productCount} />
            </span>
          </div>
        ) : (
          <p className="result-meta">No data products yet.</p>
        )}
      </div>
      {node.children.length > 0 && (
        <ul>
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
          {domains.length} business domains and the data products each provides. Sub-domains are shown inside their parent; counts include them.
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
