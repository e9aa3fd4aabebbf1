import type { SearchRequest, SearchResponse } from '../model/search/search-types'
import type { Catalog } from '../model/types'

/** Messages to the search worker. */
export type SearchWorkerRequest =
  | { type: 'load'; catalog: Catalog }
  | { type: 'search'; id: number; request: SearchRequest }
  | { type: 'cancel'; id: number }

/** Messages from the search worker. */
export type SearchWorkerReply =
  | { type: 'ready'; products: number; buildMs: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; response: SearchResponse; tookMs: number }
  | { type: 'error'; id: number; message: string }
