import { allColumns } from '../completeness'
import { productIds } from '../product-ids'
import type { TermInDocument } from './inverted-index'
import { SEARCH_FIELDS, type ProductRecord, type SearchField } from './search-documents'
import type { MatchReason } from './search-types'

// Each query word is explained by the strongest field it reached: a word in the name is a name match
// even when a column shares it.
// The URN and other ids mostly repeat the domain and name, so they explain least of the named fields.
const STRENGTH: readonly SearchField[] = ['name', 'ports', 'columns', 'owners', 'tags', 'domain', 'urn', 'description', 'columnText']
const MAX_REASONS = 3

const fieldOf = (index: number) => SEARCH_FIELDS[index]!
const partsOf = (lower: string) => lower.split(/[\s_.:-]+/)
const holds = (text: string, term: string) => {
  const lower = text.toLowerCase()
  return lower === term || partsOf(lower).some((part) => part === term || part.startsWith(term))
}

function reasonFor(field: SearchField, record: ProductRecord, term: string): MatchReason | undefined {
  const { product } = record
  switch (field) {
    case 'name':
      return { kind: 'name' }
    case 'urn': {
      const id = productIds(product).find((i) => i !== product.urn && holds(i, term))
      return id ? { kind: 'id', id } : { kind: 'urn' }
    }
    case 'ports': {
      const port = product.outputPorts.find((p) => p.location.toLowerCase() === term || holds(p.location, term) || holds(p.name, term))
      return port ? { kind: 'port', port: port.location || port.name } : undefined
    }
    case 'columns': {
      const column =
        record.columns.find((c) => c.lower === term || c.lower.endsWith(`.${term}`)) ??
        record.columns.find((c) => partsOf(c.lower).includes(term)) ??
        record.columns.find((c) => holds(c.lower, term))
      return column ? { kind: 'column', column: column.path } : undefined
    }
    case 'owners': {
      const owner = record.ownerNames.find((name) => holds(name, term))
      return owner ? { kind: 'owner', owner } : undefined
    }
    case 'tags': {
      const tag = [...product.tags, ...product.glossaryTerms].find((t) => holds(t, term))
      return tag ? { kind: 'tag', tag } : undefined
    }
    case 'domain':
      return { kind: 'domain', domain: record.domainName ?? product.domainId }
    case 'description':
      return { kind: 'description' }
    case 'columnText': {
      const column = allColumns(product).find((c) => c.column.description && holds(c.column.description, term))
      return column ? { kind: 'column-description', column: column.path } : undefined
    }
  }
}

const sameReason = (a: MatchReason, b: MatchReason) => JSON.stringify(a) === JSON.stringify(b)

/** Why a product matched, strongest first, and which query words it does not match. */
export function explainMatch(record: ProductRecord, found: readonly TermInDocument[], words: readonly string[]): { reasons: MatchReason[]; missing: string[] } {
  const reasons: MatchReason[] = []
  const missing: string[] = []
  words.forEach((word, index) => {
    let best: { strength: number; field: SearchField; term: string } | undefined
    for (const { term, word: w, fields, typo } of found) {
      if (w !== index) continue
      for (const f of fields) {
        const field = fieldOf(f)
        // A near-spelling counts for less than any real word.
        const strength = STRENGTH.indexOf(field) + (typo ? STRENGTH.length : 0)
        if (!best || strength < best.strength) best = { strength, field, term }
      }
    }
    if (!best) {
      missing.push(word)
      return
    }
    const reason = reasonFor(best.field, record, best.term)
    if (reason && !reasons.some((r) => sameReason(r, reason))) reasons.push(reason)
  })
  const order = (r: MatchReason) => STRENGTH.indexOf(fieldForKind[r.kind])
  return { reasons: reasons.sort((a, b) => order(a) - order(b)).slice(0, MAX_REASONS), missing }
}

const fieldForKind: Record<MatchReason['kind'], SearchField> = {
  name: 'name',
  urn: 'urn',
  id: 'urn',
  port: 'ports',
  column: 'columns',
  owner: 'owners',
  tag: 'tags',
  domain: 'domain',
  description: 'description',
  'column-description': 'columnText',
}
