import { useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'
import { summariseFields } from '../../../model/product-edits'
import { useEditSession } from './edit-session-context'

/**
 * Asks before leaving a product with unsaved changes: the browser's own prompt for a reload or
 * a closed tab, a dialog for a link inside Tessera. Switching tabs of the same product is not
 * leaving. The drafts stay on the device either way.
 */
export function LeaveGuard() {
  const session = useEditSession()
  const dirty = session.unsaved.length > 0
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers need a return value to show the prompt.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (blocker.state === 'blocked' && !element.open) element.showModal()
    if (blocker.state !== 'blocked' && element.open) element.close()
  }, [blocker.state])

  return (
    <dialog ref={dialog} className="leave-dialog" aria-labelledby="leave-title" onCancel={() => blocker.reset?.()}>
      <h2 id="leave-title">Leave with unsaved changes?</h2>
      <p>
        {summariseFields(session.unsaved.map((d) => d.ref))} {session.unsaved.length === 1 ? 'is' : 'are'} not saved yet. The draft stays on this device and is offered again when you come back.
      </p>
      <div className="row">
        <button type="button" className="button button-primary" autoFocus onClick={() => blocker.reset?.()}>
          Stay and save
        </button>
        <button type="button" className="button" onClick={() => blocker.proceed?.()}>
          Leave
        </button>
      </div>
    </dialog>
  )
}
