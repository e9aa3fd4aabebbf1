import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { NotFoundError } from '../../backends/errors'
import { domainPath } from '../../model/domain-tree'
import { kindLabel, productOwners } from '../../model/product-queries'
import { PRODUCT_KINDS } from '../../model/types'
import { useCatalog } from '../../queries/use-catalog'
import { LinkList } from '../../ui/link-list'
import { Markdown } from '../../ui/markdown'
import { ProductRow } from '../../ui/product-row'
import { useDocumentTitle } from '../../ui/use-document-title'

export function DomainPage() {
  const { id = '' } = useParams()
  const catalog = useCatalog()
  const domain = catalog.domain(id)
  useDocumentTitle(domain?.name ?? 'Domain not found')
  const { domains, products, teams, people } = catalog.catalog
  const own = useMemo(() => products.filter((p) => p.domainId === id), [products, id])
  if (!domain) throw new NotFoundError(`Domain “${id}”`)

  const path = domainPath(domains, id).slice(0, -1)
  const children = domains.filter((d) => d.parentId === id).sort((a, b) => a.name.localeCompare(b.name))
  const ownerTeam = domain.ownerTeamId ? catalog.team(domain.ownerTeamId) : undefined

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
        <h1>{domain.name}</h1>
        {domain.description && <Markdown>{domain.description}</Markdown>}
        <p className="muted">
          {ownerTeam ? (
            <>
              Owned by <Link to={`/teams/${encodeURIComponent(ownerTeam.id)}`}>{ownerTeam.name}</Link>
            </>
          ) : (
            'No owner team is recorded.'
          )}
        </p>
        {children.length > 0 && (
          <p>
            Sub-domains:{' '}
            <LinkList items={children.map((c) => ({ key: c.id, to: `/domains/${encodeURIComponent(c.id)}`, label: c.name }))} />
          </p>
        )}
      </header>
      {PRODUCT_KINDS.map((kind) => {
        const ofKind = own.filter((p) => p.kind === kind)
        return (
          <section key={kind} className="card" aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="section-title">
              {kindLabel(kind)} products ({ofKind.length})
            </h2>
            {ofKind.length === 0 ? (
              <p className="muted">This domain provides no {kindLabel(kind).toLowerCase()} product.</p>
            ) : (
              <ul className="plain-list result-list">
                {ofKind.map((product) => {
                  const owner = productOwners(product, teams, people)[0]
                  return <ProductRow key={product.urn} product={product} ownerName={owner?.team?.name ?? owner?.person?.name} />
                })}
              </ul>
            )}
          </section>
        )
      })}
    </article>
  )
}
