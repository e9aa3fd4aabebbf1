import type { LayoutRequest, LayoutResult } from './run-layout'

/** Main thread to layout worker. */
export interface LayoutCall {
  id: number
  request: LayoutRequest
}

/** Layout worker to main thread: a result or the reason there is none. */
export type LayoutReply = { id: number; result: LayoutResult } | { id: number; error: string }
