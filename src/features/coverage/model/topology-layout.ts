/**
 * Positions for the domain graph, left to right as data flows: providers first, then domains
 * that both provide and consume, layered by the longest chain of feeds between them (cycles
 * broken where a depth-first walk by name meets them, at most `middleColumns` columns), then
 * consumers. Standalone domains have no edges, so they sit below the providers, out of the way.
 * Within a column, domains sit near the domains they connect to (a few barycentre sweeps),
 * which keeps edges short without a general graph-layout engine.
 */
import type { DomainRole } from '../../../model/domain-rollup'
import type { DomainTopology } from '../../../model/domain-topology'

export const ROLE_COLUMNS: readonly DomainRole[] = ['provider', 'both', 'consumer', 'standalone']

export interface TopologyPosition {
  domainId: string
  role: DomainRole
  x: number
  y: number
}

export interface TopologyLayoutOptions {
  nodeWidth?: number
  nodeHeight?: number
  columnGap?: number
  rowGap?: number
  sweeps?: number
  /** Columns for domains that both provide and consume; longer chains share the last one. */
  middleColumns?: number
}

export function layoutTopology(
  topology: DomainTopology,
  nameOf: (domainId: string) => string,
  { nodeWidth = 220, nodeHeight = 64, columnGap = 100, rowGap = 18, sweeps = 4, middleColumns = 2 }: TopologyLayoutOptions = {},
): TopologyPosition[] {
  const byName = (a: string, b: string) => nameOf(a).localeCompare(nameOf(b)) || (a < b ? -1 : a > b ? 1 : 0)
  const roleOf = new Map(topology.nodes.map((n) => [n.domainId, n.role]))
  const layerOf = assignLayers(topology, roleOf, byName, Math.max(1, middleColumns))

  const columns: string[][] = []
  const standalone: string[] = []
  for (const node of topology.nodes) {
    if (node.role === 'standalone') {
      standalone.push(node.domainId)
      continue
    }
    const layer = layerOf.get(node.domainId) ?? 0
    ;(columns[layer] ??= []).push(node.domainId)
  }
  standalone.sort(byName)
  const used = columns.filter((ids) => ids && ids.length > 0)
  for (const ids of used) ids.sort(byName)

  const neighbours = new Map<string, { id: string; weight: number }[]>()
  const link = (a: string, b: string, weight: number) => {
    const list = neighbours.get(a) ?? []
    list.push({ id: b, weight })
    neighbours.set(a, list)
  }
  for (const e of topology.edges) {
    link(e.from, e.to, e.weight)
    link(e.to, e.from, e.weight)
  }

  const rank = new Map<string, number>()
  const columnOf = new Map<string, number>()
  used.forEach((ids, c) => ids.forEach((id) => columnOf.set(id, c)))
  const setRanks = () => {
    for (const ids of used) ids.forEach((id, i) => rank.set(id, i / Math.max(1, ids.length - 1)))
  }
  setRanks()
  for (let sweep = 0; sweep < sweeps; sweep++) {
    used.forEach((ids, c) => {
      const centre = new Map<string, number>()
      for (const id of ids) {
        const links = (neighbours.get(id) ?? []).filter((n) => columnOf.get(n.id) !== c)
        const total = links.reduce((sum, n) => sum + n.weight, 0)
        centre.set(id, total === 0 ? (rank.get(id) ?? 0) : links.reduce((sum, n) => sum + (rank.get(n.id) ?? 0) * n.weight, 0) / total)
      }
      ids.sort((a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      setRanks()
    })
  }

  const positions = used.flatMap((ids, c) =>
    ids.map((domainId, row) => ({
      domainId,
      role: roleOf.get(domainId) ?? 'standalone',
      x: c * (nodeWidth + columnGap),
      y: row * (nodeHeight + rowGap),
    })),
  )
  const firstColumnRows = columns[0]?.length ?? 0
  const gap = firstColumnRows > 0 ? 1 : 0
  standalone.forEach((domainId, i) => {
    positions.push({ domainId, role: 'standalone', x: 0, y: (firstColumnRows + gap + i) * (nodeHeight + rowGap) })
  })
  return positions
}

/**
 * Column per domain: providers 0; a domain that both provides and consumes one more than the
 * deepest such domain feeding it (1 at least, `maxMiddle` at most); consumers after all of them.
 */
function assignLayers(
  topology: DomainTopology,
  roleOf: ReadonlyMap<string, DomainRole>,
  byName: (a: string, b: string) => number,
  maxMiddle: number,
): Map<string, number> {
  const middle = topology.nodes.filter((n) => n.role === 'both').map((n) => n.domainId).sort(byName)
  const next = new Map<string, string[]>(middle.map((id) => [id, []]))
  for (const e of topology.edges) {
    if (roleOf.get(e.from) === 'both' && roleOf.get(e.to) === 'both') next.get(e.from)?.push(e.to)
  }
  for (const targets of next.values()) targets.sort(byName)

  // depth-first by name; an edge back to a domain still on the walk closes a cycle and is ignored
  const state = new Map<string, 'open' | 'done'>()
  const order: string[] = []
  const forward = new Map<string, string[]>(middle.map((id) => [id, []]))
  for (const start of middle) {
    if (state.has(start)) continue
    const stack: { id: string; i: number }[] = [{ id: start, i: 0 }]
    state.set(start, 'open')
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; i: number }
      const targets = next.get(top.id) ?? []
      if (top.i < targets.length) {
        const target = targets[top.i++] as string
        const seen = state.get(target)
        if (seen === 'open') continue
        forward.get(top.id)?.push(target)
        if (seen === undefined) {
          state.set(target, 'open')
          stack.push({ id: target, i: 0 })
        }
      } else {
        state.set(top.id, 'done')
        order.push(top.id)
        stack.pop()
      }
    }
  }

  const layer = new Map<string, number>()
  for (const id of middle) layer.set(id, 1)
  for (const id of order.reverse()) {
    for (const target of forward.get(id) ?? []) layer.set(target, Math.max(layer.get(target) ?? 1, (layer.get(id) ?? 1) + 1))
  }
  for (const [id, value] of layer) layer.set(id, Math.min(maxMiddle, value))
  const deepest = Math.max(0, ...layer.values())
  for (const node of topology.nodes) {
    if (node.role === 'provider') layer.set(node.domainId, 0)
    else if (node.role === 'consumer') layer.set(node.domainId, deepest + 1)
  }
  return layer
}
