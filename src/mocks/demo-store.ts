import type { Catalog, DataProduct, EditableProductFields, Column, ProductChange, Urn } from '../model/types'

/** Edits made through the demo API, kept apart from the pristine mesh so a reset is one delete. */
export interface DemoEdits {
  products: Record<Urn, DataProduct>
  history: Record<Urn, ProductChange[]>
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

const display = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')
  return JSON.stringify(value ?? '')
}

function withColumnDescription(columns: Column[], path: string[], description: string): Column[] | undefined {
  const [head, ...rest] = path
  const index = columns.findIndex((c) => c.name === head)
  const column = columns[index]
  if (!column) return undefined
  let next: Column
  if (rest.length === 0) {
    next = { ...column, description }
  } else {
    const fields = withColumnDescription(column.fields ?? [], rest, description)
    if (!fields) return undefined
    next = { ...column, fields }
  }
  return columns.map((c, i) => (i === index ? next : c))
}

function applyChanges(product: DataProduct, changes: Partial<EditableProductFields>): { product: DataProduct; diff: ProductChange['diff'] } {
  const diff: ProductChange['diff'] = []
  let next = { ...product }
  for (const field of ['description', 'tags', 'glossaryTerms', 'owners', 'links'] as const) {
    const value = changes[field]
    if (value === undefined) continue
    const before = display(product[field])
    const after = display(value)
    if (before !== after) diff.push({ field, before, after })
    next = { ...next, [field]: value }
  }
  for (const { outputPortId, column, description } of changes.columnDescriptions ?? []) {
    next = {
      ...next,
      outputPorts: next.outputPorts.map((port) => {
        if (port.id !== outputPortId) return port
        const columns = withColumnDescription(port.columns, column.split('.'), description)
        if (!columns) return port
        const before = findColumn(port.columns, column)?.description ?? ''
        if (before !== description) diff.push({ field: `columns.${port.id}.${column}`, before, after: description })
        return { ...port, columns }
      }),
    }
  }
  return { product: next, diff }
}

function findColumn(columns: Column[], path: string): Column | undefined {
  let found: Column | undefined
  let level = columns
  for (const name of path.split('.')) {
    found = level.find((c) => c.name === name)
    if (!found) return undefined
    level = found.fields ?? []
  }
  return found
}

/** The demo server's state: the pristine mesh plus persisted edits, with optimistic-concurrency checks. */
export function createDemoStore(mesh: Catalog, persistence: DemoPersistence, now: () => Date = () => new Date()) {
  let edits: DemoEdits = { products: {}, history: {} }
  const byUrn = new Map(mesh.products.map((p) => [p.urn, p]))
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

  const product = (urn: Urn): DataProduct | undefined => edits.products[urn] ?? byUrn.get(urn)

  return {
    ready,
    sync,
    mesh,
    product,
    catalog(): Catalog {
      return { ...mesh, products: mesh.products.map((p) => edits.products[p.urn] ?? p) }
    },
    history(urn: Urn): ProductChange[] {
      return edits.history[urn] ?? []
    },
    async update(urn: Urn, by: string, baseRevision: number, changes: Partial<EditableProductFields>): Promise<UpdateResult> {
      await sync()
      const current = product(urn)
      if (!current) return { status: 'not-found' }
      if (current.revision !== baseRevision) return { status: 'conflict', current }
      const { product: changed, diff } = applyChanges(current, changes)
      const saved: DataProduct = { ...changed, revision: current.revision + 1, updatedAt: now().toISOString(), updatedBy: by }
      const change: ProductChange = { revision: saved.revision, at: saved.updatedAt, by, fields: diff.map((d) => d.field), diff }
      const next: DemoEdits = {
        products: { ...edits.products, [urn]: saved },
        history: { ...edits.history, [urn]: [change, ...(edits.history[urn] ?? [])] },
      }
      // Only a change that was stored counts as saved; a failed write leaves nothing half-done.
      await persistence.save(next)
      edits = next
      return { status: 'ok', product: saved }
    },
    async reset() {
      edits = { products: {}, history: {} }
      await persistence.save(edits)
    },
  }
}

export type DemoStore = ReturnType<typeof createDemoStore>
