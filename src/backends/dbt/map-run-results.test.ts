import type { FetchText } from '../file-sources/fetch-file'
import { readFixtureFile } from '../file-sources/read-fixture-file'
import { loadDbt } from './load-dbt'

const base = new URL('./test-fixtures/', import.meta.url).href
const freshness = (status: string, maxLoadedAt: string) => ({
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/sources/v3.json', dbt_version: '1.9.0', generated_at: '2026-12-03T06:00:03Z' },
  results: [{ unique_id: 'source.shop.app.orders', max_loaded_at: maxLoadedAt, snapshotted_at: '2026-12-03T06:00:01Z', status, criteria: { warn_after: { count: 12, period: 'hour' }, error_after: { count: 1, period: 'day' } } }],
})
const withFiles =
  (files: Record<string, unknown>): FetchText =>
  async (url) => {
    const name = url.split('/').pop() ?? ''
    return name in files ? { ok: true, url, text: typeof files[name] === 'string' ? (files[name] as string) : JSON.stringify(files[name]) } : readFixtureFile(url)
  }

describe('source freshness as the freshness SLO of the product reading the source', () => {
  it('gives the product holding the source its promise, when data last landed and when it was measured', async () => {
    const { catalog } = await loadDbt({ projects: [{ manifestUrl: 'shop-manifest.json', sourcesUrl: 'sources.json' }], base }, withFiles({ 'sources.json': freshness('pass', '2026-12-03T05:10:00Z') }))
    const holder = catalog.products.find((p) => p.slos.length > 0)
    expect(holder?.slos).toEqual([
      {
        name: 'Freshness of app.orders',
        objective: 'Loaded within 1 day; warns after 12 hours',
        status: 'met',
        observedAt: '2026-12-03T06:00:01.000Z',
        lastLandedAt: '2026-12-03T05:10:00.000Z',
        history: [{ at: '2026-12-03T06:00:01.000Z', outcome: 'pass' }],
      },
    ])
    expect(catalog.products.filter((p) => p.slos.length > 0)).toHaveLength(1)
  })

  it('breaches on error_after, keeps the promise with a note on warn_after', async () => {
    const late = await loadDbt({ projects: [{ manifestUrl: 'shop-manifest.json', sourcesUrl: 'sources.json' }], base }, withFiles({ 'sources.json': freshness('error', '2026-12-01T05:10:00Z') }))
    expect(late.catalog.products.flatMap((p) => p.slos).map((s) => s.status)).toEqual(['breached'])
    const warned = await loadDbt({ projects: [{ manifestUrl: 'shop-manifest.json', sourcesUrl: 'sources.json' }], base }, withFiles({ 'sources.json': freshness('warn', '2026-12-02T16:00:00Z') }))
    expect(warned.catalog.products.flatMap((p) => p.slos)).toMatchObject([{ status: 'met', current: 'older than the 12 hours threshold' }])
  })

  it('lists a named file that is missing or broken on the Sources page and shows freshness as never observed', async () => {
    const broken = await loadDbt({ projects: [{ manifestUrl: 'shop-manifest.json', sourcesUrl: 'sources.json', runResultsUrl: 'run_results.json' }], base }, withFiles({ 'sources.json': '{ not json' }))
    expect(broken.sources.map((s) => [s.url, s.state])).toEqual([
      ['shop-manifest.json', expect.any(String)],
      ['run_results.json', 'failed'],
      ['sources.json', 'failed'],
    ])
    expect(broken.sources[2]?.problems[0]?.message).toContain('Not valid JSON')
    expect(broken.catalog.products.flatMap((p) => p.slos)).toEqual([])
    const checks = broken.catalog.products.flatMap((p) => [...(p.monitoredChecks ?? []), ...(p.contract?.terms?.qualityChecks ?? [])])
    expect(checks.length).toBeGreaterThan(0)
    expect(checks.every((c) => c.status === 'unknown' && c.observedAt === undefined)).toBe(true)
  })
})
