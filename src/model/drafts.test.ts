import { createDraftBook, lastKept, memoryDraftStorage, parseDraft, pendingDrafts, startDraft, type DraftStorage } from './drafts'
import { columnField, productField } from './product-edits'
import { makeColumn, makePort, makeProduct } from './test-products'

const URN = 'urn:test:sessions'
const product = () => makeProduct({ urn: URN, revision: 4, description: 'Old.', outputPorts: [makePort({ id: 'main', columns: [makeColumn({ name: 'os', description: '' })] })] })
const at = new Date('2025-03-01T10:00:00Z')

describe('draft book', () => {
  it('keeps drafts per product and per field, and a new book on the same storage (a reload) finds them', async () => {
    const storage = memoryDraftStorage()
    const book = createDraftBook(storage, 'demo')
    await book.put(URN, startDraft(product(), productField('description'), 'New text', at))
    await book.put(URN, startDraft(product(), columnField('description', 'main', 'os'), 'Operating system', at))
    await book.put('urn:test:other', startDraft(product(), productField('tags'), ['x'], at))

    const reloaded = createDraftBook(storage, 'demo')
    const drafts = await reloaded.load(URN)
    expect(drafts.map((d) => d.value)).toEqual(['New text', 'Operating system'])
    expect(drafts[0]).toMatchObject({ base: 'Old.', baseRevision: 4, updatedAt: at.toISOString() })
    expect(await createDraftBook(storage, 'another-backend').load(URN)).toEqual([])
  })

  it('replaces a field’s draft as the owner types, and loses none when fields are typed at once', async () => {
    const book = createDraftBook(memoryDraftStorage(), 'demo')
    const writes = ['a', 'ab', 'abc'].map((text) => book.put(URN, startDraft(product(), productField('description'), text, at)))
    writes.push(book.put(URN, startDraft(product(), productField('tags'), ['t'], at)))
    await Promise.all(writes)
    expect((await book.load(URN)).map((d) => d.value)).toEqual(['abc', ['t']])
  })

  it('removes only the fields named, and keeps a draft that moved on while it was being saved', async () => {
    const book = createDraftBook(memoryDraftStorage(), 'demo')
    await book.put(URN, startDraft(product(), productField('description'), 'typed more', at))
    await book.put(URN, startDraft(product(), productField('tags'), ['t'], at))
    await book.remove(URN, [productField('description'), productField('tags')], (ref) => (ref.field === 'tags' ? ['t'] : 'what was saved'))
    expect((await book.load(URN)).map((d) => d.value)).toEqual(['typed more'])
    await book.clear(URN)
    expect(await book.load(URN)).toEqual([])
  })

  it('deletes a product’s record once its last draft is gone', async () => {
    const storage = memoryDraftStorage()
    const book = createDraftBook(storage, 'demo')
    await book.put(URN, startDraft(product(), productField('tags'), ['t'], at))
    expect(storage.size).toBe(1)
    await book.remove(URN, [productField('tags')])
    expect(storage.size).toBe(0)
  })

  it('drops malformed stored entries and survives storage that holds something else', async () => {
    const storage = memoryDraftStorage()
    await storage.set('drafts:demo:' + URN, {
      format: 1,
      drafts: {
        good: startDraft(product(), productField('description'), 'ok', at),
        wrongType: { ...startDraft(product(), productField('tags'), ['x'], at), value: 'not a list' },
        unknownField: { ref: { kind: 'product', field: 'revision' }, value: 3, base: 2, baseRevision: 1, updatedAt: '' },
      },
    })
    await storage.set('drafts:demo:urn:junk', 'garbage')
    const book = createDraftBook(storage, 'demo')
    expect((await book.load(URN)).map((d) => d.value)).toEqual(['ok'])
    expect(await book.load('urn:junk')).toEqual([])
  })

  it('reports a failed write to its caller and keeps working afterwards', async () => {
    const memory = memoryDraftStorage()
    let failNext = true
    const flaky: DraftStorage = {
      ...memory,
      set: async (key, value) => {
        if (failNext) {
          failNext = false
          throw new Error('quota exceeded')
        }
        return memory.set(key, value)
      },
    }
    const book = createDraftBook(flaky, 'demo')
    await expect(book.put(URN, startDraft(product(), productField('description'), 'first', at))).rejects.toThrow('quota')
    await book.put(URN, startDraft(product(), productField('description'), 'second', at))
    expect((await book.load(URN))[0]?.value).toBe('second')
  })

  it('answers no drafts when storage cannot be read', async () => {
    const book = createDraftBook({ get: () => Promise.reject(new Error('blocked')), set: async () => {}, delete: async () => {} }, 'demo')
    expect(await book.load(URN)).toEqual([])
  })
})

describe('parseDraft', () => {
  it('accepts owners, links and classifications of the right shape only', () => {
    const base = { baseRevision: 1, updatedAt: at.toISOString() }
    expect(parseDraft({ ...base, ref: { kind: 'product', field: 'owners' }, value: [{ role: 'steward', personId: 'p' }], base: [] })).toBeDefined()
    expect(parseDraft({ ...base, ref: { kind: 'product', field: 'owners' }, value: [{ role: 'boss', personId: 'p' }], base: [] })).toBeUndefined()
    expect(parseDraft({ ...base, ref: { kind: 'column', field: 'classification', outputPortId: 'p', column: 'c' }, value: null, base: 'internal' })).toBeDefined()
    expect(parseDraft({ ...base, ref: { kind: 'column', field: 'classification', outputPortId: 'p', column: 'c' }, value: 'secret', base: null })).toBeUndefined()
    expect(parseDraft({ ...base, ref: { kind: 'product', field: 'links' }, value: [{ label: 'a', url: 'https://a' }], base: [] })).toBeDefined()
  })
})

describe('pendingDrafts', () => {
  it('keeps drafts that differ from the product and drops spent ones and ones whose column is gone', () => {
    const p = product()
    const drafts = [
      startDraft(p, productField('description'), 'New', at),
      startDraft(p, productField('description'), 'Old.', at),
      { ...startDraft(p, columnField('description', 'main', 'os'), 'x', at), ref: columnField('description', 'main', 'gone') },
    ]
    expect(pendingDrafts(drafts, p).map((d) => d.value)).toEqual(['New'])
    expect(lastKept([{ ...drafts[0]!, updatedAt: '2025-01-02' }, { ...drafts[1]!, updatedAt: '2025-01-03' }])).toBe('2025-01-03')
  })
})
