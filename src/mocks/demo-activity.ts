import type { AccessRequest } from '../model/access-requests'

/** What people did in the demo besides editing: access requests, follows, saved searches. */
export interface DemoActivity {
  accessRequests: AccessRequest[]
  /** Next number for a request id. */
  nextRequest: number
}

export const emptyActivity = (): DemoActivity => ({ accessRequests: [], nextRequest: 1 })
