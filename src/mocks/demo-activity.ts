import type { AccessRequest } from '../model/access-requests'
import type { Follow } from '../model/follows'

/** What people did in the demo besides editing: access requests, follows, saved searches. */
export interface DemoActivity {
  accessRequests: AccessRequest[]
  /** Next number for a request id. */
  nextRequest: number
  /** Per person id; absent in activity saved before follows existed. */
  follows?: Record<string, Follow[]>
}

export const emptyActivity = (): DemoActivity => ({ accessRequests: [], nextRequest: 1, follows: {} })
