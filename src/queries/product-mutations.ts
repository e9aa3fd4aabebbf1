import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'
import { ConflictError, UnsupportedError } from '../backends/errors'
import type { Draft } from '../model/drafts'
import { rebaseDraft, reviewConflict, type ConflictReview } from '../model/edit-conflict'
import { applyEdit, fieldKey, readField, toChanges, type FieldEdit } from '../model/product-edits'
import type { Catalog, DataProduct, Urn } from '../model/types'
import { useBackend } from './backend-context'
import { searchKeys } from './use-search'
import { catalogKeys } from './catalog-queries'

/** Someone else changed some of the same fields, differently: a person must choose. */
export class EditConflictError extends ConflictError {
  readonly review: ConflictReview
  readonly theirs: DataProduct
  constructor(review: ConflictReview, theirs: DataProduct) {
    super(`${theirs.updatedBy ?? 'Someone'} saved a newer version of the same fields.`, theirs)
    this.name = 'EditConflictError'
    this.review = review
    this.theirs = theirs
  }
}

export interface SaveEditsVariables {
  drafts: Draft[]
}

export interface SaveEditsResult {
  product: DataProduct
  /** The drafts that are now saved (or were already on the server). */
  saved: Draft[]
  /** Set when others had saved other fields meanwhile and the edits were saved on top of their revision. */
  rebasedOver?: DataProduct
  /** Drafts for columns that are no longer in the product: not saved, still kept. */
  gone: Draft[]
}

// Another person's save of other fields is not a conflict: it takes a few rounds at most
// unless the product is being saved continuously.
const MAX_REBASES = 3

/** Saves drafts, saving again on top of a newer revision in which nobody touched their fields. */
export async function saveWithRebase(backend: CatalogBackend, urn: Urn, drafts: Draft[]): Promise<SaveEditsResult> {
  if (!backend.updateProduct) throw new UnsupportedError('editing')
  let pending = drafts
  let rebasedOver: DataProduct | undefined
  const gone: Draft[] = []
  const result = (product: DataProduct): SaveEditsResult => ({
    product,
    saved: drafts.filter((d) => !gone.some((g) => fieldKey(g.ref) === fieldKey(d.ref))),
    gone,
    ...(rebasedOver ? { rebasedOver } : {}),
  })
  for (let round = 0; ; round++) {
    // The oldest starting point: a newer revision on the server then always comes back as a 409 to review.
    const baseRevision = Math.min(...pending.map((d) => d.baseRevision))
    try {
      const product = await backend.updateProduct(urn, { baseRevision, changes: toChanges(pending) })
      return result(product)
    } catch (error) {
      if (!(error instanceof ConflictError) || !error.current || round >= MAX_REBASES) throw error
      const review = reviewConflict(pending, error.current)
      if (review.conflicts.length > 0) throw new EditConflictError(review, error.current)
      const current = error.current
      gone.push(...review.gone)
      pending = review.clean.map((d) => rebaseDraft(d, current))
      rebasedOver = current
      if (pending.length === 0) return result(current)
    }
  }
}

const applyAll = (product: DataProduct, edits: readonly FieldEdit[]) => edits.reduce(applyEdit, product)

const saveKey = (backendId: string, urn: Urn) => ['save-edits', backendId, urn] as const

/** Edits of other saves of this product still under way, to keep showing them over the server's answer. */
function otherPendingEdits(queryClient: QueryClient, backendId: string, urn: Urn, own: SaveEditsVariables): FieldEdit[] {
  return queryClient
    .getMutationCache()
    .findAll({ mutationKey: saveKey(backendId, urn), status: 'pending' })
    .map((m) => m.state.variables as SaveEditsVariables | undefined)
    .filter((v): v is SaveEditsVariables => v !== undefined && v !== own)
    .flatMap((v) => v.drafts)
}

function putInSnapshot(queryClient: QueryClient, backendId: string, product: DataProduct) {
  queryClient.setQueryData<Catalog>(catalogKeys.snapshot(backendId), (catalog) =>
    catalog ? { ...catalog, products: catalog.products.map((p) => (p.urn === product.urn ? product : p)) } : catalog,
  )
}

/**
 * Saves drafts of a product's fields. The page shows them at once (optimistic update); a
 * failure puts back exactly the fields it had changed, a conflict shows the server's version.
 * Saves of one product run one after another, and a save that meets a newer revision in which
 * nobody touched its fields is made again on top of it; only overlapping changes are a conflict.
 */
export function useSaveEdits(urn: Urn) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  const productKey = catalogKeys.product(backend.id, urn)
  return useMutation({
    mutationKey: saveKey(backend.id, urn),
    scope: { id: `save-edits:${backend.id}:${urn}` },
    // Try even when the browser thinks it is offline: the owner hears at once and keeps the draft.
    networkMode: 'always',
    mutationFn: ({ drafts }: SaveEditsVariables) => saveWithRebase(backend, urn, drafts),
    onMutate: async ({ drafts }) => {
      await queryClient.cancelQueries({ queryKey: productKey })
      const before = queryClient.getQueryData<DataProduct>(productKey)
      const previous = before ? drafts.map((d) => ({ ref: d.ref, value: readField(before, d.ref) })) : []
      if (before) queryClient.setQueryData<DataProduct>(productKey, applyAll(before, drafts))
      return { previous }
    },
    onError: (error, variables, context) => {
      const shown = queryClient.getQueryData<DataProduct>(productKey)
      if (error instanceof ConflictError && error.current) {
        queryClient.setQueryData<DataProduct>(productKey, applyAll(error.current, otherPendingEdits(queryClient, backend.id, urn, variables)))
        putInSnapshot(queryClient, backend.id, error.current)
        return
      }
      if (!shown || !context) return
      const restore = context.previous.filter((p): p is FieldEdit => p.value !== undefined)
      queryClient.setQueryData<DataProduct>(productKey, applyAll(shown, restore))
    },
    onSuccess: async (result, variables) => {
      queryClient.setQueryData<DataProduct>(productKey, applyAll(result.product, otherPendingEdits(queryClient, backend.id, urn, variables)))
      putInSnapshot(queryClient, backend.id, result.product)
      // A server's results may still show the old text; the next search asks again.
      void queryClient.invalidateQueries({ queryKey: searchKeys.all(backend.id), refetchType: 'none' })
      await queryClient.invalidateQueries({ queryKey: catalogKeys.history(backend.id, urn) })
    },
  })
}
