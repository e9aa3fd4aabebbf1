import { createSearchIndex, type SearchIndex } from '../model/search/search-index'
import { stopWordsFor } from '../model/search/stop-words'
import type { SearchWorkerReply, SearchWorkerRequest } from './search-protocol'

// Searches run one after another; requests cancelled while waiting are skipped, so a burst of
// keystrokes costs one search for the last of them, not one per key.
const scope = self as unknown as DedicatedWorkerGlobalScope
const reply = (message: SearchWorkerReply) => scope.postMessage(message)
let index: SearchIndex | undefined
const waiting = new Map<number, Extract<SearchWorkerRequest, { type: 'search' }>>()
let scheduled = false

function drain() {
  scheduled = false
  if (!index) return
  for (const [id, { request }] of waiting) {
    waiting.delete(id)
    try {
      const started = performance.now()
      const response = index.search(request)
      reply({ type: 'result', id, response, tookMs: performance.now() - started })
    } catch (error) {
      reply({ type: 'error', id, message: error instanceof Error ? error.message : String(error) })
    }
  }
}

const schedule = () => {
  if (scheduled) return
  scheduled = true
  setTimeout(drain, 0)
}

scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const message = event.data
  switch (message.type) {
    case 'load': {
      const started = performance.now()
      try {
        index = createSearchIndex(message.catalog, { stopWords: stopWordsFor(scope.navigator.languages) })
        reply({ type: 'ready', products: index.size, buildMs: performance.now() - started })
        schedule()
      } catch (error) {
        reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
      break
    }
    case 'search':
      waiting.set(message.id, message)
      schedule()
      break
    case 'cancel':
      waiting.delete(message.id)
      break
  }
}
