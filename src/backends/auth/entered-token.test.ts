import { existsSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { createBackstageHandlers } from '../../mocks/backstage/backstage-handlers'
import { createDataHubHandlers } from '../../mocks/datahub/datahub-handlers'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from '../../mocks/datahub/load-datahub-schema'
import { server } from '../../mocks/node'
import { createOpenMetadataHandlers } from '../../mocks/openmetadata/openmetadata-handlers'
import { createBackstageBackend } from '../backstage/create-backstage-backend'
import type { CatalogBackend } from '../catalog-backend'
import { createDataHubBackend } from '../datahub/create-datahub-backend'
import { ForbiddenError } from '../errors'
import { createFederatedBackend } from '../federation/create-federated-backend'
import { createOpenMetadataBackend } from '../openmetadata/create-openmetadata-backend'
import { accessTokens } from './access-tokens'
import { TOKEN_HELP } from './token-auth'

const TOKEN = 'right-token-0123456789'
const WRONG = 'wrong-token-9876543210'

interface Case {
  name: string
  skip?: boolean
  handlers: () => Parameters<typeof server.use>
  backend: (token?: string) => CatalogBackend
  help: string
}

const cases: Case[] = [
  {
    name: 'OpenMetadata',
    handlers: () => createOpenMetadataHandlers({ basePath: '/openmetadata', token: TOKEN }),
    backend: (token) => createOpenMetadataBackend({ id: 'om', label: 'Acme OpenMetadata', baseUrl: 'http://om.test/openmetadata', token, timeoutMs: 3000 }),
    help: TOKEN_HELP.openmetadata,
  },
  {
    name: 'Backstage',
    handlers: () => createBackstageHandlers({ basePath: '/backstage', token: TOKEN }),
    backend: (token) => createBackstageBackend({ id: 'bs', label: 'Acme Backstage', baseUrl: 'http://backstage.test/backstage', token, timeoutMs: 3000 }),
    help: TOKEN_HELP.backstage,
  },
  {
    name: 'DataHub',
    skip: !existsSync(DATAHUB_SDL_DIR),
    handlers: () => createDataHubHandlers(loadDataHubSchema()!, { basePath: '/datahub', token: TOKEN }),
    backend: (token) => createDataHubBackend({ id: 'dh', label: 'Acme DataHub', baseUrl: 'http://datahub.test/datahub', token, timeoutMs: 3000 }),
    help: TOKEN_HELP.datahub,
  },
]

const failure = (work: Promise<unknown>) => work.then(() => undefined, (error: unknown) => error)

describe.each(cases)('a token the user enters for $name', ({ skip, handlers, backend, help }) => {
  beforeEach(({ skip: skipTest }) => {
    if (skip) skipTest()
    server.use(...handlers())
  })
  afterEach(() => {
    for (const id of ['om', 'bs', 'dh']) accessTokens.forget(id)
  })

  it('is asked for when none is configured, and applies to the same backend without a reload', async () => {
    const b = backend()
    expect(b.auth).toEqual([{ backendId: b.id, kind: 'bearer', label: b.label, help }])
    expect(await failure(b.getCatalog())).toBeInstanceOf(ForbiddenError)

    accessTokens.set(b.id, WRONG)
    const refused = await failure(b.getCatalog())
    expect(refused).toBeInstanceOf(ForbiddenError)
    expect(JSON.stringify({ message: (refused as Error).message, stack: (refused as Error).stack })).not.toContain(WRONG)

    accessTokens.set(b.id, TOKEN)
    expect((await b.getCatalog()).products.length).toBeGreaterThan(0)

    accessTokens.forget(b.id)
    expect(await failure(b.getCatalog())).toBeInstanceOf(ForbiddenError)
  })

  it('loses to a configured token, and is then not asked for', async () => {
    const b = backend(TOKEN)
    expect(b.auth).toBeUndefined()
    accessTokens.set(b.id, WRONG)
    expect((await b.getCatalog()).products.length).toBeGreaterThan(0)
  })

  it('is kept out of error messages even when the server echoes it', async () => {
    const b = backend()
    const echo = ({ request }: { request: Request }) => {
      const sent = request.headers.get('Authorization') ?? ''
      return HttpResponse.json({ error: `Token ${sent} expired`, message: `Token ${sent} expired` }, { status: 401 })
    }
    server.use(http.get('*', echo), http.post('*', echo))
    accessTokens.set(b.id, WRONG)
    const error = await failure(b.getCatalog())
    expect(error).toBeInstanceOf(ForbiddenError)
    const shown = error as ForbiddenError & { details?: string[] }
    expect(`${shown.message} ${shown.stack} ${JSON.stringify(shown.details ?? [])}`).not.toContain(WRONG)
  })
})

describe('a federation', () => {
  it('offers the sign-in of each member that accepts a token, and of no other', () => {
    const [om, bs] = [cases[0]!, cases[1]!]
    const federation = createFederatedBackend([om.backend(), bs.backend(TOKEN)])
    expect(federation.auth?.map((a) => [a.backendId, a.label])).toEqual([['om', 'Acme OpenMetadata']])
  })
})
