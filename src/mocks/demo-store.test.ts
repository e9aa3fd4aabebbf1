import { createDemoStore, memoryPersistence } from './demo-store'
import { demoMesh } from './demo-mesh/demo-mesh'

const SESSIONS = 'urn:tessera:product:playback.playback_sessions'

describe('demo store', () => {
  it('keeps edits in its persistence, so a new store (a reload) sees them', async () => {
    const persistence = memoryPersistence()
    const first = createDemoStore(demoMesh, persistence)
    await first.ready
    const result = await first.update(SESSIONS, 'maya-chen', 1, { tags: ['edited'] })
    expect(result.status).toBe('ok')

    const reloaded = createDemoStore(demoMesh, persistence)
    await reloaded.ready
    expect(reloaded.product(SESSIONS)?.tags).toEqual(['edited'])
    expect(reloaded.catalog().products.find((p) => p.urn === SESSIONS)?.revision).toBe(2)
    expect(reloaded.history(SESSIONS)[0]?.diff[0]).toMatchObject({ field: 'tags', after: 'edited' })
  })

  it('never changes the pristine mesh', async () => {
    const store = createDemoStore(demoMesh, memoryPersistence())
    await store.ready
    const before = demoMesh.products.find((p) => p.urn === SESSIONS)?.description
    await store.update(SESSIONS, 'maya-chen', 1, { description: 'changed' })
    expect(demoMesh.products.find((p) => p.urn === SESSIONS)?.description).toBe(before)
  })

  it('starts from the pristine mesh when its persistence fails', async () => {
    const store = createDemoStore(demoMesh, { load: () => Promise.reject(new Error('blocked')), save: async () => undefined })
    await store.ready
    expect(store.catalog().products).toHaveLength(demoMesh.products.length)
  })

  it('answers conflict for a stale revision and not-found for an unknown product', async () => {
    const store = createDemoStore(demoMesh, memoryPersistence())
    await store.update(SESSIONS, 'maya-chen', 1, { description: 'one' })
    expect((await store.update(SESSIONS, 'maya-chen', 1, { description: 'two' })).status).toBe('conflict')
    expect((await store.update('urn:none', 'maya-chen', 1, {})).status).toBe('not-found')
  })
})

describe('demo store when storage fails', () => {
  it('does not keep an edit it could not store', async () => {
    const store = createDemoStore(demoMesh, { load: async () => undefined, save: () => Promise.reject(new Error('quota')) })
    await expect(store.update(SESSIONS, 'maya-chen', 1, { description: 'lost?' })).rejects.toThrow('quota')
    expect(store.product(SESSIONS)?.revision).toBe(1)
  })
})

describe('demo store shared by two tabs', () => {
  it('sees what the other tab saved and reports a conflict instead of overwriting it', async () => {
    const shared = memoryPersistence()
    const tabA = createDemoStore(demoMesh, shared)
    const tabB = createDemoStore(demoMesh, shared)
    await Promise.all([tabA.ready, tabB.ready])
    expect((await tabB.update(SESSIONS, 'maya-chen', 1, { description: 'from B' })).status).toBe('ok')
    const result = await tabA.update(SESSIONS, 'maya-chen', 1, { description: 'from A' })
    expect(result).toMatchObject({ status: 'conflict', current: { description: 'from B', revision: 2 } })
  })
})

describe('demo store history', () => {
  it('records column tags and classification, and names owners in the diff', async () => {
    const store = createDemoStore(demoMesh, memoryPersistence(), () => new Date('2025-05-01T09:00:00Z'))
    const port = demoMesh.products.find((p) => p.urn === SESSIONS)!.outputPorts[0]!
    const column = port.columns[0]!.name
    const result = await store.update(SESSIONS, 'lena-fischer', 1, {
      columnTags: [{ outputPortId: port.id, column, tags: ['key'] }],
      columnClassifications: [{ outputPortId: port.id, column, classification: 'restricted' }],
      owners: [{ role: 'steward', personId: 'lena-fischer' }],
    })
    expect(result.status).toBe('ok')
    const [change] = store.history(SESSIONS)
    expect(change).toMatchObject({ revision: 2, by: 'lena-fischer', at: '2025-05-01T09:00:00.000Z' })
    expect(change!.fields).toEqual(['owners', `columns.${port.id}.${column}#tags`, `columns.${port.id}.${column}#classification`])
    expect(change!.diff[0]!.after).toBe('Steward: Lena Fischer')
  })

  it('does not make a revision for a change that changes nothing', async () => {
    const store = createDemoStore(demoMesh, memoryPersistence())
    const current = demoMesh.products.find((p) => p.urn === SESSIONS)!
    const result = await store.update(SESSIONS, 'maya-chen', 1, { description: current.description })
    expect(result).toMatchObject({ status: 'ok', product: { revision: 1 } })
    expect(store.history(SESSIONS)).toEqual([])
  })
})
