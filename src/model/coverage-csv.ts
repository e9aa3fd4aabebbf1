/**
 * The coverage figures as CSV (RFC 4180) for spreadsheets and slides.
 */
import type { DomainCounts, DomainRollup } from './domain-rollup'
import { buildDomainTree, effectiveParents, flattenDomainTree } from './domain-tree'
import type { Domain, Team } from './types'

/**
 * One CSV field: quoted when it holds a comma, quote or line break. A field that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with
 * an apostrophe, since names come from outside.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

const COUNT_COLUMNS: [string, (c: DomainCounts) => number][] = [
  ['products', (c) => c.productCount],
  ['source-aligned', (c) => c.byKind['source-aligned']],
  ['aggregate', (c) => c.byKind.aggregate],
  ['consumer-aligned', (c) => c.byKind['consumer-aligned']],
  ['owned', (c) => c.owned],
  ['documented', (c) => c.documented],
  ['under contract', (c) => c.underContract],
  ['with SLOs', (c) => c.withSlos],
  ['SLOs met', (c) => c.slosMet],
  ['active', (c) => c.active],
]

/**
 * A row per domain in tree order: its own figures, then with its sub-domains. Counts leave
 * retired products out, as the roll-up does.
 */
export function coverageCsv(domains: readonly Domain[], teams: readonly Team[], rollups: ReadonlyMap<string, DomainRollup>): string {
  const teamName = new Map(teams.map((t) => [t.id, t.name]))
  const parents = effectiveParents(domains)
  const header = [
    'domain id',
    'domain',
    'parent id',
    'owner team',
    ...COUNT_COLUMNS.map(([name]) => name),
    ...COUNT_COLUMNS.map(([name]) => `${name} incl. sub-domains`),
  ]
  const rows = flattenDomainTree(buildDomainTree(domains)).map(({ domain }) => {
    const rollup = rollups.get(domain.id)
    const own = COUNT_COLUMNS.map(([, get]) => (rollup ? get(rollup.own) : 0))
    const total = COUNT_COLUMNS.map(([, get]) => (rollup ? get(rollup.total) : 0))
    const owner = domain.ownerTeamId === undefined ? '' : (teamName.get(domain.ownerTeamId) ?? domain.ownerTeamId)
    return [domain.id, domain.name, parents.get(domain.id) ?? '', owner, ...own, ...total]
  })
  return toCsv([header, ...rows])
}

