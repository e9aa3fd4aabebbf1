import type { SavedSearch } from '../model/saved-searches'
import { demoBackendAs } from './demo-backend-as'

const as = demoBackendAs

const search = (over: Partial<SavedSearch> = {}): SavedSearch => ({
  id: 'one',
  name: 'Sessions in Playback',
  view: { q: 'sessions', filters: { domain: ['playback'] }, sort: 'relevance' },
  createdAt: '2026-01-01T00:00:00.000Z',
  openedAt: '2026-01-01T00:00:00.000Z',
  seen: ['urn:tessera:product:playback.playback_sessions'],
  ...over,
})

describe('saved searches on the demo server', () => {
  it('keeps each person’s searches apart, renames, removes and refuses a visitor', async () => {
    const sam = as('sam-okafor')
    expect(await sam.putSavedSearch!(search())).toEqual([search()])
    expect(await as('maya-chen').listSavedSearches!()).toEqual([])
    const renamed = await sam.putSavedSearch!(search({ name: 'Playback sessions', seen: [] }))
    expect(renamed).toEqual([search({ name: 'Playback sessions', seen: [] })])
    expect(await as('sam-okafor').listSavedSearches!()).toEqual(renamed)
    expect(await sam.deleteSavedSearch!('one')).toEqual([])
    await expect(sam.deleteSavedSearch!('one')).rejects.toMatchObject({ kind: 'not-found' })
    await expect(as(null).listSavedSearches!()).rejects.toMatchObject({ kind: 'forbidden' })
  })

  it('refuses a malformed search', async () => {
    const sam = as('sam-okafor')
    await expect(sam.putSavedSearch!(search({ name: '  ' }))).rejects.toMatchObject({ kind: 'invalid-data', message: expect.stringContaining('malformed') })
    await expect(sam.putSavedSearch!({ ...search(), view: { q: 'x', filters: { colour: ['red'] }, sort: 'relevance' } } as unknown as SavedSearch)).rejects.toMatchObject({ kind: 'invalid-data' })
  })
})
