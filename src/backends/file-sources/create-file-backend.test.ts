import type { SourceStatus } from '../catalog-backend'
import { createFileBackend, type FileLoadResult } from './create-file-backend'

const empty = { domains: [], teams: [], people: [], products: [], issues: [] }
const status = (state: SourceStatus['state']): SourceStatus => ({ url: 'a.yaml', format: 'x', state, problems: [{ severity: 'error', message: 'broken' }] })

describe('createFileBackend', () => {
  it('reads the files once for the catalogue, products and sources, and again when they are stale', async () => {
    let loads = 0
    let now = 0
    const backend = createFileBackend({
      id: 'f',
      label: 'Files',
      maxAgeMs: 1000,
      now: () => now,
      load: async (): Promise<FileLoadResult> => {
        loads += 1
        return { catalog: empty, sources: [status('loaded')] }
      },
    })
    await Promise.all([backend.getCatalog(), backend.getSources?.(), backend.listDomains()])
    expect(loads).toBe(1)
    now = 2000
    await backend.getCatalog()
    expect(loads).toBe(2)
  })

  it('fails the catalogue as unavailable when no file loaded, while still listing the files', async () => {
    const backend = createFileBackend({ id: 'f', label: 'Files', load: async () => ({ catalog: empty, sources: [status('failed')] }) })
    await expect(backend.getCatalog()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/Sources page/) })
    expect(await backend.getSources?.()).toEqual([status('failed')])
  })

  it('tries again after a load that threw', async () => {
    let calls = 0
    const backend = createFileBackend({
      id: 'f',
      label: 'Files',
      load: async () => {
        calls += 1
        if (calls === 1) throw new Error('worker crashed')
        return { catalog: empty, sources: [status('loaded')] }
      },
    })
    await expect(backend.getCatalog()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/worker crashed/) })
    await expect(backend.getCatalog()).resolves.toEqual(empty)
  })
})
