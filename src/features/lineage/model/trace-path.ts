import type { ViewEdge } from './view-graph'
import type { PathDirection } from './view-state'

export interface TracedPath {
  nodes: Set<string>
  edges: Set<string>
}

/**
 * Everything on screen upstream and/or downstream of `start`, following edges transitively:
 * the nodes (including `start`) and the edges along the way. Linear in the edges; cycles end.
 */
export function tracePath(edges: readonly ViewEdge[], start: string, direction: PathDirection): TracedPath {
  const out = new Map<string, ViewEdge[]>()
  const inn = new Map<string, ViewEdge[]>()
  for (const e of edges) {
    ;(out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e)
    ;(inn.get(e.target) ?? inn.set(e.target, []).get(e.target)!).push(e)
  }
  const nodes = new Set<string>([start])
  const onPath = new Set<string>()
  const walk = (next: (id: string) => ViewEdge[] | undefined, far: (e: ViewEdge) => string) => {
    const seen = new Set<string>([start])
    const queue = [start]
    while (queue.length > 0) {
      const id = queue.pop()!
      for (const e of next(id) ?? []) {
        onPath.add(e.id)
        const other = far(e)
        nodes.add(other)
        if (!seen.has(other)) {
          seen.add(other)
          queue.push(other)
        }
      }
    }
  }
  if (direction !== 'down') walk((id) => inn.get(id), (e) => e.source)
  if (direction !== 'up') walk((id) => out.get(id), (e) => e.target)
  return { nodes, edges: onPath }
}
