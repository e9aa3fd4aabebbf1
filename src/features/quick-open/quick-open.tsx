import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router'
import { matchByName } from '../../model/search/quick-matches'
import { kindLabel } from '../../model/product-queries'
import { useBackend } from '../../queries/backend-context'
import { directoryQuery } from '../../queries/catalog-queries'
import { useSearchEngine } from '../../queries/use-search'
import { Highlight } from '../../ui/highlight'
import { productPath } from '../../ui/product-row'
import './quick-open.css'

interface Option {
  key: string
  group: 'Product' | 'Domain' | 'Team'
  label: string
  detail?: string
  to: string
}

const PRODUCTS = 7
const OTHERS = 4

/** Ctrl/Cmd+K: jump to any product, domain or team by name, without leaving the keyboard. */
export function QuickOpen() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    const dialog = dialogRef.current
    if (open && dialog && !dialog.open) dialog.showModal()
    if (!open && dialog?.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={dialogRef}
      className="quick-open"
      aria-label="Jump to a product, domain or team"
      onClose={() => setOpen(false)}
      onClick={(event) => {
        if (event.target === dialogRef.current) setOpen(false)
      }}
    >
      {open && <Palette onDone={() => setOpen(false)} />}
    </dialog>
  )
}

function Palette({ onDone }: { onDone(): void }) {
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const navigate = useNavigate()
  const backend = useBackend()
  const listId = useId()
  const query = text.trim()
  const { engine, stamp } = useSearchEngine()
  const products = useQuery({
    queryKey: ['quick-open', backend.id, stamp, query],
    queryFn: ({ signal }) => engine!.search({ q: query, filters: {}, sort: 'relevance', offset: 0, limit: PRODUCTS }, signal),
    enabled: engine !== undefined && query.length > 0,
    placeholderData: keepPreviousData,
  })
  const directory = useQuery(directoryQuery(backend))

  const options: Option[] = query
    ? [
        ...(products.data?.hits ?? []).map<Option>((hit) => ({
          key: `p:${hit.urn}`,
          group: 'Product',
          label: hit.title,
          detail: [kindLabel(hit.kind), hit.domainName].filter(Boolean).join(' · '),
          to: productPath(hit.urn),
        })),
        ...matchByName(directory.data?.domains ?? [], (d) => d.name, query, OTHERS).map<Option>((d) => ({
          key: `d:${d.id}`,
          group: 'Domain',
          label: d.name,
          to: `/domains/${encodeURIComponent(d.id)}`,
        })),
        ...matchByName(directory.data?.teams ?? [], (t) => t.name, query, OTHERS).map<Option>((t) => ({
          key: `t:${t.id}`,
          group: 'Team',
          label: t.name,
          to: `/teams/${encodeURIComponent(t.id)}`,
        })),
      ]
    : []
  const current = Math.min(active, Math.max(0, options.length - 1))
  const terms = query.toLowerCase().split(/\s+/)

  const go = (option: Option | undefined) => {
    if (!option) return
    onDone()
    navigate(option.to)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1
    if (event.key === 'ArrowDown') setActive(current >= last ? 0 : current + 1)
    else if (event.key === 'ArrowUp') setActive(current <= 0 ? last : current - 1)
    else if (event.key === 'Enter') go(options[current])
    else return
    event.preventDefault()
  }

  return (
    <div className="quick-open-body">
      <input
        autoFocus
        type="text"
        role="combobox"
        aria-label="Jump to"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options[current] ? `${listId}-${current}` : undefined}
        aria-autocomplete="list"
        placeholder="Jump to a product, domain or team…"
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matches" className="plain-list quick-open-options">
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'active' : undefined}
            onMouseMove={() => setActive(index)}
            onClick={() => go(option)}
          >
            <span className="quick-open-group">{option.group}</span>
            <span className="quick-open-label">
              <Highlight text={option.label} terms={terms} />
            </span>
            {option.detail && <span className="quick-open-detail">{option.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="quick-open-help muted" aria-live="polite">
        {!query
          ? 'Type a name. ↑ ↓ to choose, Enter to open, Esc to close.'
          : options.length === 0 && !products.isFetching
            ? `Nothing is called “${query}”.`
            : `${options.length} matches`}
      </p>
    </div>
  )
}
