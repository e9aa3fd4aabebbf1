import { tesseraConfigSchema } from './backend-config'
import { createBackend } from './create-backend'

describe('access requests by configuration', () => {
  it('the demo asks through its API', async () => {
    const backend = await createBackend({ type: 'demo' })
    expect(backend.capabilities.accessRequests).toEqual({ kind: 'api' })
  })

  it('a configured address takes the place of any access API', async () => {
    const backend = await createBackend({ type: 'rest', baseUrl: '/api', accessRequest: { url: ' mailto:access@acme.example?subject={product} ', label: 'Email the data office' } })
    expect(backend.capabilities.accessRequests).toEqual({ kind: 'link', url: 'mailto:access@acme.example?subject={product}', label: 'Email the data office' })
    expect(backend.getProduct).toBeTypeOf('function')
  })

  it('refuses an address that could run script', () => {
    const parsed = tesseraConfigSchema.safeParse({ backends: [{ type: 'demo', accessRequest: { url: 'javascript:alert(1)' } }] })
    expect(parsed.success).toBe(false)
  })
})
