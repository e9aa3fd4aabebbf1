import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { searchPath } from '../../model/search/search-params'
import { popularTags } from './model/home-digest'
import { HomeSection, type HomeContext } from './home-section'

const TAGS = 12

/** Find data: a search box, the tags most products carry, and the ways to browse. */
export function FindData({ backend, catalog }: HomeContext) {
  const navigate = useNavigate()
  const [q, setQ] = useState('')
  const tags = popularTags(catalog.catalog.products, TAGS)
  return (
    <HomeSection title="Find data" className="home-find">
      <form
        role="search"
        className="home-search"
        onSubmit={(event) => {
          event.preventDefault()
          navigate(searchPath({ q: q.trim() }))
        }}
      >
        <label htmlFor="home-search" className="visually-hidden">
          Find data products
        </label>
        <input id="home-search" type="search" value={q} placeholder="A product, a column, a team, a tag…" onChange={(event) => setQ(event.target.value)} />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </form>
      {tags.length > 0 && (
        <div className="home-tags">
          <h3 className="subsection-title">Popular tags</h3>
          <ul className="plain-list row" aria-label="Popular tags">
            {tags.map(({ tag, count }) => (
              <li key={tag}>
                <Link className="tag" to={searchPath({ filters: { tag: [tag] } })}>
                  {tag} <span className="muted">{count}</span>
                  <span className="visually-hidden"> {count === 1 ? 'product' : 'products'}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="row home-browse">
        <Link to="/search">All data products</Link>
        {catalog.catalog.domains.length > 0 && <Link to="/domains">Browse by domain</Link>}
        {catalog.catalog.teams.length > 0 && <Link to="/teams">Browse by team</Link>}
        {(backend.listGlossary || catalog.catalog.products.some((p) => p.glossaryTerms.length > 0)) && <Link to="/glossary">Glossary</Link>}
      </p>
    </HomeSection>
  )
}
