import { createOpenMetadataHandlers } from '../../mocks/openmetadata/openmetadata-handlers'
import { server, TEST_BASE_URL } from '../../mocks/node'
import { createOpenMetadataBackend } from '../openmetadata/create-openmetadata-backend'
import { createRestBackend } from '../rest/create-rest-backend'
import { createFederatedBackend } from './create-federated-backend'

const om = () => createOpenMetadataBackend({ id: 'om', label: 'Acme OpenMetadata', baseUrl: 'http://om.test/openmetadata', timeoutMs: 3000 })
const demo = () => createRestBackend({ id: 'demo', label: 'Lumen demo', baseUrl: TEST_BASE_URL })

describe('lineage traversal in a federation', () => {
  beforeEach(() => server.use(...createOpenMetadataHandlers({ basePath: '/openmetadata' })))

  it('asks the backend owning the product and namespaces what it answers', async () => {
    const answer = await createFederatedBackend([demo(), om()]).getLineage!('om:urn:openmetadata:dataProduct:Campaigns', { upstream: 0, downstream: 1 })
    expect(answer.products.map((p) => [p.urn, p.source])).toEqual([
      ['om:urn:openmetadata:dataProduct:Campaigns', 'Acme OpenMetadata'],
      ['om:urn:openmetadata:dataProduct:AdSpendReturns', 'Acme OpenMetadata'],
    ])
    expect(answer.products[1]?.inputPorts).toEqual([expect.objectContaining({ kind: 'product', productUrn: 'om:urn:openmetadata:dataProduct:Campaigns' })])
  })

  it('answers nothing for a product of a backend that cannot traverse, so its catalogue’s lineage stands', async () => {
    const answer = await createFederatedBackend([demo(), om()]).getLineage!('demo:urn:tessera:product:playback.playback_sessions', { upstream: 1, downstream: 1 })
    expect(answer.products).toEqual([])
  })

  it('has no traversal when no member has one', () => {
    expect(createFederatedBackend([demo()]).getLineage).toBeUndefined()
  })
})
