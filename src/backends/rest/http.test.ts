import { http as mock, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { ForbiddenError } from '../errors'
import { createHttp } from './http'

const BASE = 'http://catalogue.test/api'
const request = createHttp({ baseUrl: BASE })

describe('createHttp errors', () => {
  it('says a refused read asks to sign in, in the server’s words whichever field it uses', async () => {
    server.use(
      mock.get(`${BASE}/om`, () => HttpResponse.json({ code: 401, message: 'Token is missing' }, { status: 401 })),
      mock.get(`${BASE}/backstage`, () => HttpResponse.json({ error: { name: 'AuthenticationError', message: 'Missing credentials' } }, { status: 401 })),
      mock.get(`${BASE}/bare`, () => new HttpResponse(null, { status: 403 })),
    )
    const om = await request({ path: '/om', what: 'the domains' }).catch((e: unknown) => e)
    expect(om).toBeInstanceOf(ForbiddenError)
    expect((om as Error).message).toBe('The catalogue asks you to sign in to read the domains: Token is missing')
    await expect(request({ path: '/backstage', what: 'the entities' })).rejects.toThrow('sign in to read the entities: Missing credentials')
    await expect(request({ path: '/bare', what: 'the search' })).rejects.toThrow('The catalogue refused access to the search.')
  })

  it('keeps the save wording for a refused write', async () => {
    server.use(mock.patch(`${BASE}/product`, () => new HttpResponse(null, { status: 403 })))
    await expect(request({ method: 'PATCH', path: '/product', body: {}, what: 'the product' })).rejects.toThrow('You are not allowed to change this.')
  })
})
