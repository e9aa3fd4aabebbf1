import { FACET_TITLES } from '../../model/search/facet-labels'
import type { FacetKey } from '../../model/search/search-types'

/** Filters in the URL (from a link, say) that the search server cannot apply: said, with a way out. */
export function IgnoredFiltersNotice({ backend, facets, onRemove }: { backend: string; facets: readonly FacetKey[]; onRemove(): void }) {
  const names = facets.map((key) => FACET_TITLES[key]).join(' or ')
  return (
    <p className="notice notice-warning row" role="note">
      <span>
        {backend} cannot filter by {names}, so these results are not narrowed by {facets.length === 1 ? 'it' : 'them'}.
      </span>
      <button type="button" className="link-button" onClick={onRemove}>
        Remove the {names} filter
      </button>
    </p>
  )
}

/** An order the search server cannot sort by: said, with a way back to the order it used. */
export function IgnoredSortNotice({ backend, label, onReset }: { backend: string; label: string; onReset(): void }) {
  return (
    <p className="notice notice-warning row" role="note">
      <span>
        {backend} cannot sort by {label.toLowerCase()}, so these results are in order of relevance.
      </span>
      <button type="button" className="link-button" onClick={onReset}>
        Sort by relevance
      </button>
    </p>
  )
}
