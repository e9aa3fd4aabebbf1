/**
 * The view graph as lists, for screens too narrow for a canvas: what lies upstream and
 * downstream of the focus, by distance, and (in the whole mesh) every node by domain.
 */
import type { ViewGraph, ViewNode } from './view-graph'

export interface ListedNode {
  node: ViewNode
  /** Steps from the focus along the links, 1 for a direct neighbour. */
  distance: number
}

export interface FocusLists {
  upstream: ListedNode[]
  downstream: ListedNode[]
  /** On screen but reached neither way from the focus alone (through an expansion of another product). */
  other: ViewNode[]
}

function walk(from: string, next: Map<string, string[]>): Map<string, number> {
  const distance = new Map<string, number>([[from, 0]])
  let frontier = [from]
  for (let d = 1; frontier.length > 0; d++) {
    const following: string[] = []
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (distance.has(n)) continue
        distance.set(n, d)
        following.push(n)
      }
    }
    frontier = following
  }
  distance.delete(from)
  return distance
}

export function focusLists(graph: ViewGraph, focus: string, titleOf: (node: ViewNode) => string): FocusLists {
  const readers = new Map<string, string[]>()
  const read = new Map<string, string[]>()
  for (const e of graph.edges) {
    ;(readers.get(e.source) ?? readers.set(e.source, []).get(e.source)!).push(e.target)
    ;(read.get(e.target) ?? read.set(e.target, []).get(e.target)!).push(e.source)
  }
  const up = walk(focus, read)
  const down = walk(focus, readers)
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const list = (distances: Map<string, number>) =>
    [...distances]
      .flatMap(([id, distance]) => {
        const node = byId.get(id)
        return node ? [{ node, distance }] : []
      })
      .sort((a, b) => a.distance - b.distance || titleOf(a.node).localeCompare(titleOf(b.node)))
  return {
    upstream: list(up),
    downstream: list(down),
    other: graph.nodes.filter((n) => n.id !== focus && !up.has(n.id) && !down.has(n.id)).sort((a, b) => titleOf(a).localeCompare(titleOf(b))),
  }
}
