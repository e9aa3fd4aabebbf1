import { useId, useState, type FormEvent } from 'react'
import { validateNewRequest } from '../../model/access-requests'
import type { DataProduct, OutputPort } from '../../model/types'
import { useRequestAccess } from '../../queries/access-requests'

export const DURATIONS = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: 'One year' },
  { days: undefined, label: 'Until revoked' },
] as const

/** Purpose and duration, the fields every way of asking needs. */
export function RequestFields({ purpose, days, onPurpose, onDays }: { purpose: string; days: string; onPurpose: (v: string) => void; onDays: (v: string) => void }) {
  const purposeId = useId()
  const daysId = useId()
  return (
    <>
      <div className="access-field">
        <label htmlFor={purposeId}>What do you need it for?</label>
        <textarea id={purposeId} rows={3} value={purpose} maxLength={2000} onChange={(e) => onPurpose(e.target.value)} />
      </div>
      <div className="access-field">
        <label htmlFor={daysId}>For how long</label>
        <select id={daysId} value={days} onChange={(e) => onDays(e.target.value)}>
          {DURATIONS.map((d) => (
            <option key={d.label} value={d.days ?? ''}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
    </>
  )
}

export const parseDays = (value: string): number | undefined => (value ? Number(value) : undefined)

/** Asks the product's owners for access to one port through the backend. */
export function RequestForm({ product, port, onDone }: { product: DataProduct; port: OutputPort; onDone: () => void }) {
  const [purpose, setPurpose] = useState('')
  const [days, setDays] = useState('90')
  const [problem, setProblem] = useState<string>()
  const send = useRequestAccess()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = { productUrn: product.urn, outputPortId: port.id, purpose, ...(parseDays(days) ? { durationDays: parseDays(days) } : {}) }
    const invalid = validateNewRequest(input)
    setProblem(invalid)
    if (!invalid) send.mutate(input, { onSuccess: onDone })
  }

  return (
    <form className="request-form stack" onSubmit={submit} aria-label={`Request access to ${port.name}`}>
      <RequestFields purpose={purpose} days={days} onPurpose={setPurpose} onDays={setDays} />
      {(problem ?? send.error) && (
        <p className="notice notice-error" role="alert">
          {problem ?? (send.error instanceof Error ? send.error.message : 'The request could not be sent.')}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send request'}
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
