import { useId, useState, type KeyboardEvent } from 'react'
import { existingTerm, suggestTerms, type TermUsage } from '../../../model/term-usage'

const MAX_LENGTH = 80

/** `values` with the comma-separated words of `text` added, trimmed, each once (case-insensitively). */
export function addWords(values: readonly string[], text: string): string[] {
  const next = [...values]
  for (const word of text.split(',').map((w) => w.trim().slice(0, MAX_LENGTH))) {
    if (word !== '' && !next.some((v) => v.toLowerCase() === word.toLowerCase())) next.push(word)
  }
  return next
}

/** One choice in the list under the box: an existing value, or making a new one. */
export type ChipOption = { kind: 'existing'; term: TermUsage } | { kind: 'create'; value: string }

/** What the list offers for `typed`: matching values in use, then "Create …" unless the value exists. */
export function chipOptions(usage: readonly TermUsage[], typed: string, values: readonly string[]): ChipOption[] {
  const options: ChipOption[] = suggestTerms(usage, typed, values).map((term) => ({ kind: 'existing', term }))
  const value = typed.trim().slice(0, MAX_LENGTH)
  const chosen = values.some((v) => v.toLowerCase() === value.toLowerCase())
  if (value && !value.includes(',') && !existingTerm(usage, value) && !chosen) options.push({ kind: 'create', value })
  return options
}

/** The value picking `option` adds. */
const valueOf = (option: ChipOption) => (option.kind === 'existing' ? option.term.value : option.value)

/**
 * `values` with what is typed added as Enter would add it: the first option offered, or, for a
 * pasted comma-separated list, each word, spelled as the value in use when there is one.
 */
export function addTyped(usage: readonly TermUsage[], typed: string, values: readonly string[]): string[] {
  if (typed.includes(',')) return addWords(values, typed.split(',').map((word) => existingTerm(usage, word)?.value ?? word).join(','))
  const option = chipOptions(usage, typed, values)[0]
  return option ? addWords(values, valueOf(option)) : [...values]
}

const productCount = (n: number) => `${n} ${n === 1 ? 'product' : 'products'}`

/**
 * A list of short words (tags, glossary terms) as removable chips and a combobox: typing offers
 * the values already in use (with how many products use each); Enter picks the highlighted one,
 * and a new value is made only by choosing "Create …". Backspace in the empty box removes the
 * last chip. What is typed is held by the caller, so a Save pressed before Enter still counts.
 */
export function ChipInput({
  label,
  values,
  onChange,
  typed,
  onTypedChange,
  usage = [],
  noun,
}: {
  label: string
  values: readonly string[]
  onChange: (values: string[]) => void
  typed: string
  onTypedChange: (text: string) => void
  /** Values in use elsewhere, to offer. */
  usage?: readonly TermUsage[]
  /** What one item is called, for labels: "tag". */
  noun: string
}) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = open ? chipOptions(usage, typed, values) : []
  const highlighted = options.length > 0 ? Math.min(active, options.length - 1) : -1
  const setTyped = (text: string) => {
    onTypedChange(text)
    setActive(0)
    setOpen(text.trim() !== '')
  }
  const pick = (option: ChipOption) => {
    const next = addWords(values, valueOf(option))
    if (next.length !== values.length) onChange(next)
    setTyped('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) return setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((highlighted + step + options.length) % Math.max(options.length, 1))
    } else if (event.key === 'Escape' && open && options.length > 0) {
      // Closes the list only; a second Escape reaches the editor and cancels.
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    } else if (event.key === 'Enter' || event.key === ',') {
      if (typed.trim() === '') return
      event.preventDefault()
      const option = options[highlighted]
      const next = option ? addWords(values, valueOf(option)) : addTyped(usage, typed, values)
      if (next.length !== values.length) onChange(next)
      setTyped('')
    } else if (event.key === 'Backspace' && typed === '' && values.length > 0) {
      event.preventDefault()
      onChange(values.slice(0, -1))
    }
  }
  const listId = `${id}-options`
  const optionId = (i: number) => `${id}-option-${i}`
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
      <div className="chip-combo">
        <label htmlFor={id} className="visually-hidden">
          Add a {noun}
        </label>
        <input
          id={id}
          className="filter-input chip-entry"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-activedescendant={highlighted >= 0 ? optionId(highlighted) : undefined}
          autoComplete="off"
          value={typed}
          placeholder={`Add a ${noun}, then Enter`}
          maxLength={MAX_LENGTH * 4}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // Leaving the box (to Save, say) takes the choice that was highlighted, as Enter does.
            const option = options[highlighted]
            if (option) pick(option)
            setOpen(false)
          }}
          onFocus={() => setOpen(typed.trim() !== '')}
        />
        <ul id={listId} role="listbox" aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)} suggestions`} className="chip-options" hidden={options.length === 0}>
          {options.map((option, i) => (
            <li
              key={option.kind === 'create' ? '\u0000create' : option.term.value}
              id={optionId(i)}
              role="option"
              aria-selected={i === highlighted}
              className={`chip-option${option.kind === 'create' ? ' chip-option-create' : ''}`}
              // Keep focus in the box: the choice is made on click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(option)}
            >
              {option.kind === 'existing' ? (
                <>
                  <span className="chip-option-value">{option.term.value}</span>
                  <span className="chip-option-count muted">{productCount(option.term.products)}</span>
                </>
              ) : (
                <span className="chip-option-value">
                  Create {noun} “{option.value}”
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
