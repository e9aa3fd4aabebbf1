import { applyChanges, type NameLookup } from '../model/product-edits'
import type { Catalog, DataProduct, EditableProductFields, ProductChange, Urn } from '../model/types'
import { emptyActivity, type DemoActivity } from './demo-activity'

/** Edits made through the demo API, kept apart from the pristine mesh so a reset is one delete. */
export interface DemoEdits {
  products: Record<Urn, DataProduct>
  history: Record<Urn, ProductChange[]>
  /** Access requests, follows and saved searches; absent in edits saved before they existed. */
  activity?: DemoActivity
}

export interface DemoPersistence {
  load(): Promise<DemoEdits | undefined>
  save(edits: DemoEdits): Promise<void>
}

export type UpdateResult =
  | { status: 'ok'; product: DataProduct }
  | { status: 'not-found' }
  | { status: 'conflict'; current: DataProduct }

export const memoryPersistence = (): DemoPersistence => {
  let saved: DemoEdits | undefined
  return {
    load: async () => (saved ? structuredClone(saved) : undefined),
    save: async (edits) => {
      saved = structuredClone(edits)
    },
  }
}

/** The demo server's state: the pristine mesh plus persisted edits, with optimistic-concurrency checks. */
export function createDemoStore(mesh: Catalog, persistence: DemoPersistence, now: () => Date = () => new Date()) {
  let edits: DemoEdits = { products: {}, history: {} }
  const byUrn = new Map(mesh.products.map((p) => [p.urn, p]))
  const teamNames = new Map(mesh.teams.map((t) => [t.id, t.name]))
  const personNames = new Map(mesh.people.map((p) => [p.id, p.name]))
  const names: NameLookup = { team: (id) => teamNames.get(id), person: (id) => personNames.get(id) }
  // Several tabs share one IndexedDB: re-reading it per request lets a tab see, and conflict
  // with, what another tab saved, as clients of one real server would.
  const sync = () =>
    persistence
      .load()
      .then((loaded) => {
        if (loaded) edits = loaded
      })
      .catch(() => undefined)
  const ready = sync()

  // Observations are not editable: an edit saved days ago must not freeze them at that day.
  const withCurrentObservations = (edited: DataProduct, pristine: DataProduct | undefined): DataProduct =>
    pristine
      ? {
          ...edited,
          slos: pristine.slos,
          ...(pristine.contract ? { contract: pristine.contract } : {}),
          ...(pristine.monitoredChecks ? { monitoredChecks: pristine.monitoredChecks } : {}),
        }
      : edited
  const edited = (urn: Urn): DataProduct | undefined => {
    const saved = edits.products[urn]
    return saved && withCurrentObservations(saved, byUrn.get(urn))
  }
  const product = (urn: Urn): DataProduct | undefined => edited(urn) ?? byUrn.get(urn)

  return {
    ready,
    sync,
    mesh,
    now,
    product,
    catalog(): Catalog {
      return { ...mesh, products: mesh.products.map((p) => edited(p.urn) ?? p) }
    },
    history(urn: Urn): ProductChange[] {
      return edits.history[urn] ?? []
    },
    async update(urn: Urn, by: string, baseRevision: number, changes: Partial<EditableProductFields>): Promise<UpdateResult> {
      await sync()
      const current = product(urn)
      if (!current) return { status: 'not-found' }
      if (current.revision !== baseRevision) return { status: 'conflict', current }
      const { product: changed, diff } = applyChanges(current, changes, names)
      // Nothing actually changed: no new revision, no empty history entry.
      if (diff.length === 0) return { status: 'ok', product: current }
      const saved: DataProduct = { ...changed, revision: current.revision + 1, updatedAt: now().toISOString(), updatedBy: by }
      const change: ProductChange = { revision: saved.revision, at: saved.updatedAt, by, fields: diff.map((d) => d.field), diff }
      const next: DemoEdits = {
        ...edits,
        products: { ...edits.products, [urn]: saved },
        history: { ...edits.history, [urn]: [change, ...(edits.history[urn] ?? [])] },
      }
      // Only a change that was stored counts as saved; a failed write leaves nothing half-done.
      await persistence.save(next)
      edits = next
      return { status: 'ok', product: saved }
    },
    activity(): DemoActivity {
      return edits.activity ?? emptyActivity()
    },
    /** Applies `change` to the activity as stored now; what it returns is saved, unless it returns undefined. */
    async changeActivity<T>(change: (current: DemoActivity) => { next: DemoActivity; result: T } | { next?: undefined; result: T }): Promise<T> {
      await sync()
      const { next, result } = change(edits.activity ?? emptyActivity())
      if (next) {
        const saved: DemoEdits = { ...edits, activity: next }
        await persistence.save(saved)
        edits = saved
      }
      return result
    },
    async reset() {
      edits = { products: {}, history: {} }
      await persistence.save(edits)
    },
  }
}

export type DemoStore = ReturnType<typeof createDemoStore>
