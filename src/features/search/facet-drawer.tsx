import { useEffect, useRef, useState, type ReactNode } from 'react'

interface FacetDrawerProps {
  /** How many filter values are selected, shown on the button that opens the drawer. */
  active: number
  total: number
  children: ReactNode
}

/** Narrow screens: results come first and the facets wait behind a Filters button, in a sheet. */
export function FacetDrawer({ active, total, children }: FacetDrawerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const dialog = dialogRef.current
    if (open && dialog && !dialog.open) dialog.showModal()
    if (!open && dialog?.open) dialog.close()
  }, [open])
  const count = `${total.toLocaleString()} ${total === 1 ? 'product' : 'products'}`
  return (
    <>
      <button type="button" className="button facet-drawer-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Filters
        {active > 0 && (
          <span className="facet-drawer-count">
            {active}
            <span className="visually-hidden"> active</span>
          </span>
        )}
      </button>
      <dialog
        ref={dialogRef}
        className="facet-drawer"
        aria-label="Filters"
        onClose={() => setOpen(false)}
        onClick={(event) => {
          if (event.target === dialogRef.current) setOpen(false)
        }}
      >
        <div className="facet-drawer-body">{open && children}</div>
        <div className="facet-drawer-footer">
          <button type="button" className="button button-primary" onClick={() => setOpen(false)}>
            Show {count}
          </button>
        </div>
      </dialog>
    </>
  )
}
