import type { SourceFailure, SourceProblem, SourceStatus } from '../../backends/catalog-backend'

export const STATE_LABEL: Record<SourceStatus['state'], string> = {
  failed: 'Not loaded',
  partial: 'Loaded with problems',
  loaded: 'Loaded',
}

/** What kind of trouble, in a word or two, and what it means for the fix. */
export const FAILURE_KIND: Record<SourceFailure, { label: string; advice: string }> = {
  'not-found': { label: 'Not found', advice: 'nothing at this address; correct the path in the configuration or the index' },
  fetch: { label: 'Fetch failure', advice: 'the server failed or did not answer' },
  parse: { label: 'Parse error', advice: 'not valid YAML or JSON' },
  schema: { label: 'Schema violation', advice: 'read best-effort' },
  'unknown-format': { label: 'Unknown format', advice: 'not a file Tessera reads' },
}

const ORDER: Record<SourceStatus['state'], number> = { failed: 0, partial: 1, loaded: 2 }

/** Files that need attention first; otherwise in the order they were configured. */
export const byAttention = (sources: readonly SourceStatus[]): SourceStatus[] =>
  sources.map((s, i) => ({ s, i })).sort((a, b) => ORDER[a.s.state] - ORDER[b.s.state] || a.i - b.i).map(({ s }) => s)

export function countByState(sources: readonly SourceStatus[]): Record<SourceStatus['state'], number> {
  const counts = { failed: 0, partial: 0, loaded: 0 }
  for (const source of sources) counts[source.state] += 1
  return counts
}

/** "line 12, column 22" / "line 12" / undefined. */
export const locationText = (problem: SourceProblem): string | undefined =>
  problem.line === undefined ? undefined : `line ${problem.line}${problem.column === undefined ? '' : `, column ${problem.column}`}`

/** How many files have each kind of trouble, in the order the labels are listed. */
export function countByFailure(sources: readonly SourceStatus[]): [SourceFailure, number][] {
  const counts = new Map<SourceFailure, number>()
  for (const source of sources) if (source.failure) counts.set(source.failure, (counts.get(source.failure) ?? 0) + 1)
  return (Object.keys(FAILURE_KIND) as SourceFailure[]).flatMap((f) => (counts.has(f) ? [[f, counts.get(f) as number]] : []))
}
