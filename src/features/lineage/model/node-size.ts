/** Node sizes the layout plans with; the node components draw at exactly these sizes. */
import type { LayoutGraph } from '../../../workers/layout/layout-types'
import type { PortColumns } from './column-lineage'
import type { ViewGraph } from './view-graph'

export const NODE_WIDTH = 240
/** Room for a name on two lines, the domain line and a row of badges that may wrap once. */
export const NODE_HEIGHT = 116
export const PORT_ROW = 24
export const COLUMN_ROW = 24
export const OMITTED_ROW = 22
export const COLUMNS_PADDING = 10

export function heightWithColumns(columns: { ports: readonly PortColumns[]; omitted: number }): number {
  const rows = columns.ports.reduce((n, p) => n + p.columns.length, 0)
  return NODE_HEIGHT + COLUMNS_PADDING + columns.ports.length * PORT_ROW + rows * COLUMN_ROW + (columns.omitted > 0 ? OMITTED_ROW : 0)
}

export const groupId = (domainId: string) => `group:${domainId}`

/** What the layout worker needs of a view graph: ids, lanes, sizes, groups, edges. */
export function toLayoutGraph(graph: ViewGraph, grouped: boolean): LayoutGraph {
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      lane: n.lane,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      sortKey: n.domainId,
      ...(grouped && n.type === 'product' ? { group: groupId(n.domainId) } : {}),
    })),
    edges: graph.edges.map((e) => ({ source: e.source, target: e.target })),
  }
}
