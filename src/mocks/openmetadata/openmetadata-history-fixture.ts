import { describeChange } from './describe-change'

/**
 * Earlier versions of the fixture's entities, so the emulated OpenMetadata has a history to serve:
 * each entity's earlier states, oldest first, as changes to the entity as served. Version numbers
 * count up by 0.1 to the served version, and each version's `changeDescription` is worked out from
 * the one before it, as the server records it.
 */
type Entity = Record<string, unknown> & { id: string; fullyQualifiedName?: string; version?: unknown; updatedAt?: unknown }

interface EarlierState {
  daysBefore: number
  updatedBy: string
  /** How the entity differed from the version served. */
  differs: (current: Entity) => Record<string, unknown>
}

const DAY = 86_400_000

const withColumn = (current: Entity, name: string, change: Record<string, unknown>) => ({
  columns: (current.columns as Record<string, unknown>[]).map((c) => {
    if (c.name !== name) return c
    const copy = { ...c, ...change }
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete copy[key]
    return copy
  }),
})

const created = (daysBefore: number, updatedBy: string, differs: EarlierState['differs']): EarlierState => ({ daysBefore, updatedBy, differs })

const EARLIER: Record<string, EarlierState[]> = {
  // data product Orders, served at 0.3: created by Bo, documented by Jane, then tagged by Jane.
  Orders: [
    created(40, 'bo.smith', () => ({ description: 'Every order from the web shop.', experts: [], tags: [] })),
    created(12, 'jane.doe', () => ({ tags: [] })),
  ],
  // table orders, served at 0.2: ingested, then the e-mail column documented and marked sensitive.
  'snowflake_prod.acme.orders.orders': [created(60, 'ingestion-bot', (t) => withColumn(t, 'customer_email', { description: 'Buyer e-mail.', tags: undefined }))],
  'snowflake_prod.acme.orders.order_lines': [created(60, 'ingestion-bot', () => ({ description: undefined }))],
  'snowflake_prod.acme.marketing.campaign_orders': [created(30, 'ingestion-bot', () => ({ description: undefined }))],
  'snowflake_prod.acme.raw.shop_events': [created(90, 'ingestion-bot', () => ({ description: undefined }))],
}

const round = (version: number) => Math.round(version * 10) / 10

/**
 * The entities with the change description of their served version, and each one's earlier
 * versions by id, oldest first.
 */
export function withHistory<T extends Entity>(entities: readonly T[]): { current: T[]; earlier: Map<string, Entity[]> } {
  const earlier = new Map<string, Entity[]>()
  const current = entities.map((entity) => {
    const states = EARLIER[entity.fullyQualifiedName ?? ''] ?? []
    const versions: Entity[] = states.map((state, i) => {
      const snapshot: Entity = { ...structuredClone(entity), ...state.differs(entity), version: round(0.1 * (i + 1)), updatedAt: Number(entity.updatedAt) - state.daysBefore * DAY, updatedBy: state.updatedBy }
      for (const [key, value] of Object.entries(snapshot)) if (value === undefined) delete snapshot[key]
      delete snapshot.changeDescription
      return snapshot
    })
    if (states.length && round(0.1 * (states.length + 1)) !== entity.version) throw new Error(`${entity.fullyQualifiedName} is served at ${String(entity.version)}, after ${states.length} earlier versions`)
    for (let i = 1; i < versions.length; i++) versions[i]!.changeDescription = describeChange(versions[i - 1]!, versions[i]!)
    earlier.set(entity.id, versions)
    return versions.length ? { ...entity, changeDescription: describeChange(versions.at(-1)!, entity) } : entity
  })
  return { current, earlier }
}
