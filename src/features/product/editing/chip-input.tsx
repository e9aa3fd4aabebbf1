import { useId, type KeyboardEvent } from 'react'

const MAX_LENGTH = 80

/** `values` with the comma-separated words of `text` added, trimmed, each once (case-insensitively). */
export function addWords(values: readonly string[], text: string): string[] {
  const next = [...values]
  for (const word of text.split(',').map((w) => w.trim().slice(0, MAX_LENGTH))) {
    if (word !== '' && !next.some((v) => v.toLowerCase() === word.toLowerCase())) next.push(word)
  }
  return next
}

/**
 * A list of short words (tags, glossary terms) as removable chips and a text box: Enter or a
 * comma adds what was typed, Backspace in the empty box removes the last one. What is typed
 * is held by the caller, so a Save pressed before Enter still includes it.
 */
export function ChipInput({
  label,
  values,
  onChange,
  typed,
  onTypedChange,
  suggestions = [],
  noun,
}: {
  label: string
  values: readonly string[]
  onChange: (values: string[]) => void
  typed: string
  onTypedChange: (text: string) => void
  suggestions?: readonly string[]
  /** What one item is called, for button labels: "tag". */
  noun: string
}) {
  const id = useId()
  const setTyped = onTypedChange
  const add = (text: string) => {
    const next = addWords(values, text)
    if (next.length !== values.length) onChange(next)
    setTyped('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      if (typed.trim() === '') return
      event.preventDefault()
      add(typed)
    } else if (event.key === 'Backspace' && typed === '' && values.length > 0) {
      event.preventDefault()
      onChange(values.slice(0, -1))
    }
  }
  return (
    <div className="chip-input">
      <ul className="chip-list" aria-label={label}>
        {values.map((value, i) => (
          <li key={`${value}-${i}`} className="tag chip">
            <span>{value}</span>
            <button type="button" className="chip-remove" aria-label={`Remove ${noun} ${value}`} onClick={() => onChange(values.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={id} className="visually-hidden">
        Add a {noun}
      </label>
      <input
        id={id}
        className="filter-input chip-entry"
        value={typed}
        list={suggestions.length > 0 ? `${id}-suggestions` : undefined}
        placeholder={`Add a ${noun}, then Enter`}
        maxLength={MAX_LENGTH * 4}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {suggestions.length > 0 && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  )
}
