import { useId, useMemo, useState, type FormEvent } from 'react'

export interface SearchEntry {
  id: string
  title: string
  /** Where it is, for telling two products of the same name apart. */
  detail: string
}

const MAX_SUGGESTIONS = 20

export interface GraphSearchProps {
  entries: readonly SearchEntry[]
  onFind(entry: SearchEntry): void
  label?: string
  placeholder?: string
}

/** Finds a product by name (suggesting as you type) and hands it to `onFind`. */
export function GraphSearch({ entries, onFind, label = 'Find a product in the graph', placeholder = 'Find in graph' }: GraphSearchProps) {
  const inputId = useId()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [message, setMessage] = useState('')
  const needle = query.trim().toLowerCase()
  const matches = useMemo(
    () => (needle ? entries.filter((e) => e.title.toLowerCase().includes(needle)).slice(0, MAX_SUGGESTIONS) : []),
    [entries, needle],
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!needle) return
    const exact = entries.find((e) => e.title.toLowerCase() === needle) ?? matches[0]
    if (!exact) {
      setMessage(`No product matches “${query.trim()}”.`)
      return
    }
    setMessage(`Showing ${exact.title}.`)
    onFind(exact)
  }
  return (
    <form role="search" className="ln-search" onSubmit={submit} aria-label={label}>
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
        }}
      />
      <datalist id={listId}>
        {matches.map((m) => (
          <option key={m.id} value={m.title}>
            {m.detail}
          </option>
        ))}
      </datalist>
      <button type="submit" className="button">
        Find
      </button>
      <span className="ln-search-message" role="status">
        {message}
      </span>
    </form>
  )
}
