import { useId, useState } from 'react'
import type { AccessRequest } from '../../model/access-requests'
import { useDecideAccessRequest } from '../../queries/access-requests'

/** Approve or reject one pending request, with a message for the requester (required to reject). */
export function DecisionForm({ request, requester }: { request: AccessRequest; requester: string }) {
  const messageId = useId()
  const [message, setMessage] = useState('')
  const [problem, setProblem] = useState<string>()
  const decideRequest = useDecideAccessRequest()

  const decide = (action: 'approve' | 'reject') => {
    if (action === 'reject' && !message.trim()) {
      setProblem(`Say why, so ${requester} knows what to do instead.`)
      return
    }
    setProblem(undefined)
    decideRequest.mutate({ id: request.id, decision: { action, ...(message.trim() ? { message: message.trim() } : {}) } })
  }

  const error = problem ?? (decideRequest.error instanceof Error ? decideRequest.error.message : undefined)
  return (
    <div className="decision-form stack">
      <div className="access-field">
        <label htmlFor={messageId}>Message to {requester}</label>
        <textarea id={messageId} rows={2} value={message} maxLength={2000} onChange={(e) => setMessage(e.target.value)} placeholder="Required to reject" />
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" className="button button-primary" disabled={decideRequest.isPending} onClick={() => decide('approve')}>
          Approve<span className="visually-hidden"> the request from {requester}</span>
        </button>
        <button type="button" className="button" disabled={decideRequest.isPending} onClick={() => decide('reject')}>
          Reject<span className="visually-hidden"> the request from {requester}</span>
        </button>
      </div>
    </div>
  )
}
