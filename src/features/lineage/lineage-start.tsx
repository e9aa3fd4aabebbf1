import { useMemo } from 'react'
import { Link, useNavigate } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { kindLabel } from '../../model/product-queries'
import { KindBadge } from '../../ui/badges'
import { GraphSearch, type SearchEntry } from './graph-search'
import { lineageHref } from './model/view-state'

const SUGGESTIONS = 8

/** `/lineage` without a product: pick one, or look at the whole mesh. */
export function LineageStart({ catalog }: { catalog: CatalogIndex }) {
  const navigate = useNavigate()
  const { products } = catalog.catalog
  const entries = useMemo<SearchEntry[]>(
    () => products.map((p) => ({ id: p.urn, title: p.title, detail: `${catalog.domain(p.domainId)?.name ?? p.domainId} · ${kindLabel(p.kind)}` })),
    [products, catalog],
  )
  const busiest = useMemo(() => {
    const lineage = catalog.lineage()
    return [...products]
      .map((p) => ({ product: p, links: lineage.upstream(p.urn).length + lineage.downstream(p.urn).length }))
      .filter((x) => x.links > 0)
      .sort((a, b) => b.links - a.links || a.product.title.localeCompare(b.product.title))
      .slice(0, SUGGESTIONS)
  }, [products, catalog])

  return (
    <section className="card stack ln-start" aria-labelledby="ln-start-title">
      <h2 id="ln-start-title" className="section-title">
        Start from a product
      </h2>
      <p className="muted">
        Pick a product to see what it reads and who reads it, or <Link to="/lineage?mode=mesh">look at the whole mesh</Link>.
      </p>
      <GraphSearch entries={entries} label="Product to start from" placeholder="Product name" onFind={(entry) => navigate(lineageHref(entry.id))} />
      {busiest.length > 0 && (
        <>
          <h3 className="ln-subtitle">Products with the most lineage</h3>
          <ul className="plain-list stack ln-start-list">
            {busiest.map(({ product, links }) => (
              <li key={product.urn} className="row">
                <Link to={lineageHref(product.urn)}>{product.title}</Link>
                <KindBadge kind={product.kind} />
                <span className="muted">{links} direct links</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
