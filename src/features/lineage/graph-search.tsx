import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react'

export interface SearchEntry {
  id: string
  title: string
  /** Where it is and what it is, for telling two products of the same name apart. */
  detail: string
}

const MAX_SUGGESTIONS = 20
/** Matches listed at once; a longer list asks for more letters. */
const MAX_LISTED = 200

export interface GraphSearchProps {
  entries: readonly SearchEntry[]
  onFind(entry: SearchEntry): void
  label?: string
  placeholder?: string
}

/** Finds products by name: lists every match (with where and what each is) and moves between them. */
export function GraphSearch({ entries, onFind, label = 'Find a product in the graph', placeholder = 'Find in graph' }: GraphSearchProps) {
  const inputId = useId()
  const listId = useId()
  const resultsId = useId()
  const [query, setQuery] = useState('')
  const [message, setMessage] = useState('')
  const [found, setFound] = useState<{ matches: SearchEntry[]; at: number; open: boolean }>()
  const needle = query.trim().toLowerCase()
  const matches = useMemo(() => {
    if (!needle) return []
    const all = entries.filter((e) => e.title.toLowerCase().includes(needle))
    // whole-name matches first, then names that start with the words, then the rest, each by name
    const rank = (e: SearchEntry) => (e.title.toLowerCase() === needle ? 0 : e.title.toLowerCase().startsWith(needle) ? 1 : 2)
    return all.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
  }, [entries, needle])

  const go = (list: SearchEntry[], at: number, open: boolean) => {
    const entry = list[at]
    if (!entry) return
    setFound({ matches: list, at, open })
    setMessage(list.length === 1 ? `Showing ${entry.title}.` : `Showing ${entry.title}, match ${at + 1} of ${list.length}.`)
    onFind(entry)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!needle) return
    if (matches.length === 0) {
      setFound(undefined)
      setMessage(`No product matches “${query.trim()}”.`)
      return
    }
    go(matches, 0, matches.length > 1)
  }
  const step = (by: number) => {
    if (!found) return
    go(found.matches, (found.at + by + found.matches.length) % found.matches.length, found.open)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && found?.open) {
      event.stopPropagation()
      setFound({ ...found, open: false })
      document.getElementById(inputId)?.focus()
    }
  }
  const listed = found?.matches.slice(0, MAX_LISTED) ?? []

  return (
    <form role="search" className="ln-search" onSubmit={submit} onKeyDown={onKeyDown} aria-label={label}>
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        list={listId}
        value={query}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value)
          setMessage('')
          setFound(undefined)
        }}
      />
      <datalist id={listId}>
        {matches.slice(0, MAX_SUGGESTIONS).map((m) => (
          <option key={m.id} value={m.title}>
            {m.detail}
          </option>
        ))}
      </datalist>
      <button type="submit" className="button">
        Find
      </button>
      {found && found.matches.length > 1 && (
        <span className="ln-search-steps">
          <button type="button" className="button" aria-label="Previous match" onClick={() => step(-1)}>
            ‹
          </button>
          <span aria-hidden="true">
            {found.at + 1}/{found.matches.length}
          </span>
          <button type="button" className="button" aria-label="Next match" onClick={() => step(1)}>
            ›
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={found.open}
            aria-controls={resultsId}
            onClick={() => setFound({ ...found, open: !found.open })}
          >
            All {found.matches.length}
          </button>
        </span>
      )}
      {found?.open && found.matches.length > 1 && (
        <div className="ln-search-results" id={resultsId}>
          <p className="ln-search-count">
            {found.matches.length} products match “{query.trim()}”
            {found.matches.length > MAX_LISTED ? `; the first ${MAX_LISTED} are listed, type more to narrow them` : ''}
          </p>
          <ul aria-label={`Products matching ${query.trim()}`}>
            {listed.map((m, i) => (
              <li key={m.id}>
                <button type="button" aria-current={i === found.at ? 'true' : undefined} onClick={() => go(found.matches, i, true)}>
                  <span className="ln-search-title">{m.title}</span>
                  <span className="ln-search-detail">{m.detail}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <span className="ln-search-message" role="status">
        {message}
      </span>
    </form>
  )
}
