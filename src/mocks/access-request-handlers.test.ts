import { demoBackendAs } from './demo-backend-as'

const SESSIONS = 'urn:tessera:product:playback.playback_sessions'
// Maya owns it and Lena stewards it.
const VIEWING = 'urn:tessera:product:playback.viewing_time_daily'

const as = demoBackendAs

describe('access requests on the demo server', () => {
  it('lets an analyst ask, refuses anyone but the owners to decide, and records each step', async () => {
    const sam = as('sam-okafor')
    const maya = as('maya-chen')
    const lena = as('lena-fischer')
    const product = await sam.getProduct(SESSIONS)
    const port = product.outputPorts[0]!
    const asked = await sam.requestAccess!({ productUrn: SESSIONS, outputPortId: port.id, purpose: 'Churn model', durationDays: 30 })
    expect(asked).toMatchObject({ status: 'pending', requesterId: 'sam-okafor', purpose: 'Churn model' })

    await expect(sam.requestAccess!({ productUrn: SESSIONS, outputPortId: port.id, purpose: 'Again' })).rejects.toMatchObject({ kind: 'conflict' })
    await expect(sam.decideAccessRequest!(asked.id, { action: 'approve' })).rejects.toMatchObject({ kind: 'forbidden' })
    expect(await maya.listAccessRequests!({})).toEqual([asked])
    expect(await as('sam-okafor').listAccessRequests!({ productUrn: SESSIONS })).toEqual([asked])
    expect(await as(null).listAccessRequests!({})).toEqual([])

    const granted = await maya.decideAccessRequest!(asked.id, { action: 'approve', message: 'Enjoy' })
    expect(granted.status).toBe('approved')
    expect(granted.history.map((e) => [e.action, e.by, e.message])).toEqual([
      ['requested', 'sam-okafor', undefined],
      ['approved', 'maya-chen', 'Enjoy'],
    ])
    await expect(maya.decideAccessRequest!(asked.id, { action: 'reject', message: 'no' })).rejects.toMatchObject({ kind: 'conflict' })
    await expect(lena.decideAccessRequest!(asked.id, { action: 'reject', message: 'no' })).rejects.toMatchObject({ kind: 'forbidden' })
  })

  it('needs a reason to reject, someone signed in to ask, and a port the product has', async () => {
    const sam = as('sam-okafor')
    const port = (await sam.getProduct(VIEWING)).outputPorts[0]!
    await expect(as(null).requestAccess!({ productUrn: VIEWING, outputPortId: port.id, purpose: 'x' })).rejects.toMatchObject({ kind: 'forbidden' })
    await expect(sam.requestAccess!({ productUrn: VIEWING, outputPortId: 'nope', purpose: 'x' })).rejects.toThrow(/no output port nope/)
    await expect(sam.requestAccess!({ productUrn: VIEWING, outputPortId: port.id, purpose: '  ' })).rejects.toThrow(/what you need the data for/)
    const asked = await sam.requestAccess!({ productUrn: VIEWING, outputPortId: port.id, purpose: 'Dashboards' })
    await expect(as('maya-chen').decideAccessRequest!(asked.id, { action: 'reject' })).rejects.toThrow(/Say why/)
    const rejected = await as('lena-fischer').decideAccessRequest!(asked.id, { action: 'reject', message: 'Use the daily aggregate' })
    expect(rejected).toMatchObject({ status: 'rejected' })
    expect((await sam.listAccessRequests!({}))[0]?.history.at(-1)?.message).toBe('Use the daily aggregate')
  })

  it('lets only the requester withdraw', async () => {
    const sam = as('sam-okafor')
    const port = (await sam.getProduct(SESSIONS)).outputPorts[0]!
    const asked = await sam.requestAccess!({ productUrn: SESSIONS, outputPortId: port.id, purpose: 'Dashboards' })
    await expect(as('maya-chen').withdrawAccessRequest!(asked.id)).rejects.toMatchObject({ kind: 'forbidden' })
    expect((await sam.withdrawAccessRequest!(asked.id)).status).toBe('withdrawn')
  })
})
