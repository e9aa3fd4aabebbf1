import { createRestBackend } from '../backends/rest/create-rest-backend'
import { ForbiddenError } from '../backends/errors'
import { startDraft } from '../model/drafts'
import { columnField, productField } from '../model/product-edits'
import { TEST_BASE_URL, testStore } from '../mocks/node'
import { EditConflictError, saveWithRebase } from './product-mutations'

const SESSIONS = 'urn:tessera:product:playback.playback_sessions'
const as = (personId: string) => createRestBackend({ id: 'test', label: 'Test', baseUrl: TEST_BASE_URL, headers: () => ({ 'X-Tessera-Demo-User': personId }) })
const now = new Date('2025-06-01T12:00:00Z')

async function startingPoint() {
  await testStore.ready
  return testStore.product(SESSIONS)!
}

describe('saveWithRebase', () => {
  it('saves a draft made at the current revision', async () => {
    const start = await startingPoint()
    const result = await saveWithRebase(as('maya-chen'), SESSIONS, [startDraft(start, productField('description'), 'New text', now)])
    expect(result.product).toMatchObject({ description: 'New text', revision: 2 })
    expect(result.rebasedOver).toBeUndefined()
  })

  it('saves on top of someone else’s newer revision when they changed other fields, keeping their change', async () => {
    const start = await startingPoint()
    const port = start.outputPorts[0]!
    const draft = startDraft(start, columnField('description', port.id, port.columns[0]!.name), 'Mine', now)
    await testStore.update(SESSIONS, 'nora-kelly', 1, { tags: ['theirs'] })

    const result = await saveWithRebase(as('maya-chen'), SESSIONS, [draft])
    expect(result.product.revision).toBe(3)
    expect(result.product.tags).toEqual(['theirs'])
    expect(result.product.outputPorts[0]!.columns[0]!.description).toBe('Mine')
    expect(result.rebasedOver?.revision).toBe(2)
    expect(testStore.history(SESSIONS).map((c) => c.by)).toEqual(['maya-chen', 'nora-kelly'])
  })

  it('stops with both versions when someone else changed the same field differently, overwriting nothing', async () => {
    const start = await startingPoint()
    await testStore.update(SESSIONS, 'nora-kelly', 1, { description: 'Theirs' })
    const error = await saveWithRebase(as('maya-chen'), SESSIONS, [startDraft(start, productField('description'), 'Mine', now), startDraft(start, productField('tags'), ['mine'], now)]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EditConflictError)
    const { review, theirs } = error as EditConflictError
    expect(review.conflicts.map((c) => [c.draft.value, c.theirs])).toEqual([['Mine', 'Theirs']])
    expect(review.clean.map((d) => d.value)).toEqual([['mine']])
    expect(theirs.revision).toBe(2)
    expect(testStore.product(SESSIONS)).toMatchObject({ description: 'Theirs', revision: 2 })
  })

  it('counts a field the server already holds as saved', async () => {
    const start = await startingPoint()
    await testStore.update(SESSIONS, 'nora-kelly', 1, { description: 'Same' })
    const result = await saveWithRebase(as('maya-chen'), SESSIONS, [startDraft(start, productField('description'), 'Same', now)])
    expect(result.product.revision).toBe(2)
    expect(result.saved).toHaveLength(1)
  })

  it('passes a refusal through untouched', async () => {
    const start = await startingPoint()
    await expect(saveWithRebase(as('sam-okafor'), SESSIONS, [startDraft(start, productField('description'), 'x', now)])).rejects.toBeInstanceOf(ForbiddenError)
  })
})
