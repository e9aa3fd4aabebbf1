import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { findTerm, glossaryPath, relatedTerms, termCarriers } from '../../model/glossary'
import { searchPath } from '../../model/search/search-params'
import { useBackend } from '../../queries/backend-context'
import { glossaryQuery } from '../../queries/glossary'
import { useCatalog } from '../../queries/use-catalog'
import { Markdown } from '../../ui/markdown'
import { ProductRow, productPath } from '../../ui/product-row'
import { ErrorState, LoadingState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import './glossary.css'

/** `/glossary/:term`: what a term means, what it relates to, and the products and columns that carry it. */
export function GlossaryTermPage() {
  const name = useParams().term ?? ''
  const backend = useBackend()
  const catalog = useCatalog()
  const glossary = useQuery(glossaryQuery(backend))
  const term = findTerm(glossary.data ?? [], name)
  const title = term?.name ?? name
  useDocumentTitle(title)
  const carriers = termCarriers(catalog.catalog.products, title)
  const related = relatedTerms(glossary.data ?? [], title)
  const domainName = (id: string) => catalog.domain(id)?.name ?? id

  return (
    <article className="glossary-term-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/glossary">Glossary</Link>
          {term?.glossary && <> · {term.glossary}</>}
        </p>
        <h1>{title}</h1>
      </header>
      <section className="card" aria-labelledby="term-definition">
        <h2 id="term-definition" className="section-title">
          Definition
        </h2>
        {glossary.isPending ? (
          <LoadingState label="Reading the glossary…" />
        ) : glossary.error ? (
          <ErrorState error={glossary.error} onRetry={() => void glossary.refetch()} title={`The glossary of ${backend.label} could not be read`} />
        ) : term?.definition?.trim() ? (
          <Markdown>{term.definition}</Markdown>
        ) : (
          <p className="muted">
            <em>
              {!backend.listGlossary
                ? `${backend.label} keeps no glossary Tessera can read, so this term has no definition here.`
                : term
                  ? `${backend.label}’s glossary holds this term without a definition.`
                  : `${backend.label}’s glossary does not define this term; products carry it all the same.`}
            </em>
          </p>
        )}
        {related.length > 0 && (
          <>
            <h3 className="glossary-subtitle">Related terms</h3>
            <ul className="plain-list row" aria-label="Related terms">
              {related.map((other) => (
                <li key={other}>
                  <Link className="tag" to={glossaryPath(other)}>
                    {other}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="term-products">
        <h2 id="term-products" className="section-title">
          Products with this term ({carriers.products.length})
        </h2>
        {carriers.products.length === 0 ? (
          <p className="muted">No product carries this term.</p>
        ) : (
          <ul className="plain-list result-list" aria-label={`Products with ${title}`}>
            {carriers.products.map((product) => (
              <ProductRow key={product.urn} product={product} domainName={domainName(product.domainId)} />
            ))}
          </ul>
        )}
        <p>
          <Link to={searchPath({ q: title })}>Search for “{title}”</Link>
        </p>
      </section>

      {carriers.columns.length > 0 && (
        <section className="card" aria-labelledby="term-columns">
          <h2 id="term-columns" className="section-title">
            Columns with this term ({carriers.columns.length})
          </h2>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Columns with {title}</caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Product</th>
                  <th scope="col">Domain</th>
                </tr>
              </thead>
              <tbody>
                {carriers.columns.map(({ product, port, path }) => (
                  <tr key={`${product.urn} ${port.id} ${path}`}>
                    <td>
                      <Link to={`${productPath(product.urn)}?tab=schema`}>
                        <code>{path}</code>
                      </Link>
                      <div className="muted">{port.name}</div>
                    </td>
                    <td>
                      <Link to={productPath(product.urn)}>{product.title}</Link>
                    </td>
                    <td>
                      <Link to={`/domains/${encodeURIComponent(product.domainId)}`}>{domainName(product.domainId)}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </article>
  )
}
