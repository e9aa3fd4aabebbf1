/** Small graph and number helpers shared by the layouts. */
import type { LayoutGraph } from './layout-types'

export interface Adjacency {
  out: Map<string, string[]>
  in: Map<string, string[]>
}

export function adjacency(graph: LayoutGraph, known: ReadonlySet<string>): Adjacency {
  const out = new Map<string, string[]>()
  const inn = new Map<string, string[]>()
  for (const { source, target } of graph.edges) {
    if (source === target || !known.has(source) || !known.has(target)) continue
    push(out, source, target)
    push(inn, target, source)
  }
  return { out, in: inn }
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)
export const min = (values: readonly number[]) => (values.length === 0 ? undefined : Math.min(...values))
export const max = (values: readonly number[]) => (values.length === 0 ? undefined : Math.max(...values))
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
