import type { SourceProblem, SourceStatus } from '../catalog-backend'
import type { FileLoadResult } from '../file-sources/create-file-backend'
import { createHttpFetchText, fetchFailure, resolveUrl, type FetchText } from '../file-sources/fetch-file'
import { jsonErrorLocation } from '../file-sources/json-position'
import type { RecordIssue } from '../../model/types'
import type { ProductRule } from './assign-products'
import { mapDbtProjects, type DbtProjectInput } from './map-dbt-catalog'
import { readCatalog, readManifest, type ReadResult } from './read-artifacts'
import { readObservations } from './load-observations'

export interface DbtProjectFiles {
  /** A dbt `target/` folder: its manifest.json and, if present, catalog.json. */
  target?: string
  manifestUrl?: string
  catalogUrl?: string
  /** run_results.json (`dbt build` / `dbt test`); looked for in `target` when not given. */
  runResultsUrl?: string
  /** sources.json (`dbt source freshness`); looked for in `target` when not given. */
  sourcesUrl?: string
}

/** Everything a load needs, as plain data so it can be posted to a worker. */
export interface DbtLoadRequest {
  projects: DbtProjectFiles[]
  productRule?: ProductRule
  /** Address relative URLs are resolved against: where the app is served (its Vite base). */
  base?: string
  timeoutMs?: number
}

const inFolder = (folder: string, file: string) => `${folder.replace(/\/*$/, '/')}${file}`

interface FileRead<T> {
  status: SourceStatus
  value?: T
}

async function readJsonFile<T>(
  url: string,
  fetchText: FetchText,
  base: string | undefined,
  read: (json: unknown) => ReadResult<T>,
  fallbackFormat: string,
  optional: boolean,
): Promise<FileRead<T>> {
  const file = await fetchText(resolveUrl(url, base))
  if (!file.ok) {
    const problem: SourceProblem = optional
      ? { severity: 'warning', message: `${file.message} Without catalog.json, column types come from the manifest only: run \`dbt docs generate\` to get them from the warehouse.` }
      : { severity: 'error', message: file.message }
    return { status: { url, format: fallbackFormat, state: 'failed', problems: [problem], failure: fetchFailure(file) } }
  }
  let json: unknown
  try {
    json = JSON.parse(file.text)
  } catch (error) {
    return {
      status: { url, format: fallbackFormat, state: 'failed', failure: 'parse', problems: [{ severity: 'error', message: 'Not valid JSON.', ...jsonErrorLocation(error, file.text) }] },
    }
  }
  const result = read(json)
  const failed = result.value === undefined
  const state = failed ? 'failed' : result.problems.length ? 'partial' : 'loaded'
  return {
    value: result.value,
    status: { url, format: result.format, state, ...(result.summary ? { summary: result.summary } : {}), problems: result.problems, ...(failed ? { failure: 'unknown-format' as const } : {}) },
  }
}

/** Fetches and maps the configured dbt projects. Never throws: every failure is in a file's status. */
export async function loadDbt(request: DbtLoadRequest, fetchText: FetchText = createHttpFetchText(request.timeoutMs)): Promise<FileLoadResult> {
  const reads = await Promise.all(
    request.projects.map(async (project) => {
      const manifestUrl = project.manifestUrl ?? inFolder(project.target ?? '', 'manifest.json')
      const catalogUrl = project.catalogUrl ?? (project.target !== undefined ? inFolder(project.target, 'catalog.json') : undefined)
      const [manifest, catalog, observed] = await Promise.all([
        readJsonFile(manifestUrl, fetchText, request.base, readManifest, 'dbt manifest', false),
        catalogUrl ? readJsonFile(catalogUrl, fetchText, request.base, readCatalog, 'dbt catalog', true) : undefined,
        readObservations(project, fetchText, request.base),
      ])
      return { manifestUrl, manifest, catalog, observed }
    }),
  )
  const inputs: DbtProjectInput[] = reads.flatMap(({ manifestUrl, manifest, catalog, observed }) =>
    manifest.value ? [{ url: manifestUrl, manifest: manifest.value, catalog: catalog?.value, ...observed.values }] : [],
  )
  const { catalog, summaries } = mapDbtProjects(inputs, request.productRule ?? 'auto')
  const issues: RecordIssue[] = [...catalog.issues]
  const sources: SourceStatus[] = reads.flatMap(({ manifestUrl, manifest, catalog: catalogFile, observed }) => {
    const summary = summaries.get(manifestUrl)
    const status: SourceStatus = summary
      ? {
          ...manifest.status,
          state: manifest.status.state === 'loaded' && summary.problems.length ? 'partial' : manifest.status.state,
          summary: `${summary.products} product${summary.products === 1 ? '' : 's'} with ${summary.ports} output port${summary.ports === 1 ? '' : 's'}: ${summary.reason}.`,
          problems: [...manifest.status.problems, ...summary.problems],
        }
      : manifest.status
    for (const problem of status.problems) {
      if (problem.path === 'metadata.dbt_schema_version') issues.push({ entity: 'dbt manifest', ref: manifestUrl, message: problem.message })
    }
    if (summary && summary.products === 0) issues.push({ entity: 'file', ref: manifestUrl, message: `gave no data products: ${summary.reason}; try another productRule` })
    return [status, ...(catalogFile ? [catalogFile.status] : []), ...observed.statuses]
  })
  return { catalog: { ...catalog, issues }, sources }
}
