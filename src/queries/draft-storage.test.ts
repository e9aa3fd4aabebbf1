import { memoryDraftStorage, type DraftStorage } from '../model/drafts'
import { withFallback } from './draft-storage'

const refusing: DraftStorage = {
  get: () => Promise.reject(new Error('blocked')),
  set: () => Promise.reject(new Error('blocked')),
  delete: () => Promise.reject(new Error('blocked')),
}

describe('withFallback', () => {
  it('uses the primary storage while it works', async () => {
    const primary = memoryDraftStorage()
    const fallback = memoryDraftStorage()
    const storage = withFallback(primary, fallback)
    await storage.set('k', { a: 1 })
    expect(await primary.get('k')).toEqual({ a: 1 })
    expect(fallback.size).toBe(0)
  })

  it('keeps drafts in the fallback once the primary refuses, and reads them back from it', async () => {
    const fallback = memoryDraftStorage()
    const storage = withFallback(refusing, fallback)
    await storage.set('k', 'kept')
    expect(await storage.get('k')).toBe('kept')
    await storage.delete('k')
    expect(fallback.size).toBe(0)
  })
})
