import { memo, useId, useState } from 'react'
import { FACET_TITLES } from '../../model/search/facet-labels'
import { FACET_KEYS, type FacetCounts, type FacetFilters, type FacetKey, type FacetValue } from '../../model/search/search-types'

const COLLAPSED = 6

interface FacetPanelProps {
  facets: FacetCounts
  filters: FacetFilters
  onToggle(key: FacetKey, value: string): void
  onClear(): void
}

/** Facets with counts for the current query; values of one facet widen (OR), facets narrow (AND). */
export const FacetPanel = memo(function FacetPanel({ facets, filters, onToggle, onClear }: FacetPanelProps) {
  const active = FACET_KEYS.some((key) => (filters[key]?.length ?? 0) > 0)
  return (
    <aside className="facets" aria-label="Filters">
      <div className="row facets-heading">
        <h2>Filters</h2>
        {active && (
          <button type="button" className="link-button" onClick={onClear}>
            Clear all
          </button>
        )}
      </div>
      {FACET_KEYS.map((key) => (
        <Facet key={key} facet={key} values={facets[key]} selected={filters[key] ?? []} onToggle={(value) => onToggle(key, value)} />
      ))}
    </aside>
  )
}, samePanel)

// The URL is re-parsed on every keystroke; equal filters should not redraw every facet.
function samePanel(a: FacetPanelProps, b: FacetPanelProps): boolean {
  return (
    a.facets === b.facets &&
    a.onToggle === b.onToggle &&
    a.onClear === b.onClear &&
    FACET_KEYS.every((key) => (a.filters[key] ?? []).join('\u0000') === (b.filters[key] ?? []).join('\u0000'))
  )
}

function Facet({ facet, values, selected, onToggle }: { facet: FacetKey; values: FacetValue[]; selected: readonly string[]; onToggle(value: string): void }) {
  const [expanded, setExpanded] = useState(false)
  const idBase = useId()
  // A click shows at once; the URL, and with it `selected`, follows a moment later.
  const [optimistic, setOptimistic] = useState<{ for: readonly string[]; checked: Record<string, boolean> }>({ for: selected, checked: {} })
  if (optimistic.for !== selected && optimistic.for.join('\u0000') !== selected.join('\u0000')) setOptimistic({ for: selected, checked: {} })
  const isChecked = (value: string) => optimistic.checked[value] ?? selected.includes(value)
  if (values.length === 0) return null
  const shown = expanded ? values : values.filter((v, i) => i < COLLAPSED || isChecked(v.value))
  const hidden = values.length - shown.length
  return (
    <fieldset className="facet">
      <legend>{FACET_TITLES[facet]}</legend>
      <ul className="plain-list">
        {shown.map(({ value, label, count }, i) => {
          const id = `${idBase}-${i}`
          return (
            <li key={value} className="facet-value">
              <input
                id={id}
                type="checkbox"
                checked={isChecked(value)}
                onChange={() => {
                  setOptimistic({ for: selected, checked: { ...optimistic.checked, [value]: !isChecked(value) } })
                  onToggle(value)
                }}
              />
              <label htmlFor={id} title={label}>
                <span className="facet-label">{label}</span>
                <span className="facet-count" aria-hidden="true">
                  {count}
                </span>
                <span className="visually-hidden"> ({count} {count === 1 ? 'product' : 'products'})</span>
              </label>
            </li>
          )
        })}
      </ul>
      {(hidden > 0 || expanded) && values.length > COLLAPSED && (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      )}
    </fieldset>
  )
}
