import { summariseFields } from '../../../model/product-edits'
import { useEditSession } from './edit-session-context'

/** Stays at the bottom of the page while there are unsaved changes: what they are, save all, discard all. */
export function UnsavedBar() {
  const session = useEditSession()
  const waiting = session.unsaved.filter((d) => session.statusOf(d.ref)?.state !== 'saving')
  const saving = session.unsaved.length - waiting.length
  if (session.unsaved.length === 0 && !session.storageProblem) return null
  return (
    <section className="unsaved-bar" aria-label="Unsaved changes">
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
