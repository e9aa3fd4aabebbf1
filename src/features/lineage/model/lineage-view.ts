/** Everything the lineage page derives from the catalogue and the URL, before layout and drawing. */
import type { CatalogIndex } from '../../../model/catalog-index'
import type { Catalog, Urn } from '../../../model/types'
import { buildColumnLineage, columnsToShow, traceColumns, type ColumnLineageIndex, type PortColumns } from './column-lineage'
import { heightWithColumns } from './node-size'
import { buildFocusGraph, buildMeshSteps, type Filters, type LineageSource, type ViewGraph } from './view-graph'
import type { Expansion, LineageViewState } from './view-state'

export interface LineageView {
  graph: ViewGraph
  /** The graph as it grew (see buildFocusGraph / buildMeshSteps). */
  steps: ViewGraph[]
  applied: Expansion[]
  /** Products the filters hide. */
  hidden: number
  source: LineageSource
  columnIndex: ColumnLineageIndex
  /** Products drawn with their columns, and which columns. */
  columns: Map<Urn, { ports: PortColumns[]; omitted: number }>
  /** Column keys on the selected column's lineage (empty without a selected column). */
  tracedColumns: Set<string>
  /** Heights of nodes drawn taller than usual (with their columns). */
  heights: Map<Urn, number>
}

const sources = new WeakMap<Catalog, { source: LineageSource; columnIndex: ColumnLineageIndex }>()

export function lineageSource(catalog: CatalogIndex): { source: LineageSource; columnIndex: ColumnLineageIndex } {
  const cached = sources.get(catalog.catalog)
  if (cached) return cached
  const entry = {
    source: { index: catalog.lineage(), product: catalog.product, products: catalog.catalog.products },
    columnIndex: buildColumnLineage(catalog.catalog.products, catalog.product),
  }
  sources.set(catalog.catalog, entry)
  return entry
}

export function buildLineageView(catalog: CatalogIndex, state: LineageViewState): LineageView {
  const { source, columnIndex } = lineageSource(catalog)
  const filters: Filters = { domains: state.domains, kinds: state.kinds }
  let graph: ViewGraph
  let steps: ViewGraph[]
  let applied: Expansion[] = []
  let hidden = 0
  if (state.mode === 'mesh') {
    steps = buildMeshSteps(source, { open: state.open, filters })
    graph = steps[steps.length - 1]!
    hidden = source.products.length - countProducts(graph)
  } else {
    const focused = buildFocusGraph(source, state.focus ?? '', { up: state.up, down: state.down, expansions: state.expansions, filters })
    ;({ graph, steps, applied, hidden } = focused)
  }

  const onScreen = new Set(graph.nodes.filter((n) => n.type === 'product').map((n) => n.id))
  const tracedColumns = state.column ? traceColumns(columnIndex, state.column) : new Set<string>()
  const withColumns = new Set(state.columns.filter((urn) => onScreen.has(urn)))
  for (const key of tracedColumns) {
    const urn = key.slice(0, key.indexOf('\u0000'))
    if (onScreen.has(urn)) withColumns.add(urn)
  }
  const columns = new Map<Urn, { ports: PortColumns[]; omitted: number }>()
  const heights = new Map<Urn, number>()
  for (const urn of withColumns) {
    const product = source.product(urn)
    if (!product) continue
    const shown = columnsToShow(product, columnIndex)
    columns.set(urn, shown)
    heights.set(urn, heightWithColumns(shown))
  }
  return { graph, steps, applied, hidden, source, columnIndex, columns, tracedColumns, heights }
}

function countProducts(graph: ViewGraph): number {
  let n = 0
  for (const node of graph.nodes) n += node.type === 'product' ? 1 : node.productCount
  return n
}

