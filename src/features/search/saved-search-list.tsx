import { Link } from 'react-router'
import { viewKey, type SavedSearch } from '../../model/saved-searches'
import { searchPath, type SearchView } from '../../model/search/search-params'
import { useNewMatches, useSavedSearches } from '../../queries/saved-searches'

/** The visitor's saved searches as links, each with how many products are new in it; the one on screen is marked. */
export function SavedSearchList({ current }: { current: SearchView }) {
  const { list } = useSavedSearches()
  if (!list.data?.length) return null
  const currentKey = viewKey(current)
  return (
    <nav className="saved-searches" aria-label="Saved searches">
      <span className="muted">Saved:</span>
      <ul className="plain-list">
        {list.data.map((saved) => (
          <li key={saved.id}>
            <SavedSearchLink saved={saved} current={viewKey(saved.view) === currentKey} />
          </li>
        ))}
      </ul>
    </nav>
  )
}

function SavedSearchLink({ saved, current }: { saved: SavedSearch; current: boolean }) {
  const fresh = useNewMatches(saved)
  return (
    <Link className="chip saved-search" to={searchPath(saved.view)} aria-current={current ? 'page' : undefined}>
      {saved.name}
      {!current && fresh !== undefined && fresh > 0 && <span className="badge saved-search-new">{fresh} new</span>}
    </Link>
  )
}
