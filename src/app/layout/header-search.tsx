import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useLocation, useNavigate, useNavigation, useNavigationType, useSearchParams } from 'react-router'
import { requestResultsFocus } from '../../ui/focus-results'
import { getTypedQuery, publishTypedQuery } from '../../ui/typed-query'
import { readBootSearch } from './boot-search'

const URL_DELAY_MS = 300

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** The global search box: `/` focuses it from anywhere; typing on the search page updates results live. */
export function HeaderSearch() {
  const inputRef = useRef<HTMLInputElement>(null)
  const navigate = useNavigate()
  const { pathname, key } = useLocation()
  const [params] = useSearchParams()
  const onSearchPage = pathname === '/search'
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : ''
  const [boot] = useState(readBootSearch)
  const [value, setValue] = useState(() => boot?.value || urlQuery)
  const [lastUrlQuery, setLastUrlQuery] = useState(urlQuery)
  const navigationType = useNavigationType()
  if (urlQuery !== lastUrlQuery) {
    setLastUrlQuery(urlQuery)
    // The URL trails what is being typed; only Back, Forward, links and facet changes replace the text.
    if (navigationType === 'POP' || getTypedQuery() === null) setValue(urlQuery)
  }
  // Back, forward or leaving the search page: the URL leads again. Not as the app starts: what is
  // typed between its first paint and this effect is no stale text.
  const started = useRef(false)
  useEffect(() => {
    if (!started.current) {
      started.current = true
      return
    }
    if (navigationType === 'POP' || !onSearchPage) publishTypedQuery(null)
  }, [key, navigationType, onSearchPage])

  // Results follow every key at once (publishTypedQuery); the URL follows when typing pauses, so a
  // keystroke does not also pay for a router navigation.
  const pendingUrl = useRef<{ timer: number; run(): void } | undefined>(undefined)
  const cancelUrlUpdate = () => {
    window.clearTimeout(pendingUrl.current?.timer)
    pendingUrl.current = undefined
  }
  useEffect(() => cancelUrlUpdate, [])
  // Another navigation (a result opened, a link followed) must not be overtaken by a late URL update.
  const navigationState = useNavigation().state
  useEffect(() => {
    if (navigationState !== 'idle') cancelUrlUpdate()
  }, [navigationState])
  // On the search page a new query keeps the facets and sort of the URL as it is now (not as it was when rendered).
  const go = (q: string, replace: boolean) => {
    const next = new URLSearchParams(onSearchPage ? window.location.search : undefined)
    if (q) next.set('q', q)
    else next.delete('q')
    navigate({ pathname: '/search', search: next.toString() ? `?${next}` : '' }, { replace })
  }
  const updateUrlSoon = (q: string) => {
    cancelUrlUpdate()
    const run = () => {
      pendingUrl.current = undefined
      if (getTypedQuery() === q) go(q, true)
    }
    pendingUrl.current = { timer: window.setTimeout(run, URL_DELAY_MS), run }
  }
  // Leaving the box (into the results, say) ends the typing: write the URL now, before anything else happens.
  const flushUrlUpdate = () => {
    const pending = pendingUrl.current
    cancelUrlUpdate()
    pending?.run()
  }

  // Carry on where the visitor was typing in the field the HTML painted: focus and caret, and on the search page its results.
  useLayoutEffect(() => {
    if (!boot?.focused) return
    inputRef.current?.focus()
    inputRef.current?.setSelectionRange(boot.selectionStart, boot.selectionEnd)
  }, [boot])
  useEffect(() => {
    const typed = boot?.value.trim() ?? ''
    if (onSearchPage && typed !== '' && typed !== urlQuery) go(typed, true)
    // Once, as the app's field takes over from the HTML's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boot])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target)) {
        event.preventDefault()
        inputRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <form
      role="search"
      className="header-search"
      onSubmit={(event) => {
        event.preventDefault()
        cancelUrlUpdate()
        go(value.trim(), onSearchPage)
      }}
    >
      <label htmlFor="global-search" className="visually-hidden">
        Search data products
      </label>
      <input
        ref={inputRef}
        id="global-search"
        type="search"
        placeholder="Search products, columns, owners, tags…"
        autoComplete="off"
        value={value}
        aria-describedby="global-search-hint"
        onBlur={flushUrlUpdate}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && onSearchPage) {
            event.preventDefault()
            flushUrlUpdate()
            requestResultsFocus()
          }
        }}
        onChange={(event) => {
          setValue(event.target.value)
          if (onSearchPage) {
            publishTypedQuery(event.target.value.trim())
            updateUrlSoon(event.target.value.trim())
          }
        }}
      />
      <kbd className="search-hint" aria-hidden="true">
        /
      </kbd>
      <span id="global-search-hint" className="visually-hidden">
        Results update as you type. Press Down to move into the results, Control K to jump to any product, domain or team.
      </span>
    </form>
  )
}
