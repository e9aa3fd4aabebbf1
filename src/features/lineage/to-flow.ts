/**
 * Turns a laid-out lineage view into React Flow nodes and edges. Node data objects are reused
 * while their content is unchanged, so memoised nodes skip rendering when only part of a big
 * graph changes (a selection, an expansion).
 */
import { MarkerType } from '@xyflow/react'
import type { CatalogIndex } from '../../model/catalog-index'
import type { Urn } from '../../model/types'
import type { Layout } from '../../workers/layout/layout-types'
import { columnKey } from './model/column-lineage'
import { placeLabels, type LabelCandidate } from './model/edge-labels'
import type { LineageView } from './model/lineage-view'
import { groupId, NODE_HEIGHT, NODE_WIDTH } from './model/node-size'
import { productCard } from './model/product-card'
import type { PlacedBox } from './model/spatial-navigation'
import type { TracedPath } from './model/trace-path'
import { hiddenNeighbourCount } from './model/view-graph'
import type { ColumnRef, LineageViewState } from './model/view-state'
import type { ColumnRow, LineageFlowEdge, LineageFlowNode, ProductNodeData, Tone } from './flow-types'

export interface FlowInput {
  catalog: CatalogIndex
  view: LineageView
  layout: Layout
  state: LineageViewState
  path?: TracedPath
}

/** A node as the zoomed-out overview draws it: a coloured box. */
export interface OverviewMark extends PlacedBox {
  kind: string
  tone: Tone
}

export interface Flow {
  nodes: LineageFlowNode[]
  edges: LineageFlowEdge[]
  /** Absolute boxes of the focusable nodes, for arrow-key navigation and search. */
  boxes: PlacedBox[]
  marks: OverviewMark[]
  /** Edges for the overview: one SVG path for all, one for those on the highlighted path. */
  overviewPaths: { all: string; on: string }
}

const TONE_WORDS: Record<Tone, string> = { plain: '', on: ', on the highlighted path', dim: '', selected: ', selected' }
const LANE_LABELS = ['Source-aligned', 'Aggregate', 'Consumer-aligned']
const EDGE_LABEL_LIMIT = 120
/** Where edges leave and enter a card: its handles, as the stylesheet places them. */
const HANDLE_Y = NODE_HEIGHT / 2

/** Keeps the previous data object of a node when its content has not changed. */
export class DataCache {
  private entries = new Map<string, { signature: string; data: Record<string, unknown> }>()
  keep<T extends Record<string, unknown>>(id: string, data: T): T {
    const signature = JSON.stringify(data)
    const hit = this.entries.get(id)
    if (hit && hit.signature === signature) return hit.data as T
    this.entries.set(id, { signature, data })
    return data
  }
}

export function toFlow({ catalog, view, layout, state, path }: FlowInput, cache: DataCache): Flow {
  const { graph } = view
  const positioned = graph.nodes.filter((n) => layout.positions[n.id])
  const shown = new Set(positioned.map((n) => n.id))
  const grouped = state.grouped && Object.keys(layout.groups).length > 0
  const tone = (id: string): Tone => (!path ? 'plain' : id === state.selected ? 'selected' : path.nodes.has(id) ? 'on' : 'dim')
  const applied = new Set(view.applied.map((e) => `${e.direction}:${e.urn}`))
  const filters = { domains: state.domains, kinds: state.kinds }

  const nodes: LineageFlowNode[] = []
  const boxes: PlacedBox[] = []
  const marks: OverviewMark[] = []
  const heightOf = (id: string) => view.heights.get(id) ?? NODE_HEIGHT

  if (!grouped && positioned.length > 0) {
    let top = Infinity
    let bottom = -Infinity
    const lanes = new Map<number, { lane: number; x: number; right: number }>()
    for (const n of positioned) {
      const p = layout.positions[n.id]!
      top = Math.min(top, p.y)
      bottom = Math.max(bottom, p.y + heightOf(n.id))
      if (n.type !== 'product') continue
      const lane = lanes.get(n.lane)
      if (lane) {
        lane.x = Math.min(lane.x, p.x)
        lane.right = Math.max(lane.right, p.x + NODE_WIDTH)
      } else lanes.set(n.lane, { lane: n.lane, x: p.x, right: p.x + NODE_WIDTH })
    }
    // Bands only for products: a collapsed domain mixes kinds, so it belongs to no lane.
    for (const { lane: index, x, right } of lanes.values()) {
      const lane = { lane: index, x, width: right - x }
      nodes.push({
        id: `lane:${lane.lane}`,
        type: 'lane',
        position: { x: lane.x - 24, y: top - 64 },
        width: lane.width + 48,
        height: bottom - top + 96,
        data: cache.keep(`lane:${lane.lane}`, { label: LANE_LABELS[lane.lane] ?? 'Other', lane: lane.lane }),
        focusable: false,
        selectable: false,
        draggable: false,
        zIndex: -1,
      })
    }
  }

  const groupCounts = new Map<string, number>()
  if (grouped) for (const n of positioned) if (n.type === 'product') groupCounts.set(n.domainId, (groupCounts.get(n.domainId) ?? 0) + 1)

  const ordered = [...positioned].sort((a, b) => {
    const pa = layout.positions[a.id]!
    const pb = layout.positions[b.id]!
    if (grouped && a.domainId !== b.domainId) {
      const ga = layout.groups[groupId(a.domainId)] ?? pa
      const gb = layout.groups[groupId(b.domainId)] ?? pb
      return ga.x - gb.x || ga.y - gb.y
    }
    return pa.x - pb.x || pa.y - pb.y
  })

  const emittedGroups = new Set<string>()
  for (const node of ordered) {
    const p = layout.positions[node.id]!
    const height = heightOf(node.id)
    boxes.push({ id: node.id, x: p.x, y: p.y, width: NODE_WIDTH, height })
    marks.push({
      id: node.id,
      x: p.x,
      y: p.y,
      width: NODE_WIDTH,
      height,
      kind: node.type === 'product' ? (productCard(catalog, node.id)?.kind ?? 'domain') : 'domain',
      tone: tone(node.id),
    })
    const parent = grouped && node.type === 'product' ? groupId(node.domainId) : undefined
    const box = parent ? layout.groups[parent] : undefined
    if (parent && box && !emittedGroups.has(parent)) {
      emittedGroups.add(parent)
      nodes.push({
        id: parent,
        type: 'domain-group',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        data: cache.keep(parent, {
          domainId: node.domainId,
          name: catalog.domain(node.domainId)?.name ?? node.domainId,
          productCount: groupCounts.get(node.domainId) ?? 0,
          collapsible: state.mode === 'mesh',
        }),
        focusable: false,
        selectable: false,
        draggable: false,
      })
    }
    const position = parent && box ? { x: p.x - box.x, y: p.y - box.y } : p
    const common = { position, width: NODE_WIDTH, height, draggable: false, selectable: false, ...(parent && box ? { parentId: parent } : {}) }

    if (node.type === 'domain') {
      const name = catalog.domain(node.domainId)?.name ?? node.domainId
      nodes.push({
        id: node.id,
        type: 'domain',
        ...common,
        ariaLabel: `Domain ${name}, ${node.productCount} products${TONE_WORDS[tone(node.id)]}`,
        data: cache.keep(node.id, { domainId: node.domainId, name, productCount: node.productCount, byKind: node.byKind, tone: tone(node.id) }),
      })
      continue
    }
    const card = productCard(catalog, node.id)
    if (!card) continue
    const columns = view.columns.get(node.id)
    const product = view.source.product(node.id)
    const data: ProductNodeData = {
      card,
      focus: state.mode === 'focus' && node.id === state.focus,
      tone: tone(node.id),
      hasColumns: !!product && product.outputPorts.some((port) => port.columns.length > 0),
      columnsShown: !!columns,
      ...(state.mode === 'focus'
        ? {
            up: { hidden: hiddenNeighbourCount(view.source, node.id, 'up', shown, filters), expanded: applied.has(`up:${node.id}`) },
            down: { hidden: hiddenNeighbourCount(view.source, node.id, 'down', shown, filters), expanded: applied.has(`down:${node.id}`) },
          }
        : {}),
      ...(columns ? { columns: columnData(node.id, columns, view, state.column) } : {}),
    }
    nodes.push({
      id: node.id,
      type: 'product',
      ...common,
      ariaLabel: `${card.title}, ${card.kindLabel}, ${card.domainName}${data.focus ? ', focus' : ''}${TONE_WORDS[data.tone]}`,
      data: cache.keep(node.id, data),
    })
  }

  return { nodes, edges: flowEdges({ catalog, view, layout, state, ...(path ? { path } : {}) }, shown, boxes), boxes, marks, overviewPaths: overviewPaths(view, boxes, path) }
}

function overviewPaths(view: LineageView, boxes: readonly PlacedBox[], path: TracedPath | undefined): Flow['overviewPaths'] {
  const at = new Map(boxes.map((b) => [b.id, b]))
  const all: string[] = []
  const on: string[] = []
  for (const e of view.graph.edges) {
    const a = at.get(e.source)
    const b = at.get(e.target)
    if (!a || !b) continue
    const sx = a.x + a.width
    const sy = a.y + HANDLE_Y
    const tx = b.x
    const ty = b.y + HANDLE_Y
    const bend = Math.max(40, Math.abs(tx - sx) / 2)
    const d = `M${sx} ${sy}C${sx + bend} ${sy} ${tx - bend} ${ty} ${tx} ${ty}`
    ;(path?.edges.has(e.id) ? on : all).push(d)
  }
  return { all: all.join(''), on: on.join('') }
}

function columnData(
  urn: Urn,
  columns: NonNullable<ReturnType<LineageView['columns']['get']>>,
  view: LineageView,
  selectedColumn: ColumnRef | undefined,
): NonNullable<ProductNodeData['columns']> {
  const selectedKey = selectedColumn ? columnKey(selectedColumn) : undefined
  const linked = new Set(view.columnIndex.linksOf(urn).map((l) => columnKey(l.from.urn === urn ? l.from : l.to)))
  return {
    omitted: columns.omitted,
    ports: columns.ports.map((p, pi) => ({
      id: p.port.id,
      name: p.port.name,
      rows: p.columns.map((c, ci): ColumnRow => {
        const ref = { urn, port: p.port.id, column: c.name }
        const key = columnKey(ref)
        const selected = key === selectedKey
        return {
          ref,
          type: c.type,
          handle: `${pi}-${ci}`,
          linked: linked.has(key),
          tone: view.tracedColumns.size === 0 ? 'plain' : selected ? 'selected' : view.tracedColumns.has(key) ? 'on' : 'dim',
        }
      }),
    })),
  }
}

/** Labels go only where they clear every node and every other label; those on the highlighted path are placed first. */
function edgeLabels(view: LineageView, boxes: readonly PlacedBox[], shown: ReadonlySet<string>, path: TracedPath | undefined): Map<string, string> {
  const texts = new Map<string, string>()
  if (view.graph.edges.length > EDGE_LABEL_LIMIT) return texts
  const at = new Map(boxes.map((b) => [b.id, b]))
  const candidates: LabelCandidate[] = []
  for (const e of view.graph.edges) {
    const a = at.get(e.source)
    const b = at.get(e.target)
    if (!a || !b || !shown.has(e.source) || !shown.has(e.target)) continue
    const text = e.count > 1 ? `${e.count} links` : portNames(view, e).join(', ')
    if (!text) continue
    texts.set(e.id, text)
    candidates.push({ id: e.id, x: (a.x + a.width + b.x) / 2, y: a.y + HANDLE_Y + (b.y - a.y) / 2, text })
  }
  if (path) candidates.sort((x, y) => Number(path.edges.has(y.id)) - Number(path.edges.has(x.id)))
  const kept = placeLabels(candidates, boxes)
  for (const id of texts.keys()) if (!kept.has(id)) texts.delete(id)
  return texts
}

const portNames = (view: LineageView, e: LineageView['graph']['edges'][number]) =>
  e.outputPortIds.map((id) => view.source.product(e.source)?.outputPorts.find((p) => p.id === id)?.name ?? id)

function flowEdges({ catalog, view, path }: FlowInput, shown: ReadonlySet<string>, boxes: readonly PlacedBox[]): LineageFlowEdge[] {
  const edges: LineageFlowEdge[] = []
  const labels = edgeLabels(view, boxes, shown, path)
  const titleOf = (id: string) => productCard(catalog, id)?.title ?? catalog.domain(id.replace(/^domain:/, ''))?.name ?? id
  for (const e of view.graph.edges) {
    if (!shown.has(e.source) || !shown.has(e.target)) continue
    const tone: Tone = !path ? 'plain' : path.edges.has(e.id) ? 'on' : 'dim'
    const ports = portNames(view, e)
    const label = labels.get(e.id)
    edges.push({
      id: e.id,
      source: e.source,
      target: e.target,
      className: `ln-edge tone-${tone}`,
      interactionWidth: 0,
      markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: EDGE_COLOURS[tone] },
      ariaLabel: `${titleOf(e.source)} feeds ${titleOf(e.target)}${ports.length > 0 ? ` through ${ports.join(', ')}` : ''}`,
      ...(label ? { label, labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 4 } : {}),
      ...(tone === 'on' ? { zIndex: 1 } : {}),
    })
  }
  const handles = new Map<string, string>()
  for (const [urn, columns] of view.columns) {
    columns.ports.forEach((p, pi) => p.columns.forEach((c, ci) => handles.set(columnKey({ urn, port: p.port.id, column: c.name }), `${pi}-${ci}`)))
  }
  for (const urn of view.columns.keys()) {
    for (const link of view.columnIndex.linksOf(urn)) {
      if (link.to.urn !== urn) continue
      const fromKey = columnKey(link.from)
      const toKey = columnKey(link.to)
      const out = handles.get(fromKey)
      const into = handles.get(toKey)
      if (!out || !into) continue
      const on = view.tracedColumns.has(fromKey) && view.tracedColumns.has(toKey)
      const tone: Tone = view.tracedColumns.size === 0 ? 'plain' : on ? 'on' : 'dim'
      edges.push({
        id: `col:${fromKey}->${toKey}`,
        source: link.from.urn,
        target: link.to.urn,
        sourceHandle: `out:${out}`,
        targetHandle: `in:${into}`,
        className: `ln-edge ln-col-edge tone-${tone}`,
        interactionWidth: 0,
        markerEnd: { type: MarkerType.ArrowClosed, width: 12, height: 12, color: EDGE_COLOURS[tone] },
        ariaLabel: `Column ${link.to.column} of ${titleOf(link.to.urn)} comes from ${link.from.column} of ${titleOf(link.from.urn)}`,
        zIndex: 2,
      })
    }
  }
  return edges
}

const EDGE_COLOURS: Record<Tone, string> = {
  plain: 'var(--ln-edge)',
  on: 'var(--ln-edge-on)',
  selected: 'var(--ln-edge-on)',
  dim: 'var(--ln-edge-dim)',
}
