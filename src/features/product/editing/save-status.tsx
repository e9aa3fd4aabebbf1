import { isCatalogError } from '../../../backends/errors'
import type { FieldRef } from '../../../model/product-edits'
import { useCatalog } from '../../../queries/use-catalog'
import { useEditSession } from './edit-session-context'

/** Why a save failed, in words an owner can act on; the draft is always kept. */
/** Saving the same draft again can only help when the failure was passing (network, server, a refusal that may lift). */
const retryable = (error: unknown) => !isCatalogError(error) || (error.kind !== 'unsupported' && error.kind !== 'not-found' && error.kind !== 'invalid-data')

export function saveFailureMessage(error: unknown): string {
  const kept = 'Your changes are kept as a draft on this device.'
  if (!isCatalogError(error)) return `${error instanceof Error ? error.message : 'The save failed.'} ${kept}`
  switch (error.kind) {
    case 'forbidden':
      return `The catalogue refused the change: ${error.message} ${kept}`
    case 'unavailable':
      return `Not saved: ${error.message} ${kept} Try again when the connection is back.`
    default:
      return `Not saved: ${error.message} ${kept}`
  }
}

/**
 * Where the save of some fields stands: saving, saved, failed (with retry), in conflict, or an
 * unsaved draft waiting. Nothing when there is nothing to say.
 */
export function SaveStatus({ refs, onEditDraft, compact = false }: { refs: readonly FieldRef[]; onEditDraft?: () => void; compact?: boolean }) {
  const session = useEditSession()
  const catalog = useCatalog()
  const statuses = refs.map((ref) => session.statusOf(ref))
  const drafts = refs.map((ref) => session.draftOf(ref)).filter((d) => d !== undefined)
  const failed = statuses.find((s) => s?.state === 'failed')
  const canDiscard = drafts.length > 0

  if (statuses.some((s) => s?.state === 'saving')) {
    return <p className="save-status save-status-saving">Saving…</p>
  }
  if (statuses.some((s) => s?.state === 'conflict')) {
    return (
      <p className="save-status save-status-conflict">
        Not saved: someone else changed this first. <a href="#conflict-title">Compare the versions</a>
      </p>
    )
  }
  if (failed?.state === 'failed') {
    return (
      <div className={`notice notice-error save-status${compact ? ' save-status-compact' : ''}`}>
        <p style={{ margin: 0 }}>{saveFailureMessage(failed.error)}</p>
        <div className="row" style={{ marginTop: 6 }}>
          {session.canEdit && retryable(failed.error) && (
            <button type="button" className="button button-small button-primary" onClick={() => void session.save(refs)}>
              Retry
            </button>
          )}
          {onEditDraft && (
            <button type="button" className="button button-small" onClick={onEditDraft}>
              Edit draft
            </button>
          )}
          {canDiscard && (
            <button type="button" className="button button-small" onClick={() => session.discard(refs)}>
              Discard draft
            </button>
          )}
        </div>
      </div>
    )
  }
  const saved = statuses.find((s) => s?.state === 'saved')
  if (drafts.length > 0 && session.unsaved.some((d) => drafts.includes(d))) {
    return (
      <div className="save-status save-status-draft row">
        <span className="badge badge-draft">Unsaved draft</span>
        {onEditDraft && (
          <button type="button" className="button button-small" onClick={onEditDraft}>
            Edit draft
          </button>
        )}
        {session.canEdit && (
          <button type="button" className="button button-small" onClick={() => void session.save(refs)}>
            Save draft
          </button>
        )}
        <button type="button" className="button button-small" onClick={() => session.discard(refs)}>
          Discard draft
        </button>
      </div>
    )
  }
  if (saved?.state === 'saved') {
    return (
      <p className="save-status save-status-saved">
        <span aria-hidden="true">✓ </span>Saved{saved.rebasedOverBy ? `, on top of newer changes to other fields by ${catalog.person(saved.rebasedOverBy)?.name ?? saved.rebasedOverBy}` : ''}.
      </p>
    )
  }
  return null
}
