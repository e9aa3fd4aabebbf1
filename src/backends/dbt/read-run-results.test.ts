/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import Ajv2020 from 'ajv/dist/2020'
import { readFixtureFile } from '../file-sources/read-fixture-file'
import { loadDbt } from './load-dbt'
import { readRunResults, readSourcesFreshness } from './read-run-results'

const PARSER = new URL('../../../../shared/fixtures/dbt/dbt-artifacts-parser/', import.meta.url)
const present = existsSync(fileURLToPath(PARSER))
const json = (path: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(path, PARSER)), 'utf8'))
const RUNS = 'tests/resources/run_results'

/** A sources.json as `dbt source freshness` writes it, in the shape of schema `version`. */
function sourcesFile(version: 1 | 2 | 3) {
  const timing = [{ name: 'execute', started_at: '2026-12-03T06:00:00Z', completed_at: '2026-12-03T06:00:02Z' }]
  const criteria = { warn_after: { count: 12, period: 'hour' }, error_after: { count: 24, period: 'hour' }, filter: null }
  const extra = version === 1 ? {} : { timing, thread_id: 'Thread-1', execution_time: 1.5 }
  return {
    metadata: { dbt_schema_version: `https://schemas.getdbt.com/dbt/sources/v${version}.json`, dbt_version: '1.9.0', generated_at: '2026-12-03T06:00:03Z', invocation_id: null, env: {} },
    elapsed_time: 2.1,
    results: [
      { unique_id: 'source.shop.app.orders', max_loaded_at: '2026-12-03T05:10:00Z', snapshotted_at: '2026-12-03T06:00:01Z', max_loaded_at_time_ago_in_s: 3001, status: 'pass', criteria, adapter_response: {}, ...extra },
      { unique_id: 'source.shop.app.refunds', max_loaded_at: '2026-12-01T05:10:00Z', snapshotted_at: '2026-12-03T06:00:01Z', max_loaded_at_time_ago_in_s: 176_400, status: 'error', criteria, adapter_response: {}, ...extra },
      { unique_id: 'source.shop.app.broken', error: 'Database Error: relation does not exist', status: 'runtime error' },
    ],
  }
}

describe.skipIf(!present)('dbt run results and source freshness, over the real files and JSON Schemas', () => {
  it.each([
    [1, 'v1/jaffle_shop/run_results.json', 8, 0],
    [2, 'v2/jaffle_shop/run_results.json', 32, 21],
    [3, 'v3/jaffle_shop/run_results.json', 31, 20],
    [4, 'v4/jaffle_shop/run_results.json', 29, 20],
    [5, 'v5/jaffle_shop/run_results.json', 58, 20],
    [6, 'v6/jaffle_shop/run_results.json', 61, 20],
  ])('reads run_results.json schema v%i: every result, each test dated by when it finished', (version, file, results, tests) => {
    const read = readRunResults(json(`${RUNS}/${file}`))
    expect(read.problems).toEqual([])
    expect(read.format).toContain(`schema v${version}`)
    expect(read.value?.results.size).toBe(results)
    const testResults = [...(read.value?.results ?? [])].filter(([id]) => id.startsWith('test.'))
    expect(testResults).toHaveLength(tests)
    for (const [, result] of testResults) {
      expect(['pass', 'fail', 'warn', 'error', 'skipped']).toContain(result.outcome)
      expect(Date.parse(result.at)).not.toBeNaN()
    }
  })

  it('says what failed in v4: an error result is an error, not a pass', () => {
    const read = readRunResults(json(`${RUNS}/v4/jaffle_shop/run_results.json`))
    expect([...(read.value?.results.values() ?? [])].some((r) => r.outcome === 'error')).toBe(true)
  })

  it.each([1, 2, 3] as const)('reads sources.json schema v%i, valid against dbt’s own JSON Schema', (version) => {
    const schema = json(`dbt_artifacts_parser/resources/sources/sources_v${version}.json`) as Record<string, unknown>
    const ajv = String(schema.$schema).includes('2020') ? new Ajv2020({ strict: false }) : new Ajv({ strict: false })
    const file = sourcesFile(version)
    const validate = ajv.compile(schema)
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true)
    const read = readSourcesFreshness(file)
    expect(read.problems).toEqual([])
    expect(read.format).toContain(`schema v${version}`)
    expect(read.value?.results.get('source.shop.app.orders')).toEqual({
      outcome: 'pass',
      at: '2026-12-03T06:00:01.000Z',
      maxLoadedAt: '2026-12-03T05:10:00.000Z',
      warnAfter: '12 hours',
      errorAfter: '24 hours',
    })
    expect(read.value?.results.get('source.shop.app.refunds')?.outcome).toBe('fail')
    expect(read.value?.results.get('source.shop.app.broken')).toMatchObject({ outcome: 'error', message: 'Database Error: relation does not exist', at: '2026-12-03T06:00:03.000Z' })
  })

  it('refuses another artifact, and says a newer schema is read best-effort', () => {
    expect(readRunResults(json('tests/resources/manifest/v12/jaffle_shop/manifest_1.8.json')).problems[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('not a dbt run_results.json') })
    expect(readSourcesFreshness(json(`${RUNS}/v6/jaffle_shop/run_results.json`)).value).toBeUndefined()
    const newer = readRunResults({ metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v7.json' }, results: [] })
    expect(newer.problems[0]?.message).toContain('newer than this version of Tessera knows')
  })

  it('maps a real project’s test results onto its products’ checks; a missing sources.json beside it is simply not observed', async () => {
    const { catalog, sources } = await loadDbt(
      {
        projects: [{ manifestUrl: 'tests/resources/manifest/v12/jaffle_shop/manifest_1.8.json', runResultsUrl: `${RUNS}/v6/jaffle_shop/run_results.json` }],
        base: PARSER.href,
      },
      readFixtureFile,
    )
    expect(sources.map((s) => [s.format, s.state])).toEqual([
      [expect.stringContaining('dbt manifest'), expect.any(String)],
      ['dbt run results (schema v6, dbt 1.9.0)', 'loaded'],
    ])
    const checks = catalog.products.flatMap((p) => [...(p.monitoredChecks ?? []), ...(p.contract?.terms?.qualityChecks ?? [])])
    const observed = checks.filter((c) => c.observedAt)
    expect(observed.length).toBeGreaterThanOrEqual(20)
    expect(observed.every((c) => c.status === 'passing' && c.history?.length === 1 && c.observedAt?.startsWith('2024-12-16'))).toBe(true)
  })
})
