import { queryOptions } from '@tanstack/react-query'
import { createDraftBook, type DraftBook } from '../model/drafts'
import type { Urn } from '../model/types'
import { useBackend } from './backend-context'
import { browserDraftStorage } from './draft-storage'

const books = new Map<string, DraftBook>()

/** The drafts kept on this device for the configured backend's products. */
export function useDraftBook(): DraftBook {
  const backend = useBackend()
  let book = books.get(backend.id)
  if (!book) {
    book = createDraftBook(browserDraftStorage(), backend.id)
    books.set(backend.id, book)
  }
  return book
}

/** Drafts found for a product when it is opened: what an earlier visit left unsaved. */
export const storedDraftsQuery = (book: DraftBook, backendId: string, urn: Urn) =>
  queryOptions({
    queryKey: ['drafts', backendId, urn] as const,
    queryFn: () => book.load(urn),
    // Local storage, not the network: read it offline too; read it afresh on every visit.
    networkMode: 'always',
    staleTime: Infinity,
    gcTime: 0,
  })
