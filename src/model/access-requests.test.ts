import { accessEndsAt, decide, decisionOf, openRequest, validateNewRequest, withdraw } from './access-requests'

const input = { productUrn: 'urn:p', outputPortId: 'warehouse', purpose: '  Churn model  ', durationDays: 30 }
const pending = openRequest('r1', input, 'sam', '2026-01-01T10:00:00.000Z')

describe('access request transitions', () => {
  it('opens a pending request with its first step', () => {
    expect(pending).toMatchObject({ status: 'pending', purpose: 'Churn model', requesterId: 'sam', durationDays: 30 })
    expect(pending.history).toEqual([{ at: '2026-01-01T10:00:00.000Z', by: 'sam', action: 'requested' }])
  })

  it('approves a pending request, recording who, when and the message', () => {
    const result = decide(pending, { action: 'approve', message: 'Granted for the churn work' }, 'maya', '2026-01-02T09:00:00.000Z')
    if (!result.ok) throw new Error(result.reason)
    expect(result.request.status).toBe('approved')
    expect(decisionOf(result.request)).toEqual({ at: '2026-01-02T09:00:00.000Z', by: 'maya', action: 'approved', message: 'Granted for the churn work' })
    expect(accessEndsAt(result.request)).toBe('2026-02-01T09:00:00.000Z')
    expect(pending.status).toBe('pending')
  })

  it('rejects only with a reason', () => {
    expect(decide(pending, { action: 'reject', message: '   ' }, 'maya', 'later')).toEqual({ ok: false, reason: 'Say why the request is rejected.' })
    const result = decide(pending, { action: 'reject', message: 'Use the aggregate instead' }, 'maya', 'later')
    expect(result.ok && result.request.status).toBe('rejected')
    expect(result.ok && decisionOf(result.request)?.message).toBe('Use the aggregate instead')
  })

  it('does not decide a request twice, nor one that was withdrawn', () => {
    const approved = decide(pending, { action: 'approve' }, 'maya', 'later')
    if (!approved.ok) throw new Error(approved.reason)
    expect(decide(approved.request, { action: 'reject', message: 'no' }, 'lena', 'later')).toEqual({ ok: false, reason: 'This request is already approved.' })
    const withdrawn = withdraw(pending, 'sam', 'later')
    if (!withdrawn.ok) throw new Error(withdrawn.reason)
    expect(withdrawn.request.status).toBe('withdrawn')
    expect(decide(withdrawn.request, { action: 'approve' }, 'maya', 'later').ok).toBe(false)
    expect(accessEndsAt(withdrawn.request)).toBeUndefined()
  })

  it('lets only the requester withdraw', () => {
    expect(withdraw(pending, 'maya', 'later')).toEqual({ ok: false, reason: 'Only the person who asked can withdraw a request.' })
  })

  it('checks a new request before it is sent', () => {
    expect(validateNewRequest({ ...input, purpose: ' ' })).toBe('Say what you need the data for.')
    expect(validateNewRequest({ ...input, durationDays: 0 })).toMatch(/between 1 and/)
    expect(validateNewRequest({ ...input, durationDays: undefined })).toBeUndefined()
    expect(validateNewRequest(input)).toBeUndefined()
  })
})
