import type { SourceStatus } from '../catalog-backend'
import { resolveUrl, type FetchText } from '../file-sources/fetch-file'
import { jsonErrorLocation } from '../file-sources/json-position'
import type { DbtProjectFiles } from './load-dbt'
import type { ReadResult } from './read-artifacts'
import { readRunResults, readSourcesFreshness, type DbtRunResults, type DbtSourcesFreshness } from './read-run-results'

const inFolder = (folder: string, file: string) => `${folder.replace(/\/*$/, '/')}${file}`

interface Observed<T> {
  value?: T
  status?: SourceStatus
}

/**
 * Reads one optional observation file. Absent where `target` implies it: not observed, and not
 * listed (most projects never run `dbt source freshness`). Configured by name and absent, or
 * present and unreadable: listed on the Sources page.
 */
async function readOptional<T>(url: string, named: boolean, fetchText: FetchText, base: string | undefined, read: (json: unknown) => ReadResult<T>, format: string, without: string): Promise<Observed<T>> {
  const file = await fetchText(resolveUrl(url, base))
  if (!file.ok) {
    if (!named && file.status === 404) return {}
    return { status: { url, format, state: 'failed', failure: file.status === 404 ? 'not-found' : 'fetch', problems: [{ severity: named ? 'error' : 'warning', message: `${file.message} ${without}` }] } }
  }
  let json: unknown
  try {
    json = JSON.parse(file.text)
  } catch (error) {
    return { status: { url, format, state: 'failed', failure: 'parse', problems: [{ severity: 'error', message: `Not valid JSON. ${without}`, ...jsonErrorLocation(error, file.text) }] } }
  }
  const result = read(json)
  const state = result.value === undefined ? 'failed' : result.problems.length ? 'partial' : 'loaded'
  return { ...(result.value ? { value: result.value } : {}), status: { url, format: result.format, state, ...(result.summary ? { summary: result.summary } : {}), problems: result.problems, ...(result.value === undefined ? { failure: 'unknown-format' as const } : {}) } }
}

export interface ProjectObservations {
  values: { runResults?: DbtRunResults; sourcesFreshness?: DbtSourcesFreshness }
  statuses: SourceStatus[]
}

/** The project's run_results.json and sources.json, where configured or beside the manifest in `target`. */
export async function readObservations(project: DbtProjectFiles, fetchText: FetchText, base: string | undefined): Promise<ProjectObservations> {
  const runUrl = project.runResultsUrl ?? (project.target !== undefined ? inFolder(project.target, 'run_results.json') : undefined)
  const sourcesUrl = project.sourcesUrl ?? (project.target !== undefined ? inFolder(project.target, 'sources.json') : undefined)
  const [run, fresh] = await Promise.all([
    runUrl
      ? readOptional(runUrl, project.runResultsUrl !== undefined, fetchText, base, readRunResults, 'dbt run results', 'Without it, dbt tests show as never observed.')
      : ({} as Observed<DbtRunResults>),
    sourcesUrl
      ? readOptional(sourcesUrl, project.sourcesUrl !== undefined, fetchText, base, readSourcesFreshness, 'dbt source freshness', 'Without it, source freshness shows as never observed.')
      : ({} as Observed<DbtSourcesFreshness>),
  ])
  return {
    values: { ...(run.value ? { runResults: run.value } : {}), ...(fresh.value ? { sourcesFreshness: fresh.value } : {}) },
    statuses: [run.status, fresh.status].filter((s): s is SourceStatus => s !== undefined),
  }
}
