import { useEffect, useRef, type RefObject } from 'react'
import { summariseFields } from '../../../model/product-edits'
import { scrollToClear } from '../model/clear-of-bar'
import { useEditSession } from './edit-session-context'

const isField = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement || element instanceof HTMLSelectElement

/**
 * Keeps the field being edited above the bar: when it gets focus, as the owner types, and when
 * the bar appears or grows. The browser keeps the caret on screen, but not out from under the bar.
 */
function useKeepFieldsClear(bar: RefObject<HTMLElement | null>, shown: boolean) {
  useEffect(() => {
    const element = bar.current
    if (!element) return
    const keepClear = () => {
      const field = document.activeElement
      if (!isField(field)) return
      const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0
      const by = scrollToClear(field.getBoundingClientRect(), element.getBoundingClientRect().top, Math.max(header, 0))
      if (by > 0) window.scrollBy({ top: by, behavior: 'instant' })
    }
    const resized = new ResizeObserver(keepClear)
    resized.observe(element)
    document.addEventListener('focusin', keepClear)
    document.addEventListener('input', keepClear)
    return () => {
      resized.disconnect()
      document.removeEventListener('focusin', keepClear)
      document.removeEventListener('input', keepClear)
    }
  }, [bar, shown])
}

/** Stays at the bottom of the page while there are unsaved changes: what they are, save all, discard all. */
export function UnsavedBar() {
  const session = useEditSession()
  const bar = useRef<HTMLElement>(null)
  const shown = session.unsaved.length > 0 || session.storageProblem
  useKeepFieldsClear(bar, shown)
  const waiting = session.unsaved.filter((d) => session.statusOf(d.ref)?.state !== 'saving')
  const saving = session.unsaved.length - waiting.length
  if (!shown) return null
  return (
    <section ref={bar} className="unsaved-bar" aria-label="Unsaved changes">
      <p>
        {waiting.length > 0 ? (
          <>
            <strong>
              {waiting.length === 1 ? '1 unsaved change' : `${waiting.length.toLocaleString()} unsaved changes`}:
            </strong>{' '}
            {summariseFields(waiting.map((d) => d.ref))}. Kept as a draft on this device.
          </>
        ) : (
          `Saving ${saving === 1 ? '1 change' : `${saving.toLocaleString()} changes`}…`
        )}
        {session.storageProblem && ' This device is refusing to keep drafts: save soon, or copy your text somewhere safe.'}
      </p>
      {waiting.length > 0 && (
        <div className="row">
          {session.conflict ? (
            <span className="muted">Choose between the versions above first.</span>
          ) : session.canEdit ? (
            <button type="button" className="button button-primary button-small" onClick={() => void session.save(waiting.map((d) => d.ref))}>
              Save all
            </button>
          ) : (
            <span className="muted">Only owners and stewards can save.</span>
          )}
          <button type="button" className="button button-small" onClick={() => session.discard(waiting.map((d) => d.ref))}>
            Discard all
          </button>
        </div>
      )}
    </section>
  )
}
