/** The shapes a lineage layout reads and writes: plain data, so they cross the worker boundary as they are. */

export interface LayoutNode {
  id: string
  /** Column band, left to right (0 source-aligned, 1 aggregate, 2 consumer-aligned): layering never puts a lane before an earlier one. */
  lane: number
  width: number
  height: number
  /** Compound node (domain box) this node is drawn inside, when grouping. */
  group?: string
  /** Initial order within a layer before crossing reduction; keeps related nodes together. */
  sortKey?: string
}

export interface LayoutEdge {
  source: string
  target: string
}

export interface LayoutGraph {
  nodes: LayoutNode[]
  edges: LayoutEdge[]
}

export interface Point {
  x: number
  y: number
}

export interface Box extends Point {
  width: number
  height: number
}

/** Where each node goes (top-left corners, absolute) and which layer it sits in. */
export interface Layout {
  positions: Record<string, Point>
  layers: Record<string, number>
  /** Domain boxes when grouping, absolute. */
  groups: Record<string, Box>
  /** Horizontal extent of each lane, for background bands (absent when grouping). */
  lanes: { lane: number; x: number; width: number }[]
}

export type LayoutEngine = 'elk' | 'lanes'

export const LAYER_GAP = 72
export const NODE_GAP = 22
