/**
 * Unsaved edits kept on the owner's device, per product and per field, so that a reload, a
 * crash, a closed tab or a failed save never loses a word. Storage sits behind a small
 * interface: IndexedDB in the browser, memory in tests.
 */
import { fieldKey, readField, sameValue, type FieldRef, type FieldValue } from './product-edits'
import { CLASSIFICATIONS, OWNER_ROLES, type DataProduct } from './types'

export interface Draft {
  ref: FieldRef
  /** What the owner has typed so far. */
  value: FieldValue
  /** The field's value when the edit started: a save conflicts only if the server's value moved from it. */
  base: FieldValue
  /** The product revision the edit started from. */
  baseRevision: number
  /** ISO time of the last keystroke kept. */
  updatedAt: string
}

/** Where drafts are kept: a key-value store of JSON-like values. */
export interface DraftStorage {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
  delete(key: string): Promise<void>
}

/** Drafts in memory only: for tests, and for browsers that refuse every kind of storage. */
export function memoryDraftStorage(): DraftStorage & { readonly size: number } {
  const values = new Map<string, unknown>()
  return {
    get: async (key) => structuredClone(values.get(key)),
    set: async (key, value) => void values.set(key, structuredClone(value)),
    delete: async (key) => void values.delete(key),
    get size() {
      return values.size
    },
  }
}

const FORMAT = 1
interface StoredDrafts {
  format: typeof FORMAT
  drafts: Record<string, Draft>
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')

function parseRef(raw: unknown): FieldRef | undefined {
  if (!isRecord(raw)) return undefined
  if (raw.kind === 'product' && ['description', 'tags', 'glossaryTerms', 'owners', 'links'].includes(raw.field as string)) {
    return { kind: 'product', field: raw.field as Extract<FieldRef, { kind: 'product' }>['field'] }
  }
  if (raw.kind === 'column' && ['description', 'tags', 'classification'].includes(raw.field as string) && typeof raw.outputPortId === 'string' && typeof raw.column === 'string') {
    return { kind: 'column', field: raw.field as Extract<FieldRef, { kind: 'column' }>['field'], outputPortId: raw.outputPortId, column: raw.column }
  }
  return undefined
}

/** Whether `value` has the shape `ref`'s field holds. */
export function isValueFor(ref: FieldRef, value: unknown): value is FieldValue {
  if (ref.field === 'description') return typeof value === 'string'
  if (ref.field === 'classification') return value === null || CLASSIFICATIONS.includes(value as never)
  if (ref.kind === 'product' && ref.field === 'owners') {
    return Array.isArray(value) && value.every((o) => isRecord(o) && OWNER_ROLES.includes(o.role as never) && (typeof o.teamId === 'string' || typeof o.personId === 'string'))
  }
  if (ref.kind === 'product' && ref.field === 'links') {
    return Array.isArray(value) && value.every((l) => isRecord(l) && typeof l.label === 'string' && typeof l.url === 'string')
  }
  return isStringList(value)
}

/** A stored draft, checked: storage can hold anything (an old format, another app's data). */
export function parseDraft(raw: unknown): Draft | undefined {
  if (!isRecord(raw)) return undefined
  const ref = parseRef(raw.ref)
  if (!ref || !isValueFor(ref, raw.value) || !isValueFor(ref, raw.base)) return undefined
  if (typeof raw.baseRevision !== 'number' || !Number.isFinite(raw.baseRevision) || typeof raw.updatedAt !== 'string') return undefined
  return { ref, value: raw.value, base: raw.base, baseRevision: raw.baseRevision, updatedAt: raw.updatedAt }
}

function parseStored(raw: unknown): Record<string, Draft> {
  if (!isRecord(raw) || raw.format !== FORMAT || !isRecord(raw.drafts)) return {}
  const drafts: Record<string, Draft> = {}
  for (const value of Object.values(raw.drafts)) {
    const draft = parseDraft(value)
    if (draft) drafts[fieldKey(draft.ref)] = draft
  }
  return drafts
}

/**
 * The drafts of one backend's products, one record per product. Writes to a product are
 * queued, so two fields typed at once cannot overwrite each other's draft.
 */
export function createDraftBook(storage: DraftStorage, scope: string) {
  const keyOf = (urn: string) => `drafts:${scope}:${urn}`
  const queues = new Map<string, Promise<unknown>>()

  const read = async (urn: string) => parseStored(await storage.get(keyOf(urn)).catch(() => undefined))
  // A failed write must not stall the queue: the next one still runs, and the caller still hears of it.
  const change = (urn: string, update: (drafts: Record<string, Draft>) => void): Promise<void> => {
    const run = (queues.get(urn) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const drafts = await read(urn)
        update(drafts)
        if (Object.keys(drafts).length === 0) await storage.delete(keyOf(urn))
        else await storage.set(keyOf(urn), { format: FORMAT, drafts } satisfies StoredDrafts)
      })
    queues.set(urn, run)
    return run
  }

  return {
    /** Every draft kept for `urn`, oldest field first; malformed entries are dropped. */
    async load(urn: string): Promise<Draft[]> {
      await queues.get(urn)?.catch(() => undefined)
      return Object.values(await read(urn))
    },
    /** Keeps `draft`, replacing any earlier draft of the same field. */
    put(urn: string, draft: Draft): Promise<void> {
      return change(urn, (drafts) => {
        drafts[fieldKey(draft.ref)] = draft
      })
    },
    /**
     * Forgets the drafts of `refs`. With `onlyIf`, a draft is kept when its value has moved on
     * from the one given (the owner typed more while the save was under way).
     */
    remove(urn: string, refs: readonly FieldRef[], onlyIf?: (ref: FieldRef) => FieldValue): Promise<void> {
      return change(urn, (drafts) => {
        for (const ref of refs) {
          const key = fieldKey(ref)
          const kept = drafts[key]
          if (kept && (!onlyIf || sameValue(kept.value, onlyIf(ref)))) delete drafts[key]
        }
      })
    },
    /** Forgets every draft of `urn`. */
    clear(urn: string): Promise<void> {
      return change(urn, (drafts) => {
        for (const key of Object.keys(drafts)) delete drafts[key]
      })
    },
  }
}

export type DraftBook = ReturnType<typeof createDraftBook>

/** Starts a draft of `ref` from the product as it is now. */
export function startDraft(product: DataProduct, ref: FieldRef, value: FieldValue, now: Date): Draft {
  const base = readField(product, ref) ?? null
  return { ref, value, base, baseRevision: product.revision, updatedAt: now.toISOString() }
}

/**
 * Drafts still worth offering: their field exists and their value differs from the product's
 * (a draft equal to what is saved — say, saved from another tab — is spent).
 */
export function pendingDrafts(drafts: readonly Draft[], product: DataProduct): Draft[] {
  return drafts.filter((draft) => {
    const current = readField(product, draft.ref)
    return current !== undefined && !sameValue(current, draft.value)
  })
}

/** The newest `updatedAt` among `drafts`, for "kept at 14:02". */
export function lastKept(drafts: readonly Draft[]): string | undefined {
  return drafts.reduce<string | undefined>((latest, d) => (latest === undefined || d.updatedAt > latest ? d.updatedAt : latest), undefined)
}
