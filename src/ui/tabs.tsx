import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import './controls.css'

export interface TabItem<T extends string> {
  id: T
  label: ReactNode
}

/** How a tab was chosen: a keyboard move replaces the history entry, a click adds one. */
export type TabSelectVia = 'pointer' | 'keyboard'

// How much of the neighbouring tab stays in sight beside the selected one, to show the strip goes on.
const PEEK_PX = 32

/** Scrolls a strip of tabs wider than its box sideways (never the page) so `tab` is in sight. */
function keepInSight(list: HTMLElement, tab: HTMLElement) {
  const box = list.getBoundingClientRect()
  const at = tab.getBoundingClientRect()
  if (at.left < box.left) list.scrollLeft -= box.left - at.left + PEEK_PX
  else if (at.right > box.right) list.scrollLeft += at.right - box.right + PEEK_PX
}

const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`
const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`

/**
 * A tab list following the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home/End)
 * move between tabs and select them. The caller owns the selection (e.g. in the URL).
 */
export function TabList<T extends string>({
  label,
  idPrefix,
  items,
  selected,
  onSelect,
}: {
  label: string
  idPrefix: string
  items: readonly TabItem<T>[]
  selected: T
  onSelect: (id: T, via: TabSelectVia) => void
}) {
  const refs = useRef(new Map<T, HTMLButtonElement>())
  const listRef = useRef<HTMLDivElement>(null)
  // On a narrow screen the tabs scroll: a page opened on its last tab shows that tab selected.
  useLayoutEffect(() => {
    const tab = refs.current.get(selected)
    if (listRef.current && tab) keepInSight(listRef.current, tab)
  }, [selected])
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // From the focused tab, not `selected`: the selection lives in the URL and may lag a quick second key press.
    const focused = [...refs.current].find(([, element]) => element === document.activeElement)?.[0]
    const at = items.findIndex((item) => item.id === (focused ?? selected))
    const last = items.length - 1
    const next = { ArrowRight: at + 1 > last ? 0 : at + 1, ArrowLeft: at - 1 < 0 ? last : at - 1, Home: 0, End: last }[event.key]
    const target = next === undefined ? undefined : items[next]
    if (!target) return
    event.preventDefault()
    refs.current.get(target.id)?.focus()
    onSelect(target.id, 'keyboard')
  }
  return (
    <div ref={listRef} role="tablist" aria-label={label} className="tablist" onKeyDown={onKeyDown}>
      {items.map((item) => {
        const isSelected = item.id === selected
        return (
          <button
            key={item.id}
            ref={(element) => {
              if (element) refs.current.set(item.id, element)
              else refs.current.delete(item.id)
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, item.id)}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, item.id)}
            tabIndex={isSelected ? 0 : -1}
            className="tab"
            onClick={() => onSelect(item.id, 'pointer')}
          >
            {item.label}
          </button>
        )
      })}
    </div>
  )
}

/** The panel of the selected tab; focusable so keyboard users reach content that has no control in it. */
export function TabPanel({ idPrefix, id, children }: { idPrefix: string; id: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={panelId(idPrefix, id)} aria-labelledby={tabId(idPrefix, id)} tabIndex={0} className="tabpanel">
      {children}
    </div>
  )
}
