import type { Edge, Node } from '@xyflow/react'
import type { ProductKind } from '../../model/types'
import type { ProductCard } from './model/product-card'
import type { ColumnRef } from './model/view-state'

/** How a node or edge stands out: on the selected path, off it, or the selection itself. */
export type Tone = 'plain' | 'on' | 'dim' | 'selected'

export interface ExpandControl {
  /** Neighbours in this direction not yet shown. */
  hidden: number
  /** This node's next level in this direction was loaded on demand (and can be folded again). */
  expanded: boolean
}

export interface ColumnRow {
  ref: ColumnRef
  type: string
  /** Handle id suffix, safe for the DOM whatever the column is called. */
  handle: string
  tone: Tone
  linked: boolean
}

export interface ProductNodeData extends Record<string, unknown> {
  card: ProductCard
  focus: boolean
  tone: Tone
  /** Absent in the whole-mesh view, where domains open instead. */
  up?: ExpandControl
  down?: ExpandControl
  hasColumns: boolean
  columnsShown: boolean
  columns?: { ports: { id: string; name: string; rows: ColumnRow[] }[]; omitted: number }
}

export interface DomainNodeData extends Record<string, unknown> {
  domainId: string
  name: string
  productCount: number
  byKind: Record<ProductKind, number>
  tone: Tone
}

export interface GroupNodeData extends Record<string, unknown> {
  domainId: string
  name: string
  productCount: number
  /** Whole-mesh view: the group can fold back into one node. */
  collapsible: boolean
}

export interface LaneNodeData extends Record<string, unknown> {
  label: string
  lane: number
}

export type ProductFlowNode = Node<ProductNodeData, 'product'>
export type DomainFlowNode = Node<DomainNodeData, 'domain'>
export type GroupFlowNode = Node<GroupNodeData, 'domain-group'>
export type LaneFlowNode = Node<LaneNodeData, 'lane'>
export type LineageFlowNode = ProductFlowNode | DomainFlowNode | GroupFlowNode | LaneFlowNode
export type LineageFlowEdge = Edge
