import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { pendingDrafts, startDraft, type Draft } from '../../../model/drafts'
import { rebaseDraft } from '../../../model/edit-conflict'
import { fieldKey, fieldLabel, isWritable, readField, sameValue, summariseFields, type FieldRef, type FieldValue } from '../../../model/product-edits'
import { OWNER_ROLES, type DataProduct, type EditableProductFields, type OwnerRole } from '../../../model/types'
import { useBackend } from '../../../queries/backend-context'
import { storedDraftsQuery, useDraftBook } from '../../../queries/drafts'
import { EditConflictError, useSaveEdits } from '../../../queries/product-mutations'
import './editing.css'
import { EditSessionContext, type ConflictState, type EditSession, type FieldStatus, type Resolution } from './edit-session-context'

// Long enough to write once per burst of typing, short enough that a crash loses at most a word.
const PERSIST_DELAY_MS = 250

const withEntry = <V,>(map: ReadonlyMap<string, V>, key: string, value: V | undefined) => {
  const next = new Map(map)
  if (value === undefined) next.delete(key)
  else next.set(key, value)
  return next
}

/**
 * Holds a product's editing state for its page: drafts typed this visit (kept on the device
 * as they change), drafts an earlier visit left, saves under way and conflicts to resolve.
 */
export function EditSessionProvider({
  product,
  canEdit,
  editableFields,
  ownerRoles = OWNER_ROLES,
  children,
}: {
  product: DataProduct
  canEdit: boolean
  /** What the backend can write, when not everything. */
  editableFields?: readonly (keyof EditableProductFields)[]
  /** The owner roles the backend can record, when not all. */
  ownerRoles?: readonly OwnerRole[]
  children: ReactNode
}) {
  const backend = useBackend()
  const book = useDraftBook()
  const urn = product.urn
  const saveEdits = useSaveEdits(urn)
  const { data: storedOnOpen } = useQuery(storedDraftsQuery(book, backend.id, urn))

  const [active, setActive] = useState<ReadonlyMap<string, Draft>>(() => new Map())
  // Read by handlers between renders: typing updates it at once, the state a moment later.
  const activeNow = useRef<ReadonlyMap<string, Draft>>(active)
  const [decided, setDecided] = useState<ReadonlySet<string>>(() => new Set())
  const [statuses, setStatuses] = useState<ReadonlyMap<string, FieldStatus>>(() => new Map())
  const [conflict, setConflict] = useState<ConflictState>()
  const [storageProblem, setStorageProblem] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())
  const productNow = useRef(product)
  useEffect(() => {
    productNow.current = product
  }, [product])

  const stored = useMemo(
    () => pendingDrafts(storedOnOpen ?? [], product).filter((d) => !decided.has(fieldKey(d.ref)) && !active.has(fieldKey(d.ref))),
    [storedOnOpen, product, decided, active],
  )
  const storedNow = useRef(stored)
  useEffect(() => {
    storedNow.current = stored
  }, [stored])

  const setStatus = (key: string, status: FieldStatus | undefined) => setStatuses((current) => withEntry(current, key, status))
  const keep = useCallback(
    (promise: Promise<void>) => {
      promise.then(() => setStorageProblem(false), () => setStorageProblem(true))
    },
    [],
  )

  const commit = useCallback((next: ReadonlyMap<string, Draft>) => {
    activeNow.current = next
    setActive(next)
  }, [])

  const persistLater = useCallback(
    (draft: Draft) => {
      const key = fieldKey(draft.ref)
      clearTimeout(timers.current.get(key))
      timers.current.set(
        key,
        setTimeout(() => {
          timers.current.delete(key)
          setActive(activeNow.current)
          keep(book.put(urn, draft))
        }, PERSIST_DELAY_MS),
      )
    },
    [book, keep, urn],
  )

  const flush = useCallback(() => {
    for (const [key, timer] of timers.current) {
      clearTimeout(timer)
      const draft = activeNow.current.get(key)
      if (draft) keep(book.put(urn, draft))
    }
    timers.current.clear()
    setActive(activeNow.current)
  }, [book, keep, urn])

  // A tab being hidden may never come back (closed, killed on a phone): write what is pending now.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHide)
      flush()
    }
  }, [flush])

  const adopt = useCallback(
    (drafts: readonly Draft[]) => {
      if (drafts.length === 0) return
      let next = activeNow.current
      for (const draft of drafts) next = withEntry(next, fieldKey(draft.ref), draft)
      commit(next)
      setDecided((current) => new Set([...current, ...drafts.map((d) => fieldKey(d.ref))]))
    },
    [commit],
  )

  const edit = useCallback(
    (ref: FieldRef, value: FieldValue) => {
      const key = fieldKey(ref)
      const earlier = activeNow.current.get(key) ?? storedNow.current.find((d) => fieldKey(d.ref) === key)
      const draft: Draft = earlier ? { ...earlier, value, updatedAt: new Date().toISOString() } : startDraft(productNow.current, ref, value, new Date())
      const firstEdit = !activeNow.current.has(key)
      activeNow.current = withEntry(activeNow.current, key, draft)
      if (firstEdit) {
        setActive(activeNow.current)
        setDecided((current) => new Set([...current, key]))
      }
      setStatuses((current) => (current.get(key)?.state === 'saved' ? withEntry(current, key, undefined) : current))
      persistLater(draft)
    },
    [persistLater],
  )

  const forget = useCallback(
    (refs: readonly FieldRef[]) => {
      let next = activeNow.current
      for (const ref of refs) {
        const key = fieldKey(ref)
        clearTimeout(timers.current.get(key))
        timers.current.delete(key)
        next = withEntry(next, key, undefined)
      }
      commit(next)
    },
    [commit],
  )

  const discard = useCallback(
    (refs: readonly FieldRef[]) => {
      forget(refs)
      setDecided((current) => new Set([...current, ...refs.map(fieldKey)]))
      setStatuses((current) => refs.reduce((map, ref) => withEntry(map, fieldKey(ref), undefined), current))
      setConflict((current) => {
        if (!current) return current
        const left = current.conflicts.filter((c) => !refs.some((r) => fieldKey(r) === fieldKey(c.draft.ref)))
        return left.length ? { ...current, conflicts: left } : undefined
      })
      keep(book.remove(urn, refs))
    },
    [book, forget, keep, urn],
  )

  const save = useCallback(
    async (refs?: readonly FieldRef[]): Promise<boolean> => {
      const keys = refs ? refs.map(fieldKey) : [...activeNow.current.keys()]
      const drafts = keys.map((key) => activeNow.current.get(key)).filter((d): d is Draft => d !== undefined)
      if (drafts.length === 0) return false
      const what = summariseFields(drafts.map((d) => d.ref))
      // Written before the request leaves: a tab closed mid-save still has the draft.
      for (const draft of drafts) {
        clearTimeout(timers.current.get(fieldKey(draft.ref)))
        timers.current.delete(fieldKey(draft.ref))
        keep(book.put(urn, draft))
      }
      setStatuses((current) => drafts.reduce((map, d) => withEntry(map, fieldKey(d.ref), { state: 'saving' }), current))
      setAnnouncement(`Saving ${what.toLowerCase()}…`)
      try {
        const result = await saveEdits.mutateAsync({ drafts })
        let next = activeNow.current
        for (const saved of result.saved) {
          const key = fieldKey(saved.ref)
          const now = next.get(key)
          // Typed on while the save was under way: keep the newer text, now starting from what was saved.
          next = withEntry(next, key, now && !sameValue(now.value, saved.value) ? rebaseDraft(now, result.product) : undefined)
        }
        commit(next)
        keep(book.remove(urn, result.saved.map((d) => d.ref), (ref) => result.saved.find((d) => fieldKey(d.ref) === fieldKey(ref))!.value))
        const savedStatus: FieldStatus = { state: 'saved', ...(result.rebasedOver ? { rebasedOverBy: result.rebasedOver.updatedBy ?? 'someone' } : {}) }
        setStatuses((current) => result.saved.reduce((map, d) => withEntry(map, fieldKey(d.ref), savedStatus), current))
        for (const gone of result.gone) setStatus(fieldKey(gone.ref), { state: 'failed', error: new Error(`${fieldLabel(gone.ref)} is no longer in the product, so this draft could not be saved.`) })
        setAnnouncement(`${what} saved.`)
        return true
      } catch (error) {
        if (error instanceof EditConflictError) {
          const { review, theirs } = error
          let next = activeNow.current
          for (const d of review.settled) next = withEntry(next, fieldKey(d.ref), undefined)
          for (const d of review.clean) next = withEntry(next, fieldKey(d.ref), rebaseDraft(d, theirs))
          commit(next)
          keep(book.remove(urn, review.settled.map((d) => d.ref)))
          for (const d of review.clean) keep(book.put(urn, rebaseDraft(d, theirs)))
          setStatuses((current) => {
            let map = current
            for (const d of [...review.clean, ...review.settled]) map = withEntry(map, fieldKey(d.ref), undefined)
            for (const c of review.conflicts) map = withEntry(map, fieldKey(c.draft.ref), { state: 'conflict' })
            return map
          })
          setConflict({ theirs, conflicts: review.conflicts, others: review.clean.map((d) => d.ref) })
          setAnnouncement(`Not saved: someone else changed ${summariseFields(review.conflicts.map((c) => c.draft.ref)).toLowerCase()} first. Choose which version to keep.`)
        } else {
          setStatuses((current) => drafts.reduce((map, d) => withEntry(map, fieldKey(d.ref), { state: 'failed', error }), current))
          setAnnouncement(`${what} not saved. Your changes are kept as a draft.`)
        }
        return false
      }
    },
    [book, commit, keep, saveEdits, urn],
  )

  const resolveConflict = useCallback(
    (resolutions: ReadonlyMap<string, Resolution>) => {
      if (!conflict) return
      const { theirs } = conflict
      const dropped: FieldRef[] = []
      const resolved: Draft[] = []
      for (const { draft, theirs: theirValue } of conflict.conflicts) {
        const resolution = resolutions.get(fieldKey(draft.ref))
        if (!resolution) continue
        if (resolution.choice === 'theirs') dropped.push(draft.ref)
        else resolved.push({ ...draft, value: resolution.choice === 'mine' ? draft.value : resolution.value, base: theirValue, baseRevision: theirs.revision, updatedAt: new Date().toISOString() })
      }
      discard(dropped)
      adopt(resolved)
      for (const d of resolved) keep(book.put(urn, d))
      setConflict(undefined)
      const refs = [...resolved.map((d) => d.ref), ...conflict.others]
      if (refs.length > 0) void save(refs)
      else setAnnouncement('Their version kept.')
    },
    [adopt, book, conflict, discard, keep, save, urn],
  )

  const session = useMemo<EditSession>(() => {
    const unsaved = [...active.values()].filter((d) => statuses.get(fieldKey(d.ref))?.state === 'saving' || !sameValue(d.value, readField(product, d.ref)))
    return {
      product,
      canEdit,
      canEditField: (ref) => canEdit && isWritable(ref, editableFields),
      ownerRoles,
      valueOf: (ref) => activeNow.current.get(fieldKey(ref))?.value ?? readField(productNow.current, ref),
      draftOf: (ref) => activeNow.current.get(fieldKey(ref)),
      edit,
      open: (ref) => adopt(storedNow.current.filter((d) => fieldKey(d.ref) === fieldKey(ref))),
      discard,
      save,
      statusOf: (ref) => statuses.get(fieldKey(ref)),
      statuses,
      unsaved,
      stored,
      restore: () => adopt(storedNow.current),
      discardStored: () => discard(storedNow.current.map((d) => d.ref)),
      conflict,
      resolveConflict,
      postponeConflict: () => setConflict(undefined),
      storageProblem,
    }
  }, [active, adopt, canEdit, conflict, discard, edit, editableFields, ownerRoles, product, resolveConflict, save, statuses, storageProblem, stored])

  return (
    <EditSessionContext.Provider value={session}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </EditSessionContext.Provider>
  )
}
