import { parseFieldKey } from './product-edits'
import type { Column, DataProduct, ProductChange, Urn } from './types'

/** What changed, as the feed groups it. */
export type FeedChangeKind = 'schema' | 'documentation' | 'contract' | 'slo' | 'lifecycle' | 'owners' | 'tags'

/** One change to something a person follows. */
export interface FeedItem {
  /** Stable across readings, so a change is listed and marked read once. */
  id: string
  productUrn: Urn
  at: string
  /** Person id, when the source knows who. */
  by?: string
  kind: FeedChangeKind
  /** In words: "Column end_reason marked deprecated", "Contract 2.0.0 → 3.0.0". */
  summary: string
  /** Product tab that shows the change. */
  tab: 'overview' | 'schema' | 'contract' | 'history'
  source: 'history' | 'snapshot'
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean)

function listChange(before: string, after: string): string {
  const was = new Set(lines(before))
  const now = new Set(lines(after))
  const added = [...now].filter((x) => !was.has(x))
  const removed = [...was].filter((x) => !now.has(x))
  return [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ')
}

const DEPRECATED = /^deprecated$/i

/** The items one history entry makes: one per field changed. */
function itemsOfChange(urn: Urn, change: ProductChange): FeedItem[] {
  return change.diff.map((d): FeedItem => {
    const base = { id: `h:${urn}:${change.revision}:${d.field}`, productUrn: urn, at: change.at, by: change.by, source: 'history' as const }
    const ref = parseFieldKey(d.field)
    if (ref?.kind === 'column') {
      if (ref.field === 'tags') {
        const marked = lines(d.after).some((t) => DEPRECATED.test(t)) && !lines(d.before).some((t) => DEPRECATED.test(t))
        const summary = marked ? `Column ${ref.column} marked deprecated` : `Column ${ref.column}: tags ${listChange(d.before, d.after) || 'changed'}`
        return { ...base, kind: 'schema', tab: 'schema', summary }
      }
      if (ref.field === 'classification') {
        return { ...base, kind: 'schema', tab: 'schema', summary: `Column ${ref.column} classified ${d.after || 'as nothing'}${d.before ? ` (was ${d.before})` : ''}` }
      }
      return { ...base, kind: 'schema', tab: 'schema', summary: `Column ${ref.column}: description ${d.before ? 'changed' : 'written'}` }
    }
    switch (ref?.field) {
      case 'description':
        return { ...base, kind: 'documentation', tab: 'overview', summary: 'Description changed' }
      case 'owners':
        return { ...base, kind: 'owners', tab: 'history', summary: `Owners ${listChange(d.before, d.after) || 'changed'}` }
      case 'tags':
      case 'glossaryTerms':
        return { ...base, kind: 'tags', tab: 'overview', summary: `${ref.field === 'tags' ? 'Tags' : 'Glossary terms'} ${listChange(d.before, d.after) || 'changed'}` }
      case 'links':
        return { ...base, kind: 'documentation', tab: 'overview', summary: `Links ${listChange(d.before, d.after) || 'changed'}` }
      default:
        return { ...base, kind: 'documentation', tab: 'history', summary: `${d.field} changed` }
    }
  })
}

/** Changes a backend's history records after `since` (ISO time), newest first. */
export function changesFromHistory(urn: Urn, history: readonly ProductChange[], since: string): FeedItem[] {
  return history
    .filter((change) => change.at > since)
    .flatMap((change) => itemsOfChange(urn, change))
    .sort((a, b) => b.at.localeCompare(a.at))
}

/** What Tessera remembers of a product to tell, at the next visit, what changed. */
export interface ProductSnapshot {
  urn: Urn
  lifecycle: DataProduct['lifecycle']
  replacedBy?: Urn
  contract?: { version: string; status?: string }
  slos: Record<string, string>
  owners: string[]
  /** `port/column.path` → type, nested fields included. */
  columns: Record<string, string>
}

function flatten(columns: readonly Column[], prefix: string, into: Record<string, string>) {
  for (const column of columns) {
    const path = `${prefix}${column.name}`
    into[path] = column.type
    if (column.fields) flatten(column.fields, `${path}.`, into)
  }
}

export function snapshotOf(product: DataProduct): ProductSnapshot {
  const columns: Record<string, string> = {}
  for (const port of product.outputPorts) flatten(port.columns, `${port.id}/`, columns)
  return {
    urn: product.urn,
    lifecycle: product.lifecycle,
    ...(product.replacedBy ? { replacedBy: product.replacedBy } : {}),
    ...(product.contract ? { contract: { version: product.contract.version, ...(product.contract.terms?.status ? { status: product.contract.terms.status } : {}) } } : {}),
    slos: Object.fromEntries(product.slos.map((s) => [s.name, s.status])),
    owners: product.owners.map((o) => `${o.role}:${o.teamId ?? ''}:${o.personId ?? ''}`).sort(),
    columns,
  }
}

const column = (key: string) => key.slice(key.indexOf('/') + 1)

/**
 * What differs between the product as last seen and now, found at `at`: columns added, removed
 * or retyped, contract version or status, SLO status, lifecycle and replacement, owners.
 */
export function diffSnapshots(before: ProductSnapshot, after: ProductSnapshot, at: string): FeedItem[] {
  const items: FeedItem[] = []
  const add = (kind: FeedChangeKind, tab: FeedItem['tab'], key: string, summary: string) =>
    items.push({ id: `s:${after.urn}:${at}:${key}`, productUrn: after.urn, at, kind, tab, summary, source: 'snapshot' })

  for (const [key, type] of Object.entries(after.columns)) {
    const was = before.columns[key]
    if (was === undefined) add('schema', 'schema', `col+${key}`, `Column ${column(key)} added (${type})`)
    else if (was !== type) add('schema', 'schema', `col~${key}`, `Column ${column(key)} retyped ${was} → ${type}`)
  }
  for (const key of Object.keys(before.columns)) {
    if (after.columns[key] === undefined) add('schema', 'schema', `col-${key}`, `Column ${column(key)} removed`)
  }
  if (before.contract?.version !== after.contract?.version) {
    const summary = !after.contract ? 'Contract removed' : !before.contract ? `Contract ${after.contract.version} added` : `Contract ${before.contract.version} → ${after.contract.version}`
    add('contract', 'contract', 'contract-version', summary)
  } else if (before.contract?.status !== after.contract?.status) {
    add('contract', 'contract', 'contract-status', `Contract status ${before.contract?.status ?? 'none'} → ${after.contract?.status ?? 'none'}`)
  }
  for (const [name, status] of Object.entries(after.slos)) {
    const was = before.slos[name]
    if (was !== undefined && was !== status) add('slo', 'contract', `slo-${name}`, `SLO ${name}: ${was} → ${status}`)
  }
  if (before.lifecycle !== after.lifecycle) add('lifecycle', 'overview', 'lifecycle', `Now ${after.lifecycle} (was ${before.lifecycle})`)
  if (before.replacedBy !== after.replacedBy && after.replacedBy) add('lifecycle', 'overview', 'replaced', `Replaced by ${after.replacedBy}`)
  if (before.owners.join('|') !== after.owners.join('|')) add('owners', 'overview', 'owners', 'Owners changed')
  return items
}

/** Kinds a backend's history cannot tell, which comparing snapshots still finds. */
export const SNAPSHOT_ONLY_KINDS: ReadonlySet<FeedChangeKind> = new Set(['schema', 'contract', 'slo', 'lifecycle'])

/** Items from both sources, each once, newest first; a snapshot item history already tells is dropped. */
export function mergeFeed(history: readonly FeedItem[], snapshot: readonly FeedItem[], hasHistory: boolean): FeedItem[] {
  const kept = hasHistory ? snapshot.filter((item) => SNAPSHOT_ONLY_KINDS.has(item.kind)) : snapshot
  const seen = new Set<string>()
  return [...history, ...kept]
    .filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)))
    .sort((a, b) => b.at.localeCompare(a.at))
}
