/// <reference lib="webworker" />
import type { LayoutCall, LayoutReply } from './layout/layout-protocol'
import { LayoutCache, runLayout } from './layout/run-layout'

const cache = new LayoutCache()

self.onmessage = async (event: MessageEvent<LayoutCall>) => {
  const { id, request } = event.data
  let message: LayoutReply
  try {
    message = { id, result: await runLayout(request, { cache }) }
  } catch (error) {
    message = { id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(message)
}
