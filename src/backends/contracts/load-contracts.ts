import type { SourceFailure, SourceProblem, SourceStatus } from '../catalog-backend'
import type { FileLoadResult } from '../file-sources/create-file-backend'
import { asPath, hasScheme } from '../file-sources/app-base'
import { fileIssues } from '../file-sources/file-issues'
import { createHttpFetchText, fetchFailure, resolveUrl, type FetchText } from '../file-sources/fetch-file'
import { assembleCatalog } from './assemble-catalog'
import { detectStandard, type StandardId } from './detect-standard'
import type { AgreementSpec, ContractSpec, ProductSpec } from './file-model'
import { mapDmmAgreement } from './map-agreement'
import { mapDcs } from './map-dcs'
import { mapDmmProduct, mapDpds, mapOdps4, mapOdpsBitol } from './map-descriptors'
import { mapOdcs } from './map-odcs'
import { parseContractDocument, parseContractDocuments } from './parse-document'
import { record, records, text, type Json } from './read-values'
import { resolveExternalRefs } from './resolve-refs'
import { validateDocument } from './validate-document'

/** Everything a load needs, as plain data so it can be posted to a worker. */
export interface ContractsLoadRequest {
  urls?: string[]
  /** A JSON file listing files relative to itself: `["a.yaml"]` or `{ "files": ["a.yaml"] }`. */
  index?: string
  /** Address relative URLs are resolved against: where the app is served (its Vite base). */
  base?: string
  timeoutMs?: number
}

const DISPLAY_ROOT = 'http://tessera.invalid/'

/**
 * `contracts/index.json` + `orders.yaml` → `contracts/orders.yaml`, as a user would write it; an
 * index at `/contracts/index.json` keeps its leading slash. Listed names are file names: `urn:…`
 * is a name, `#` and `?` are characters of it.
 */
export function besideIndex(index: string, file: string): string {
  const name = hasScheme(file) ? file : asPath(file).replace(/[#?]/g, encodeURIComponent)
  const resolved = new URL(name, new URL(asPath(index), DISPLAY_ROOT)).href
  if (!resolved.startsWith(DISPLAY_ROOT)) return resolved
  const path = resolved.slice(DISPLAY_ROOT.length)
  return index.startsWith('/') ? `/${path}` : path
}

async function readIndex(index: string, request: ContractsLoadRequest, fetchText: FetchText): Promise<{ files: string[]; status: SourceStatus }> {
  const failed = (message: string, failure: SourceFailure = 'parse'): { files: string[]; status: SourceStatus } => ({
    files: [],
    status: { url: index, format: 'Index of contract files', state: 'failed', problems: [{ severity: 'error', message }], failure },
  })
  const file = await fetchText(resolveUrl(index, request.base))
  if (!file.ok) return failed(file.message, fetchFailure(file))
  let json: unknown
  try {
    json = JSON.parse(file.text)
  } catch {
    return failed('Not valid JSON: the index must be a JSON list of file names, or { "files": [...] }.')
  }
  const listed = Array.isArray(json) ? json : record(json)?.files
  if (!Array.isArray(listed) || !listed.every((f) => typeof f === 'string')) {
    return failed('The index must be a JSON list of file names, or { "files": [...] }.', 'unknown-format')
  }
  const files = (listed as string[]).map((f) => besideIndex(index, f))
  return { files, status: { url: index, format: 'Index of contract files', state: 'loaded', summary: `Lists ${files.length} file${files.length === 1 ? '' : 's'}.`, problems: [] } }
}

const MAX_REFS = 50

/** DPDS ports are often `$ref`s to files beside the descriptor: read them in. */
async function resolvePortRefs(doc: Json, href: string, fetchText: FetchText, problems: SourceProblem[]): Promise<Json> {
  const components = record(doc.interfaceComponents)
  if (!components) return doc
  let budget = MAX_REFS
  const resolveList = async (ports: unknown) =>
    Promise.all(
      records(ports).map(async (port) => {
        const ref = text(port.$ref)
        if (!ref || ref.startsWith('#') || budget-- <= 0) return port
        const file = await fetchText(resolveUrl(ref, href))
        const parsed = file.ok ? parseContractDocument(file.text) : undefined
        const target = record(parsed?.document?.data)
        if (!target) {
          problems.push({ severity: 'warning', message: `The port ${ref} could not be read: ${file.ok ? 'it is not a mapping' : file.message}` })
          return port
        }
        const { $ref: _ref, ...rest } = port
        const fileName = ref.split('/').pop()?.replace(/\.[^.]+$/, '')
        return { ...(fileName ? { name: fileName } : {}), ...target, ...rest }
      }),
    )
  const resolved: Json = { ...components }
  for (const key of ['inputPorts', 'outputPorts', 'discoveryPorts', 'observabilityPorts', 'controlPorts']) {
    if (Array.isArray(components[key])) resolved[key] = await resolveList(components[key])
  }
  return { ...doc, interfaceComponents: resolved }
}

type Mapped = { contract: ContractSpec } | { product: ProductSpec } | { agreement: AgreementSpec }

function mapDocument(standard: StandardId, doc: Json, url: string, raw: string, external: ReadonlyMap<string, Json>): Mapped {
  switch (standard) {
    case 'odcs-3.0':
    case 'odcs-3.1':
      return { contract: mapOdcs(doc, url, raw) }
    case 'dcs':
      return { contract: mapDcs(doc, url, raw, external) }
    case 'odps-bitol':
      return { product: mapOdpsBitol(doc, url) }
    case 'odps-4':
      return { product: mapOdps4(doc, url) }
    case 'dpds':
      return { product: mapDpds(doc, url) }
    case 'dmm-product':
      return { product: mapDmmProduct(doc, url) }
    case 'dmm-agreement':
      return { agreement: mapDmmAgreement(doc, url) }
  }
}

interface FileOutcome {
  status: SourceStatus
  mapped: Mapped[]
}

const UNVALIDATED = 'Read without validation: Tessera holds no JSON Schema for this format.'

async function readFile(url: string, request: ContractsLoadRequest, fetchText: FetchText): Promise<FileOutcome> {
  const failed = (format: string, problems: SourceProblem[], failure: SourceFailure): FileOutcome => ({ status: { url, format, state: 'failed', problems, failure }, mapped: [] })
  const href = resolveUrl(url, request.base)
  const file = await fetchText(href)
  if (!file.ok) return failed('Contract file', [{ severity: 'error', message: file.message }], fetchFailure(file))
  const parsed = parseContractDocuments(file.text)
  if (!parsed.documents.length) {
    return parsed.problems.length
      ? failed('Contract file', parsed.problems, 'parse')
      : failed('Empty file', [{ severity: 'error', message: 'The file holds no YAML document.' }], 'unknown-format')
  }
  const several = parsed.documents.length > 1
  const labels: string[] = []
  const notes = new Set<string>()
  const problems: SourceProblem[] = [...parsed.problems]
  const mapped: Mapped[] = []
  let unknown = 0
  let invalid = false
  for (const [index, document] of parsed.documents.entries()) {
    const prefix = several ? `Document ${index + 1}: ` : ''
    const detected = detectStandard(document.data)
    if ('error' in detected) {
      unknown += 1
      problems.push({ severity: 'error', message: `${prefix}${detected.error}`, ...document.locate([]) })
      continue
    }
    labels.push(detected.label)
    const validation = validateDocument(detected.standard, document)
    if (validation.problems.some((p) => p.severity === 'error')) invalid = true
    problems.push(...validation.problems.map((p) => ({ ...p, message: `${prefix}${p.message}` })))
    if (!validation.schemaName) notes.add(UNVALIDATED)
    let doc = document.data as Json
    if (detected.standard === 'dpds') doc = await resolvePortRefs(doc, href, fetchText, problems)
    const external = detected.standard === 'dcs' ? await resolveExternalRefs(doc, href, fetchText, problems) : new Map<string, Json>()
    const result = mapDocument(detected.standard, doc, url, several ? document.text : file.text, external)
    const spec = 'contract' in result ? result.contract : 'product' in result ? result.product : undefined
    const stated = text(doc.contractCreatedTs) ?? text(doc.productCreatedTs)
    const updatedAt = file.lastModified ?? (stated && !Number.isNaN(Date.parse(stated)) ? new Date(stated).toISOString() : undefined)
    if (updatedAt && spec) spec.updatedAt = updatedAt
    mapped.push(result)
  }
  const format = labels.length ? [...new Set(labels)].join(', ') : 'Unrecognised file'
  if (!mapped.length) return failed(format, problems, 'unknown-format')
  const summary = [several ? `A YAML stream of ${parsed.documents.length} documents.` : '', ...notes].filter(Boolean).join(' ')
  return {
    status: {
      url,
      format,
      state: problems.length ? 'partial' : 'loaded',
      problems,
      ...(summary ? { summary } : {}),
      ...(invalid ? { failure: 'schema' as const } : unknown ? { failure: 'unknown-format' as const } : {}),
    },
    mapped,
  }
}

/** Fetches, validates and maps every configured contract and descriptor. Never throws: each failure is in its file's status. */
export async function loadContracts(request: ContractsLoadRequest, fetchText: FetchText = createHttpFetchText(request.timeoutMs)): Promise<FileLoadResult> {
  const index = request.index ? await readIndex(request.index, request, fetchText) : undefined
  const urls = [...new Set([...(request.urls ?? []), ...(index?.files ?? [])])]
  const outcomes = await Promise.all(urls.map((url) => readFile(url, request, fetchText)))
  const products = outcomes.flatMap((o) => o.mapped.flatMap((m) => ('product' in m ? [m.product] : [])))
  const contracts = outcomes.flatMap((o) => o.mapped.flatMap((m) => ('contract' in m ? [m.contract] : [])))
  const agreements = outcomes.flatMap((o) => o.mapped.flatMap((m) => ('agreement' in m ? [m.agreement] : [])))
  const { catalog, byFile } = assembleCatalog(products, contracts, agreements)
  const statuses = outcomes.map(({ status, mapped }): SourceStatus => {
    const joined = byFile.get(status.url)
    if (!mapped.length || !joined) return status
    const problems = [...status.problems, ...joined.problems]
    const invalid = status.failure === 'schema' ? 'Does not validate against its schema: loaded best-effort.' : ''
    return {
      ...status,
      state: problems.length ? 'partial' : 'loaded',
      summary: [status.summary, joined.summary, invalid].filter(Boolean).join(' '),
      problems,
    }
  })
  const sources = index ? [index.status, ...statuses] : statuses
  return { catalog: { ...catalog, issues: fileIssues(sources) }, sources }
}
