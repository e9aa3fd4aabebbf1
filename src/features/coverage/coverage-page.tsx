import { useMemo } from 'react'
import { Link } from 'react-router'
import { buildDomainTree, flattenDomainTree } from '../../model/domain-tree'
import { rollUpDomains } from '../../model/domain-rollup'
import { useCatalog } from '../../queries/use-catalog'
import { Share } from '../../ui/share'
import { useDocumentTitle } from '../../ui/use-document-title'

/** Domains × kinds with health shares: where the mesh covers the business, and where it does not. */
export function CoveragePage() {
  useDocumentTitle('Coverage')
  const { catalog } = useCatalog()
  const rows = useMemo(() => {
    const rollups = rollUpDomains(catalog.domains, catalog.products)
    return flattenDomainTree(buildDomainTree(catalog.domains)).map((node) => ({ node, counts: rollups.get(node.domain.id)?.own }))
  }, [catalog])

  return (
    <section>
      <header className="page-header">
        <h1>Coverage</h1>
        <p className="muted">Every domain, what it provides by kind, and the health of its products. Empty cells are gaps.</p>
      </header>
      <div className="card table-wrap">
        <table className="data">
          <caption className="visually-hidden">Data products per domain and kind, with health shares</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col" className="num">Source-aligned</th>
              <th scope="col" className="num">Aggregate</th>
              <th scope="col" className="num">Consumer-aligned</th>
              <th scope="col" className="num">Owned</th>
              <th scope="col" className="num">Documented</th>
              <th scope="col" className="num">Under contract</th>
              <th scope="col" className="num">SLOs met</th>
              <th scope="col" className="num">Active</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node, counts }) => {
              const n = counts?.productCount ?? 0
              return (
                <tr key={node.domain.id}>
                  <th scope="row" style={{ paddingLeft: 10 + node.depth * 18, fontWeight: node.depth ? 400 : 600 }}>
                    <Link to={`/domains/${encodeURIComponent(node.domain.id)}`}>{node.domain.name}</Link>
                  </th>
                  <td className="num">{counts?.byKind['source-aligned'] || <span className="meter-low">0</span>}</td>
                  <td className="num">{counts?.byKind.aggregate ?? 0}</td>
                  <td className="num">{counts?.byKind['consumer-aligned'] || <span className="meter-low">0</span>}</td>
                  <td className="num"><Share count={counts?.owned ?? 0} total={n} /></td>
                  <td className="num"><Share count={counts?.documented ?? 0} total={n} /></td>
                  <td className="num"><Share count={counts?.underContract ?? 0} total={n} /></td>
                  <td className="num"><Share count={counts?.slosMet ?? 0} total={n} /></td>
                  <td className="num"><Share count={counts?.active ?? 0} total={n} /></td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
