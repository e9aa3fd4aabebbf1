import type { SourceProblem, SourceStatus } from '../../backends/catalog-backend'

export const STATE_LABEL: Record<SourceStatus['state'], string> = {
  failed: 'Not loaded',
  partial: 'Loaded with problems',
  loaded: 'Loaded',
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
