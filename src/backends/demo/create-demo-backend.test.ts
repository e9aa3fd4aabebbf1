import { TEST_BASE_URL } from '../../mocks/node'
import { createDemoBackend } from './create-demo-backend'

const memoryStorage = () => {
  const values = new Map<string, string>()
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
    removeItem: (k: string) => void values.delete(k),
  }
}

describe('demo backend', () => {
  it('offers a visitor, an analyst, a product owner and a steward to act as', async () => {
    const backend = createDemoBackend({ id: 'demo', label: 'Demo', baseUrl: TEST_BASE_URL, storage: memoryStorage() })
    const identities = await backend.listIdentities!()
    expect(identities.map((i) => i.personId)).toEqual([null, 'sam-okafor', 'maya-chen', 'lena-fischer'])
    expect(identities.find((i) => i.personId === 'sam-okafor')?.description).toMatch(/owns no product/)
  })

  it('acts as the chosen person and remembers the choice', async () => {
    const storage = memoryStorage()
    const backend = createDemoBackend({ id: 'demo', label: 'Demo', baseUrl: TEST_BASE_URL, storage })
    expect((await backend.getIdentity!()).personId).toBeNull()
    backend.setIdentity!('maya-chen')
    expect((await backend.getIdentity!()).name).toBe('Maya Chen')
    const again = createDemoBackend({ id: 'demo', label: 'Demo', baseUrl: TEST_BASE_URL, storage })
    expect((await again.getIdentity!()).personId).toBe('maya-chen')
    again.setIdentity!(null)
    expect((await again.getIdentity!()).personId).toBeNull()
  })

  it('announces editing and identity switching', () => {
    const backend = createDemoBackend({ id: 'demo', label: 'Demo', baseUrl: TEST_BASE_URL, storage: memoryStorage() })
    expect(backend.capabilities).toMatchObject({ edit: true, switchIdentity: true, search: 'client' })
  })
})
