/**
 * Lineage a server traversed, laid over the catalogue the browser holds. A server backend's
 * catalogue is capped (or carries no lineage), so the neighbourhood of a product read from the
 * server adds the products the catalogue lacks and completes the ones it has.
 */
import type { Catalog, ColumnLineage, DataProduct, InputPort, RecordIssue } from './types'

const inputKey = (port: InputPort) => (port.kind === 'product' ? `p\u0000${port.productUrn}\u0000${port.outputPortId ?? ''}` : `e\u0000${port.name}`)

/** Each input once, the first seen first; a repeat fills in what the first left out. */
function unionInputs(first: readonly InputPort[], second: readonly InputPort[]): InputPort[] {
  const merged = new Map<string, InputPort>()
  for (const port of [...first, ...second]) {
    const key = inputKey(port)
    const seen = merged.get(key)
    merged.set(key, seen ? ({ ...port, ...seen } as InputPort) : port)
  }
  return [...merged.values()]
}

function unionColumnLineage(first: readonly ColumnLineage[], second: readonly ColumnLineage[]): ColumnLineage[] {
  const merged = new Map<string, ColumnLineage>()
  for (const edge of [...first, ...second]) {
    const key = `${edge.outputPortId}\u0000${edge.column}`
    const seen = merged.get(key)
    if (!seen) {
      merged.set(key, { ...edge, from: [...edge.from] })
      continue
    }
    const known = new Set(seen.from.map((f) => `${f.productUrn}\u0000${f.outputPortId ?? ''}\u0000${f.column}`))
    for (const f of edge.from) if (!known.has(`${f.productUrn}\u0000${f.outputPortId ?? ''}\u0000${f.column}`)) seen.from.push(f)
  }
  return [...merged.values()]
}

/**
 * The product as the server answered for its neighbourhood, keeping lineage only the catalogue
 * knew (an input from beyond the neighbourhood's edge, a declared input).
 */
function combine(held: DataProduct, traversed: DataProduct): DataProduct {
  const columnLineage = unionColumnLineage(traversed.columnLineage ?? [], held.columnLineage ?? [])
  const { columnLineage: _dropped, ...rest } = { ...held, ...traversed }
  return {
    ...rest,
    inputPorts: unionInputs(traversed.inputPorts, held.inputPorts),
    ...(columnLineage.length ? { columnLineage } : {}),
  }
}

function addMissing<T extends { id: string }>(held: readonly T[], extra: readonly T[]): T[] {
  const byId = new Map(held.map((x) => [x.id, x]))
  for (const x of extra) if (!byId.has(x.id)) byId.set(x.id, x)
  return [...byId.values()]
}

const issueKey = (i: RecordIssue) => `${i.entity}\u0000${i.ref}\u0000${i.message}`

/**
 * The catalogue with each neighbourhood laid over it, in order: a product of a neighbourhood replaces
 * the catalogue's (keeping the inputs and column lineage only the catalogue had) or is added after
 * the catalogue's products; domains, teams and people are added where the catalogue lacks them.
 * With no neighbourhood, the catalogue itself is returned, so lookups built on it stay valid.
 */
export function mergeNeighbourhoods(catalog: Catalog, neighbourhoods: readonly Catalog[]): Catalog {
  if (neighbourhoods.length === 0) return catalog
  const products = new Map(catalog.products.map((p) => [p.urn, p]))
  let domains = catalog.domains
  let teams = catalog.teams
  let people = catalog.people
  const issues = new Map(catalog.issues.map((i) => [issueKey(i), i]))
  for (const n of neighbourhoods) {
    for (const product of n.products) {
      const held = products.get(product.urn)
      products.set(product.urn, held ? combine(held, product) : product)
    }
    domains = addMissing(domains, n.domains)
    teams = addMissing(teams, n.teams)
    people = addMissing(people, n.people)
    for (const issue of n.issues) if (!issues.has(issueKey(issue))) issues.set(issueKey(issue), issue)
  }
  return { domains, teams, people, products: [...products.values()], issues: [...issues.values()] }
}
