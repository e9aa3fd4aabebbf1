import type { SourceFailure, SourceStatus } from '../catalog-backend'
import type { RecordIssue } from '../../model/types'

const WORDS: Record<SourceFailure, string> = {
  'not-found': 'nothing was found at this address',
  fetch: 'could not be fetched',
  parse: 'is not valid YAML or JSON',
  schema: 'does not validate against its schema (read best-effort)',
  'unknown-format': 'is not in a format Tessera reads',
}

/** The files that need attention, as catalogue issues worded for their trouble; the Sources page has the details. */
export function fileIssues(sources: readonly SourceStatus[]): RecordIssue[] {
  return sources
    .filter((s) => s.state === 'failed' || s.failure !== undefined || s.problems.some((p) => p.severity === 'error'))
    .map((s) => ({ entity: 'file', ref: s.url, message: s.failure ? WORDS[s.failure] : s.state === 'failed' ? 'could not be loaded' : 'was read with errors' }))
}
