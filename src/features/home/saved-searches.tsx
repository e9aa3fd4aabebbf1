import { Link } from 'react-router'
import type { SavedSearch } from '../../model/saved-searches'
import { activeFilterCount, searchPath } from '../../model/search/search-params'
import { useNewMatches, useSavedSearches } from '../../queries/saved-searches'
import { TimeAgo } from '../../ui/time-ago'
import { HomeSection } from './home-section'

const SHOWN = 6

/** The visitor's saved searches, each with how many products match it that did not when they last opened it. */
export function SavedSearches() {
  const { list, onBackend } = useSavedSearches()
  if (!list.data?.length) return null
  return (
    <HomeSection title="Saved searches" action={onBackend ? undefined : <span className="muted home-meta">Kept on this device</span>}>
      <ul className="plain-list home-list">
        {list.data.slice(0, SHOWN).map((saved) => (
          <SavedSearchItem key={saved.id} saved={saved} />
        ))}
      </ul>
    </HomeSection>
  )
}

function SavedSearchItem({ saved }: { saved: SavedSearch }) {
  const fresh = useNewMatches(saved)
  const filters = activeFilterCount(saved.view)
  const what = [saved.view.q && `“${saved.view.q}”`, filters > 0 && `${filters} ${filters === 1 ? 'filter' : 'filters'}`].filter(Boolean).join(' · ') || 'Every product'
  return (
    <li>
      <Link className="result-title" to={searchPath(saved.view)}>
        {saved.name}
      </Link>
      {fresh !== undefined && fresh > 0 && <span className="badge saved-search-new">{fresh} new</span>}
      <div className="muted home-meta">
        {what} · opened <TimeAgo iso={saved.openedAt} />
        {fresh === 0 && ' · nothing new'}
      </div>
    </li>
  )
}
