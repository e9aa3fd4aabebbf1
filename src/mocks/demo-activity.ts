import type { AccessRequest } from '../model/access-requests'
import type { Follow } from '../model/follows'
import type { SavedSearch } from '../model/saved-searches'

/** What people did in the demo besides editing: access requests, follows, saved searches. */
export interface DemoActivity {
  accessRequests: AccessRequest[]
  /** Next number for a request id. */
  nextRequest: number
  /** Per person id; absent in activity saved before follows existed. */
  follows?: Record<string, Follow[]>
  /** Per person id, newest first; absent in activity saved before saved searches existed. */
  savedSearches?: Record<string, SavedSearch[]>
}

export const emptyActivity = (): DemoActivity => ({ accessRequests: [], nextRequest: 1, follows: {}, savedSearches: {} })
