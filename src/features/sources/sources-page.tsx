import { useSuspenseQuery } from '@tanstack/react-query'
import { useBackend } from '../../queries/backend-context'
import { EmptyState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import { SourceCard } from './source-card'
import { byAttention, countByFailure, countByState, FAILURE_KIND } from './source-status-model'
import { sourcesQuery } from './sources-query'
import './sources.css'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What a file-based backend read: every configured file, and what went wrong with it. */
export function SourcesPage() {
  const backend = useBackend()
  const { data: sources } = useSuspenseQuery(sourcesQuery(backend))
  useDocumentTitle('Sources')

  if (sources === null) {
    return (
      <section>
        <header className="page-header">
          <h1>Sources</h1>
        </header>
        <EmptyState title="This catalogue is not read from files">
          <p>{backend.label} is a catalogue service: its own administrators see what it loaded.</p>
        </EmptyState>
      </section>
    )
  }
  const counts = countByState(sources)
  const failures = countByFailure(sources)
  return (
    <section className="stack">
      <header className="page-header">
        <h1>Sources</h1>
        <p className="muted">The files {backend.label} reads, and what Tessera made of each.</p>
        <p role="status">
          {plural(sources.length, 'file')}: {counts.loaded} loaded, {counts.partial} with problems, {counts.failed} not loaded.
        </p>
        {failures.length > 0 && (
          <ul className="plain-list source-failure-counts" aria-label="Kinds of trouble">
            {failures.map(([failure, n]) => (
              <li key={failure}>
                {FAILURE_KIND[failure].label}: {n}
              </li>
            ))}
          </ul>
        )}
      </header>
      {sources.length === 0 ? (
        <EmptyState title="No files are configured">
          <p>List files in the backend’s configuration (config.json); see the README.</p>
        </EmptyState>
      ) : (
        <ul className="plain-list stack" aria-label="Source files">
          {byAttention(sources).map((source) => (
            <SourceCard key={source.url} source={source} />
          ))}
        </ul>
      )}
    </section>
  )
}
