import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { glossaryEntries, glossaryPath } from '../../model/glossary'
import { firstLine } from '../../model/plain-text'
import { plural } from '../../model/plural'
import { useBackend } from '../../queries/backend-context'
import { glossaryQuery } from '../../queries/glossary'
import { useCatalog } from '../../queries/use-catalog'
import { EmptyState, ErrorState, LoadingState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import './glossary.css'

/** `/glossary`: every business term the backend defines or a product carries, with its definition's first line. */
export function GlossaryPage() {
  useDocumentTitle('Glossary')
  const backend = useBackend()
  const { catalog } = useCatalog()
  const glossary = useQuery(glossaryQuery(backend))
  const [params, setParams] = useSearchParams()
  const filter = params.get('filter') ?? ''
  const entries = useMemo(() => glossaryEntries(glossary.data ?? [], catalog.products), [glossary.data, catalog.products])
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
  const shown = entries.filter((entry) => words.every((word) => `${entry.name} ${entry.definition ?? ''}`.toLowerCase().includes(word)))
  const undefinedCount = entries.filter((e) => !e.definition).length

  return (
    <section className="glossary-page">
      <header className="page-header">
        <h1>Glossary</h1>
        <p className="muted">
          {plural(entries.length, 'business term')} the mesh’s products carry or {backend.label} defines
          {backend.listGlossary && undefinedCount > 0 ? `; ${undefinedCount} without a definition yet` : ''}.
        </p>
        <label className="row">
          <span>Filter terms</span>
          <input type="search" value={filter} onChange={(event) => setParams(event.target.value ? { filter: event.target.value } : {}, { replace: true })} />
        </label>
      </header>
      {glossary.error && <ErrorState error={glossary.error} onRetry={() => void glossary.refetch()} title={`The glossary of ${backend.label} could not be read`} />}
      {!backend.listGlossary && (
        <p className="notice" role="note">
          {backend.label} keeps no glossary Tessera can read: these are the terms its products carry, without definitions.
        </p>
      )}
      {glossary.isPending ? (
        <LoadingState label="Reading the glossary…" />
      ) : shown.length === 0 ? (
        <EmptyState title={entries.length === 0 ? 'No glossary terms yet' : 'No term matches the filter'} />
      ) : (
        <ul className="plain-list card glossary-list" aria-label="Terms">
          {shown.map((entry) => (
            <li key={entry.name}>
              <Link className="result-title" to={glossaryPath(entry.name)}>
                {entry.name}
              </Link>
              <span className="muted glossary-count"> · {plural(entry.products, 'product')}</span>
              <p className={entry.definition ? 'snippet' : 'snippet muted'}>{entry.definition ? firstLine(entry.definition) : <em>No definition yet.</em>}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
