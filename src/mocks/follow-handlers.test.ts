import { demoBackendAs } from './demo-backend-as'

const SESSIONS = 'urn:tessera:product:playback.playback_sessions'

const as = demoBackendAs

describe('follows on the demo server', () => {
  it('keeps each person’s follows apart and refuses a visitor', async () => {
    const sam = as('sam-okafor')
    const follows = await sam.setFollow!({ kind: 'product', id: SESSIONS }, true)
    expect(follows).toEqual([{ kind: 'product', id: SESSIONS, since: expect.any(String) }])
    await sam.setFollow!({ kind: 'domain', id: 'playback' }, true)
    expect((await as('sam-okafor').listFollows!()).map((f) => f.id)).toEqual([SESSIONS, 'playback'])
    expect(await as('maya-chen').listFollows!()).toEqual([])
    expect(await sam.setFollow!({ kind: 'product', id: SESSIONS }, false)).toEqual([expect.objectContaining({ kind: 'domain', id: 'playback' })])
    await expect(as(null).listFollows!()).rejects.toMatchObject({ kind: 'forbidden' })
    await expect(sam.setFollow!({ kind: 'product', id: 'urn:nope' }, true)).rejects.toMatchObject({ kind: 'not-found' })
  })
})
