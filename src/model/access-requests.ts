import type { Urn } from './types'

export const ACCESS_REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const
export type AccessRequestStatus = (typeof ACCESS_REQUEST_STATUSES)[number]

export const ACCESS_REQUEST_ACTIONS = ['requested', 'approved', 'rejected', 'withdrawn'] as const
export type AccessRequestAction = (typeof ACCESS_REQUEST_ACTIONS)[number]

/** One step in a request's life: who did what, when, and what they said. */
export interface AccessRequestEvent {
  at: string
  /** Person id. */
  by: string
  action: AccessRequestAction
  message?: string
}

/** Someone asking the owners of a product for access to one of its output ports. */
export interface AccessRequest {
  id: string
  productUrn: Urn
  outputPortId: string
  /** Person id of who asked. */
  requesterId: string
  purpose: string
  /** How long access is asked for, in days; absent means until revoked. */
  durationDays?: number
  status: AccessRequestStatus
  createdAt: string
  /** Oldest first. */
  history: AccessRequestEvent[]
}

export interface NewAccessRequest {
  productUrn: Urn
  outputPortId: string
  purpose: string
  durationDays?: number
}

export type AccessDecision = { action: 'approve' | 'reject'; message?: string }

export const MAX_PURPOSE_LENGTH = 2000
export const MAX_DURATION_DAYS = 730

/** Why a new request cannot be sent as it is, or undefined when it can. */
export function validateNewRequest(input: NewAccessRequest): string | undefined {
  const purpose = input.purpose.trim()
  if (!purpose) return 'Say what you need the data for.'
  if (purpose.length > MAX_PURPOSE_LENGTH) return `Keep the purpose under ${MAX_PURPOSE_LENGTH} characters.`
  const days = input.durationDays
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_DURATION_DAYS)) {
    return `Ask for between 1 and ${MAX_DURATION_DAYS} days, or until revoked.`
  }
  return undefined
}

export function openRequest(id: string, input: NewAccessRequest, requesterId: string, at: string): AccessRequest {
  return {
    id,
    productUrn: input.productUrn,
    outputPortId: input.outputPortId,
    requesterId,
    purpose: input.purpose.trim(),
    ...(input.durationDays === undefined ? {} : { durationDays: input.durationDays }),
    status: 'pending',
    createdAt: at,
    history: [{ at, by: requesterId, action: 'requested' }],
  }
}

export type TransitionResult = { ok: true; request: AccessRequest } | { ok: false; reason: string }

const DECIDED: Record<AccessDecision['action'], AccessRequestStatus> = { approve: 'approved', reject: 'rejected' }

/**
 * Approves or rejects a pending request. A rejection must say why; a decided or withdrawn
 * request stays as it is. Who may decide is the caller's check (owners and stewards).
 */
export function decide(request: AccessRequest, decision: AccessDecision, by: string, at: string): TransitionResult {
  if (request.status !== 'pending') return { ok: false, reason: `This request is already ${request.status}.` }
  const message = decision.message?.trim() || undefined
  if (decision.action === 'reject' && !message) return { ok: false, reason: 'Say why the request is rejected.' }
  if (message && message.length > MAX_PURPOSE_LENGTH) return { ok: false, reason: `Keep the message under ${MAX_PURPOSE_LENGTH} characters.` }
  const status = DECIDED[decision.action]
  const action: AccessRequestAction = status === 'approved' ? 'approved' : 'rejected'
  return { ok: true, request: { ...request, status, history: [...request.history, { at, by, action, ...(message ? { message } : {}) }] } }
}

/** The requester takes back a request nobody has decided yet. */
export function withdraw(request: AccessRequest, by: string, at: string): TransitionResult {
  if (by !== request.requesterId) return { ok: false, reason: 'Only the person who asked can withdraw a request.' }
  if (request.status !== 'pending') return { ok: false, reason: `This request is already ${request.status}.` }
  return { ok: true, request: { ...request, status: 'withdrawn', history: [...request.history, { at, by, action: 'withdrawn' }] } }
}

/** The decision that closed the request, if any. */
export const decisionOf = (request: AccessRequest): AccessRequestEvent | undefined =>
  request.status === 'approved' || request.status === 'rejected' ? request.history.findLast((e) => e.action === request.status) : undefined

/** When granted access ends, for a request with a duration; undefined while pending or for open-ended access. */
export function accessEndsAt(request: AccessRequest): string | undefined {
  const approval = request.status === 'approved' ? decisionOf(request) : undefined
  if (!approval || request.durationDays === undefined) return undefined
  const start = new Date(approval.at).getTime()
  if (Number.isNaN(start)) return undefined
  return new Date(start + request.durationDays * 86_400_000).toISOString()
}

/** Newest first by the time of their last step. */
export const byLatestActivity = (a: AccessRequest, b: AccessRequest) =>
  (b.history.at(-1)?.at ?? b.createdAt).localeCompare(a.history.at(-1)?.at ?? a.createdAt)

export const STATUS_LABELS: Record<AccessRequestStatus, string> = {
  pending: 'Pending',
  approved: 'Granted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
}
