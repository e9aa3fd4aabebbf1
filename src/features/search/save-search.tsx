import { useId, useState, type FormEvent } from 'react'
import { findSaved, NAME_LIMIT, suggestName } from '../../model/saved-searches'
import type { SearchView } from '../../model/search/search-params'
import type { FacetCounts } from '../../model/search/search-types'
import { useChangeSavedSearch, useSavedSearches } from '../../queries/saved-searches'

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`)

/** Names and keeps the view on screen, or says under which name it is kept. */
export function SaveSearch({ view, facets, matches }: { view: SearchView; facets: FacetCounts; matches: () => Promise<string[]> }) {
  const { personId, list, onBackend } = useSavedSearches()
  const change = useChangeSavedSearch(personId)
  const [naming, setNaming] = useState<string | null>(null)
  const inputId = useId()
  if (!list.data) return null
  const saved = findSaved(list.data, view)
  const where = onBackend ? '' : ' on this device'

  if (saved && naming === null) {
    return (
      <p className="save-search muted">
        <span aria-hidden="true">★</span> Saved as “{saved.name}”{where}{' '}
        <button type="button" className="link-button" disabled={change.isPending} onClick={() => change.mutate({ remove: saved.id })}>
          Remove<span className="visually-hidden"> saved search {saved.name}</span>
        </button>
      </p>
    )
  }
  if (naming === null) {
    const label = (key: keyof FacetCounts, value: string) => facets[key].find((v) => v.value === value)?.label ?? value
    return (
      <button type="button" className="button" onClick={() => setNaming(suggestName(view, label))} title={`Keep this search${where} and see what is new in it`}>
        <span aria-hidden="true">☆</span> Save search
      </button>
    )
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const name = naming.trim()
    if (!name) return
    const at = new Date().toISOString()
    const seen = await matches().catch(() => [])
    change.mutate({ put: { id: newId(), name, view: { ...view, q: view.q.trim() }, createdAt: at, openedAt: at, seen } }, { onSuccess: () => setNaming(null) })
  }
  return (
    <form className="save-search row" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId}>Name this search</label>
      <input id={inputId} value={naming} maxLength={NAME_LIMIT} required autoFocus onChange={(event) => setNaming(event.target.value)} />
      <button type="submit" className="button button-primary" disabled={change.isPending}>
        Save
      </button>
      <button type="button" className="button" onClick={() => setNaming(null)}>
        Cancel
      </button>
      {change.error && (
        <span role="alert" className="notice notice-error">
          {change.error.message}
        </span>
      )}
    </form>
  )
}
