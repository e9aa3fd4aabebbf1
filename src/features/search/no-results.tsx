import { FACET_TITLES } from '../../model/search/facet-labels'
import { FACET_KEYS, type FacetCounts, type FacetKey } from '../../model/search/search-types'
import type { SearchView } from '../../model/search/search-params'
import { SourcesLink } from '../../ui/sources-link'
import { EmptyState } from '../../ui/states'

interface NoResultsProps {
  view: SearchView
  facets: FacetCounts
  onRemoveFilter(key: FacetKey, value: string): void
  onClearQuery(): void
  /** The catalogue is read from files: with nothing to show and nothing asked, the Sources page says why. */
  readsFiles?: boolean
}

/** Nothing matched: offer the ways out — drop a filter, fix the spelling, search everything. */
export function NoResults({ view, facets, onRemoveFilter, onClearQuery, readsFiles = false }: NoResultsProps) {
  const selected = FACET_KEYS.flatMap((key) =>
    (view.filters[key] ?? []).map((value) => ({ key, value, label: facets[key].find((v) => v.value === value)?.label ?? value })),
  )
  if (!view.q.trim() && selected.length === 0) {
    return (
      <EmptyState title="This catalogue holds no products">
        <p>Nothing is filtered out: no product came out of what the catalogue read.</p>
        {readsFiles && <SourcesLink>The Sources page says what each file gave, and why</SourcesLink>}
      </EmptyState>
    )
  }
  const title = view.q.trim() ? `No product matches “${view.q.trim()}”` : 'No product matches these filters'
  return (
    <EmptyState title={title}>
      {selected.length > 0 && (
        <>
          <p>Remove a filter to widen the search:</p>
          <ul className="plain-list row">
            {selected.map(({ key, value, label }) => (
              <li key={`${key}=${value}`}>
                <button type="button" className="chip" onClick={() => onRemoveFilter(key, value)}>
                  Remove {FACET_TITLES[key].toLowerCase()} “{label}” <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.q.trim() && (
        <p>
          Check the spelling, or try fewer or broader words: a column name, a tag, a team.{' '}
          <button type="button" className="link-button" onClick={onClearQuery}>
            Show all products{selected.length > 0 ? ' with these filters' : ''}
          </button>
        </p>
      )}
    </EmptyState>
  )
}
