import type { SourceProblem, SourceStatus } from '../catalog-backend'
import type { FileLoadResult } from '../file-sources/create-file-backend'
import { createHttpFetchText, resolveUrl, type FetchText } from '../file-sources/fetch-file'
import { assembleCatalog } from './assemble-catalog'
import { detectStandard, type StandardId } from './detect-standard'
import type { ContractSpec, ProductSpec } from './file-model'
import { mapDcs } from './map-dcs'
import { mapDmmProduct, mapDpds, mapOdps4, mapOdpsBitol } from './map-descriptors'
import { mapOdcs } from './map-odcs'
import { parseContractDocument } from './parse-document'
import { record, records, text, type Json } from './read-values'
import { validateDocument } from './validate-document'

/** Everything a load needs, as plain data so it can be posted to a worker. */
export interface ContractsLoadRequest {
  urls?: string[]
  /** A JSON file listing files relative to itself: `["a.yaml"]` or `{ "files": ["a.yaml"] }`. */
  index?: string
  /** Address relative URLs are resolved against: the app's own (document.baseURI). */
  base?: string
  timeoutMs?: number
}

const DISPLAY_ROOT = 'http://tessera.invalid/'

/** `contracts/index.json` + `orders.yaml` → `contracts/orders.yaml`, as a user would write it. */
function besideIndex(index: string, file: string): string {
  const resolved = new URL(file, new URL(index, DISPLAY_ROOT)).href
  return resolved.startsWith(DISPLAY_ROOT) ? resolved.slice(DISPLAY_ROOT.length) : resolved
}

async function readIndex(index: string, request: ContractsLoadRequest, fetchText: FetchText): Promise<{ files: string[]; status: SourceStatus }> {
  const failed = (message: string): { files: string[]; status: SourceStatus } => ({
    files: [],
    status: { url: index, format: 'Index of contract files', state: 'failed', problems: [{ severity: 'error', message }] },
  })
  const file = await fetchText(resolveUrl(index, request.base))
  if (!file.ok) return failed(file.message)
  let json: unknown
  try {
    json = JSON.parse(file.text)
  } catch {
    return failed('Not valid JSON: the index must be a JSON list of file names, or { "files": [...] }.')
  }
  const listed = Array.isArray(json) ? json : record(json)?.files
  if (!Array.isArray(listed) || !listed.every((f) => typeof f === 'string')) {
    return failed('The index must be a JSON list of file names, or { "files": [...] }.')
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

type Mapped = { contract: ContractSpec } | { product: ProductSpec }

function mapDocument(standard: StandardId, doc: Json, url: string, raw: string): Mapped {
  switch (standard) {
    case 'odcs-3.0':
    case 'odcs-3.1':
      return { contract: mapOdcs(doc, url, raw) }
    case 'dcs':
      return { contract: mapDcs(doc, url, raw) }
    case 'odps-bitol':
      return { product: mapOdpsBitol(doc, url) }
    case 'odps-4':
      return { product: mapOdps4(doc, url) }
    case 'dpds':
      return { product: mapDpds(doc, url) }
    case 'dmm-product':
      return { product: mapDmmProduct(doc, url) }
  }
}

interface FileOutcome {
  status: SourceStatus
  mapped?: Mapped
}

async function readFile(url: string, request: ContractsLoadRequest, fetchText: FetchText): Promise<FileOutcome> {
  const failed = (format: string, problems: SourceProblem[]): FileOutcome => ({ status: { url, format, state: 'failed', problems } })
  const href = resolveUrl(url, request.base)
  const file = await fetchText(href)
  if (!file.ok) return failed('Contract file', [{ severity: 'error', message: file.message }])
  const parsed = parseContractDocument(file.text)
  if (!parsed.document) return failed('Contract file', parsed.problems)
  const detected = detectStandard(parsed.document.data)
  if ('error' in detected) return failed('Unrecognised file', [{ severity: 'error', message: detected.error }])
  const validation = validateDocument(detected.standard, parsed.document)
  const problems: SourceProblem[] = [...validation.problems]
  if (!validation.schemaName) problems.push({ severity: 'warning', message: 'Tessera holds no JSON Schema for this format, so it was read without validation.' })
  let doc = parsed.document.data as Json
  if (detected.standard === 'dpds') doc = await resolvePortRefs(doc, href, fetchText, problems)
  const mapped = mapDocument(detected.standard, doc, url, file.text)
  const spec = 'contract' in mapped ? mapped.contract : mapped.product
  const stated = text(doc.contractCreatedTs) ?? text(doc.productCreatedTs)
  const updatedAt = file.lastModified ?? (stated && !Number.isNaN(Date.parse(stated)) ? new Date(stated).toISOString() : undefined)
  if (updatedAt) spec.updatedAt = updatedAt
  return { status: { url, format: detected.label, state: problems.length ? 'partial' : 'loaded', problems }, mapped }
}

/** Fetches, validates and maps every configured contract and descriptor. Never throws: each failure is in its file's status. */
export async function loadContracts(request: ContractsLoadRequest, fetchText: FetchText = createHttpFetchText(request.timeoutMs)): Promise<FileLoadResult> {
  const index = request.index ? await readIndex(request.index, request, fetchText) : undefined
  const urls = [...new Set([...(request.urls ?? []), ...(index?.files ?? [])])]
  const outcomes = await Promise.all(urls.map((url) => readFile(url, request, fetchText)))
  const products = outcomes.flatMap((o) => (o.mapped && 'product' in o.mapped ? [o.mapped.product] : []))
  const contracts = outcomes.flatMap((o) => (o.mapped && 'contract' in o.mapped ? [o.mapped.contract] : []))
  const { catalog, byFile } = assembleCatalog(products, contracts)
  const statuses = outcomes.map(({ status, mapped }): SourceStatus => {
    const joined = byFile.get(status.url)
    if (!mapped || !joined) return status
    const invalid = status.problems.some((p) => p.severity === 'error')
    const problems = [...status.problems, ...joined.problems]
    return {
      ...status,
      state: problems.length ? 'partial' : 'loaded',
      summary: invalid ? `${joined.summary} Does not validate against its schema: loaded best-effort.` : joined.summary,
      problems,
    }
  })
  const issues = statuses
    .filter((s) => s.state === 'failed' || s.problems.some((p) => p.severity === 'error'))
    .map((s) => ({ entity: 'file', ref: s.url, message: s.state === 'failed' ? 'could not be loaded; see Sources' : 'does not validate against its schema; see Sources' }))
  return { catalog: { ...catalog, issues }, sources: index ? [index.status, ...statuses] : statuses }
}
