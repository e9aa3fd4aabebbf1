import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { fieldLabel, parseFieldKey } from '../../model/product-edits'
import { diffText } from '../../model/text-diff'
import type { DataProduct, ProductChange } from '../../model/types'
import { useBackend } from '../../queries/backend-context'
import { historyQuery } from '../../queries/product-history'
import { EmptyState, ErrorState, LoadingState } from '../../ui/states'
import { DiffView } from './editing/diff-view'

const label = (field: string) => {
  const ref = parseFieldKey(field)
  return ref ? fieldLabel(ref) : field
}
// Lists are recorded one item per line: compare them line by line; prose word by word.
const granularity = (field: string) => (parseFieldKey(field)?.field === 'description' ? 'words' : 'lines')

function relativeTime(iso: string, now: number): string {
  const then = new Date(iso).getTime()
  if (Number.isNaN(then)) return iso
  const seconds = Math.round((now - then) / 1000)
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
  if (Math.abs(seconds) < 60) return format.format(-seconds, 'second')
  if (Math.abs(seconds) < 3600) return format.format(-Math.round(seconds / 60), 'minute')
  if (Math.abs(seconds) < 86_400) return format.format(-Math.round(seconds / 3600), 'hour')
  return new Date(then).toLocaleDateString(undefined, { dateStyle: 'medium' })
}

function Change({ change, catalog, open, now }: { change: ProductChange; catalog: CatalogIndex; open: boolean; now: number }) {
  const person = catalog.person(change.by)
  const when = new Date(change.at)
  return (
    <li className="history-entry">
      <article aria-labelledby={`change-${change.revision}`}>
        <h3 id={`change-${change.revision}`} className="history-title">
          <span className="badge">Revision {change.revision}</span>{' '}
          {person ? <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link> : <span>{change.by || 'Someone'}</span>}{' '}
          <span className="muted">
            changed {change.fields.length === 0 ? 'nothing' : change.fields.map(label).join(', ')} ·{' '}
            <time dateTime={change.at} title={Number.isNaN(when.getTime()) ? undefined : when.toLocaleString()}>
              {relativeTime(change.at, now)}
            </time>
          </span>
        </h3>
        {change.diff.map((d, i) => (
          <details key={`${d.field}-${i}`} className="history-diff" open={open}>
            <summary>{label(d.field)}</summary>
            <DiffView segments={diffText(d.before, d.after, granularity(d.field))} />
          </details>
        ))}
      </article>
    </li>
  )
}

/** Who changed what in the product, newest first, each change with its differences marked. */
export function HistoryTab({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const backend = useBackend()
  const history = useQuery(historyQuery(backend, product.urn))
  const [now] = useState(() => Date.now())
  if (history.isPending) return <LoadingState label="Loading the history…" />
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} title="The history could not be loaded" />
  const changes = history.data
  if (changes.length === 0) {
    return (
      <EmptyState title="No changes recorded yet">
        <p>Documentation saved in Tessera appears here: who changed it, when, which fields, and what the text was before.</p>
        <p className="muted">Revision {product.revision} is the version from the catalogue’s source.</p>
      </EmptyState>
    )
  }
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        Change history
      </h2>
      <ol className="history plain-list" aria-label="Changes, newest first">
        {changes.map((change, i) => (
          <Change key={`${change.revision}-${i}`} change={change} catalog={catalog} open={i < 3} now={now} />
        ))}
      </ol>
      {changes.at(-1)!.revision > 1 && <p className="muted">Revision {changes.at(-1)!.revision - 1} and earlier came from the catalogue’s source.</p>}
    </section>
  )
}
