import { PLANNED_BACKENDS, tesseraConfigSchema, type TesseraConfig } from '../../backends/backend-config'

/** A configuration Tessera cannot start with; `problems` say what to fix, one line each. */
export class ConfigError extends Error {
  readonly source: string
  readonly problems: string[]
  constructor(source: string, message: string, problems: string[] = []) {
    super(message)
    this.name = 'ConfigError'
    this.source = source
    this.problems = problems
  }
}

const plannedTypeProblem = (raw: unknown): string[] => {
  const backends = (raw as { backends?: unknown } | null)?.backends
  if (!Array.isArray(backends)) return []
  return backends.flatMap((b, i) => {
    const type = (b as { type?: unknown } | null)?.type
    return typeof type === 'string' && (PLANNED_BACKENDS as readonly string[]).includes(type)
      ? [`backends.${i}.type: the "${type}" backend is not available in this version of Tessera yet; use "demo", "rest", "dbt", "contracts", "datahub", "openmetadata" or "backstage".`]
      : []
  })
}

/** Validates a parsed configuration object. */
export function parseConfig(raw: unknown, source: string): TesseraConfig {
  const planned = plannedTypeProblem(raw)
  if (planned.length) throw new ConfigError(source, 'The configuration names a backend this version cannot use.', planned)
  const result = tesseraConfigSchema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(
      source,
      'The configuration is not valid.',
      result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`),
    )
  }
  const duplicates = duplicateIdProblems(result.data)
  if (duplicates.length) throw new ConfigError(source, 'Two backends share an id.', duplicates)
  return result.data
}

/** Several backends are shown as one mesh by id, so each needs its own (the id defaults to the type). */
function duplicateIdProblems(config: TesseraConfig): string[] {
  const seen = new Set<string>()
  return config.backends.flatMap((backend, i) => {
    const id = backend.id ?? backend.type
    if (!seen.has(id)) {
      seen.add(id)
      return []
    }
    return [`backends.${i}.id: another backend is already called "${id}"; give each backend its own "id".`]
  })
}

export interface ConfigSource {
  /** Inline JSON set at build time (VITE_TESSERA_CONFIG); wins over the file. */
  inline?: string
  url: string
  fetcher?: typeof fetch
}

/** Reads the configuration: build-time inline JSON if given, else the file served beside the app. */
export async function loadConfig({ inline, url, fetcher = fetch }: ConfigSource): Promise<TesseraConfig> {
  if (inline) {
    let raw: unknown
    try {
      raw = JSON.parse(inline)
    } catch (error) {
      throw new ConfigError('VITE_TESSERA_CONFIG', 'The build-time configuration is not valid JSON.', [String(error)])
    }
    return parseConfig(raw, 'VITE_TESSERA_CONFIG')
  }
  let response: Response
  try {
    response = await fetcher(url, { cache: 'no-store' })
  } catch (error) {
    throw new ConfigError(url, 'The configuration file could not be fetched.', [String(error)])
  }
  if (response.status === 404) {
    throw new ConfigError(url, 'No configuration file was found.', [`Serve a config.json at ${url}; see README → Configuration.`])
  }
  if (!response.ok) throw new ConfigError(url, `The configuration file could not be read (HTTP ${response.status}).`)
  const text = await response.text()
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const hint = /^\s*</.test(text) ? 'The server answered with an HTML page: is config.json deployed beside index.html?' : String(error)
    throw new ConfigError(url, 'The configuration file is not valid JSON.', [hint])
  }
  return parseConfig(raw, url)
}

export const isConfigError = (e: unknown): e is ConfigError => e instanceof ConfigError
export type { TesseraConfig }
