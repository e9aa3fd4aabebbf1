/// <reference lib="webworker" />
// A separate worker so ELK's 1.4 MB loads only when someone asks for the ELK layout.
import { layoutWithElk } from './layout/elk-layout'
import type { LayoutCall, LayoutReply } from './layout/layout-protocol'
import { LayoutCache, runLayout } from './layout/run-layout'

const cache = new LayoutCache()

// Assigned, not added with addEventListener: elk.bundled installs its own `self.onmessage`
// when loaded in a worker, and this assignment, which runs after the imports, replaces it.
self.onmessage = async (event: MessageEvent<LayoutCall>) => {
  const { id, request } = event.data
  let message: LayoutReply
  try {
    message = { id, result: await runLayout(request, { cache, elk: layoutWithElk }) }
  } catch (error) {
    message = { id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(message)
}
