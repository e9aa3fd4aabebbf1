import { useCallback, useId, useRef, useState, type ReactNode } from 'react'
import { useDismiss } from '../../ui/use-dismiss'

/**
 * On a narrow screen the navigation and the header's tools fold behind one Menu button; on a
 * wide one they sit in the header as they are (the button is hidden by CSS). Following a link,
 * Escape or a click outside closes it.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const closeMenu = useCallback(() => setOpen(false), [])

  useDismiss(open, closeMenu, root, trigger)

  return (
    <div className="header-menu" ref={root} data-open={open}>
      <button
        ref={trigger}
        type="button"
        className="button button-ghost header-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <MenuIcon open={open} />
        <span className="visually-hidden">Menu</span>
      </button>
      <div
        id={panelId}
        className="header-menu-panel"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false)
        }}
      >
        {children}
      </div>
    </div>
  )
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </svg>
  )
}
