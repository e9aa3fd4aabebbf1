import { useState } from 'react'
import { lastKept } from '../../../model/drafts'
import { displayValue, fieldLabel, fieldKey, summariseFields } from '../../../model/product-edits'
import { absoluteTime } from '../../../model/time-text'
import { useEditSession } from './edit-session-context'

const formatTime = (iso: string | undefined) => (iso && !Number.isNaN(new Date(iso).getTime()) ? absoluteTime(iso) : 'earlier')

/**
 * Drafts an earlier visit left unsaved: offered for restoring, or for discarding. Someone who
 * may no longer edit can still read and copy them, so no word is lost with the permission.
 */
export function DraftsBanner() {
  const session = useEditSession()
  const [showing, setShowing] = useState(false)
  const drafts = session.stored
  if (drafts.length === 0) return null
  const what = summariseFields(drafts.map((d) => d.ref))
  return (
    <section className="card drafts-banner" aria-labelledby="drafts-banner-title">
      <h2 id="drafts-banner-title" className="section-title">
        Unsaved changes from {formatTime(lastKept(drafts))}
      </h2>
      <p style={{ marginTop: 0 }}>
        This device kept a draft you did not save: <strong>{what}</strong>.
        {!session.canEdit && ' You cannot edit this product as who you act as now; you can still read the draft and copy it.'}
      </p>
      {showing && (
        <dl className="draft-preview">
          {drafts.map((d) => (
            <div key={fieldKey(d.ref)}>
              <dt>{fieldLabel(d.ref)}</dt>
              <dd>
                <pre>{displayValue(d.ref, d.value) || '(empty)'}</pre>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="row">
        {session.canEdit && (
          <button type="button" className="button button-primary" onClick={session.restore}>
            Restore draft
          </button>
        )}
        <button type="button" className="button" aria-expanded={showing} onClick={() => setShowing(!showing)}>
          {showing ? 'Hide draft' : 'Show draft'}
        </button>
        <button type="button" className="button" onClick={session.discardStored}>
          Discard draft
        </button>
      </div>
    </section>
  )
}
