import type { SourceStatus } from '../catalog-backend'
import { createFileBackend, nothingLoaded, type FileLoadResult } from './create-file-backend'

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

  it('fails the catalogue when no file loaded, while still listing the files', async () => {
    const backend = createFileBackend({ id: 'f', label: 'Files', load: async () => ({ catalog: empty, sources: [status('failed')] }) })
    await expect(backend.getCatalog()).rejects.toMatchObject({ kind: 'invalid-data', seeSources: true })
    expect(await backend.getSources?.()).toEqual([status('failed')])
  })

  it('words files missing at their address as a configuration error, naming them, and a silent server as passing', () => {
    const missing = { ...status('failed'), url: 'dbt/manifest.json', failure: 'not-found' as const }
    expect(nothingLoaded([missing, { ...status('failed'), failure: 'fetch' }])).toMatchObject({
      kind: 'misconfigured',
      seeSources: true,
      message: expect.stringMatching(/Nothing was found at the address the configuration gives \(dbt\/manifest\.json\)\. Relative addresses are read from where Tessera is served/),
    })
    expect(nothingLoaded([{ ...status('failed'), failure: 'fetch' }])).toMatchObject({ kind: 'unavailable', seeSources: true })
    expect(nothingLoaded([])).toMatchObject({ kind: 'misconfigured' })
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
