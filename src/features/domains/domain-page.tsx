import { FollowSlot } from '../../ui/slots'
import { useCallback, useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { NotFoundError } from '../../backends/errors'
import { domainProductCount, emptyCounts, productCountText, rollUpDomains } from '../../model/domain-rollup'
import { domainNeighbours, domainTopology } from '../../model/domain-topology'
import { domainPath } from '../../model/domain-tree'
import { useCatalog } from '../../queries/use-catalog'
import { LinkList } from '../../ui/link-list'
import { Markdown } from '../../ui/markdown'
import { useDocumentTitle } from '../../ui/use-document-title'
import { DomainCoverage } from './domain-coverage'
import { DomainFlows } from './domain-flows'
import { DomainOwner } from './domain-owner'
import { DomainProducts } from './domain-products'
import './domains.css'
import { searchPath } from '../../model/search/search-params'
import { LIFECYCLES } from '../../model/types'

// The products the count above is of: the search leaves retired ones out too.
const IN_USE = LIFECYCLES.filter((l) => l !== 'retired')

export function DomainPage() {
  const { id = '' } = useParams()
  const catalog = useCatalog()
  const domain = catalog.domain(id)
  useDocumentTitle(domain?.name ?? 'Domain not found')
  const { domains, products, teams, people } = catalog.catalog
  const own = useMemo(() => products.filter((p) => p.domainId === id), [products, id])
  const rollup = useMemo(
    () => rollUpDomains(domains, products).get(id) ?? { domainId: id, own: emptyCounts(), total: emptyCounts() },
    [domains, products, id],
  )
  const edges = useMemo(() => domainTopology(domains, products, 'all', catalog.lineage()).edges, [domains, products, catalog])
  const nameOf = useCallback((domainId: string) => catalog.domain(domainId)?.name ?? domainId, [catalog])
  if (!domain) throw new NotFoundError(`Domain “${id}”`)

  const path = domainPath(domains, id).slice(0, -1)
  const children = domains.filter((d) => d.parentId === id && d.id !== id).sort((a, b) => a.name.localeCompare(b.name))
  const { feeds, fedBy } = domainNeighbours(edges, id)

  return (
    <article className="stack">
      <header className="page-header card">
        <p className="eyebrow">
          <Link to="/domains">Domains</Link>
          {path.map((d) => (
            <span key={d.id}>
              {' / '}
              <Link to={`/domains/${encodeURIComponent(d.id)}`}>{d.name}</Link>
            </span>
          ))}
        </p>
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h1>{domain.name}</h1>
          <FollowSlot target={{ kind: 'domain', id: domain.id }} name={domain.name} />
        </div>
        {domain.description && <Markdown>{domain.description}</Markdown>}
        <p className="muted">
          <span className="domain-product-count">{productCountText(domainProductCount(rollup))}</span>.{' '}
          <Link to={searchPath({ filters: { domain: [id], lifecycle: IN_USE } })}>Search this domain’s products</Link>
        </p>
        {children.length > 0 && (
          <p>
            Sub-domains:{' '}
            <LinkList items={children.map((c) => ({ key: c.id, to: `/domains/${encodeURIComponent(c.id)}`, label: c.name }))} />
          </p>
        )}
      </header>
      <div className="domain-layout">
        <DomainCoverage rollup={rollup} products={own} hasSubDomains={children.length > 0} />
        <div className="stack">
          <DomainOwner domain={domain} catalog={catalog} />
          <DomainFlows feeds={feeds} fedBy={fedBy} nameOf={nameOf} />
        </div>
      </div>
      <DomainProducts products={own} teams={teams} people={people} />
    </article>
  )
}
