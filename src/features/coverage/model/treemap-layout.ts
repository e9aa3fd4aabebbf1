/**
 * Places every domain of the forest in one rectangle with d3-hierarchy's squarified treemap:
 * tiles sized by product count, sub-domains nested inside their parent's frame. A domain
 * without products still gets a small tile, because the gap is the point of the map.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy'
import { emptyCounts, type DomainCounts, type DomainRollup } from '../../../model/domain-rollup'
import type { DomainNode } from '../../../model/domain-tree'
import type { Domain } from '../../../model/types'

/**
 * `frame`: a domain with sub-domains, drawn as a box with a header, figures over the domain and
 * its sub-domains; `own`: the frame's own products, as a tile inside it; `leaf`: a domain
 * without sub-domains.
 */
export type TileKind = 'frame' | 'own' | 'leaf'

export interface TreemapTile {
  /** Unique among tiles: the domain id, with `#own` for a frame's own products. */
  key: string
  kind: TileKind
  domain: Domain
  /** Figures the tile's colour and label use: `total` for a frame, `own` otherwise. */
  counts: DomainCounts
  depth: number
  x: number
  y: number
  width: number
  height: number
}

export interface TreemapOptions {
  width: number
  height: number
  /** Height of a frame's header (its name and figure). */
  headerHeight?: number
  gap?: number
}

interface Datum {
  key: string
  kind: TileKind | 'root'
  domain?: Domain
  counts?: DomainCounts
  weight: number
  order: number
  children?: Datum[]
}

/**
 * The tiles in tree order (parents before children, siblings by name), so keyboard focus
 * follows the domain tree rather than the layout. Empty domains weigh a third of an average
 * non-empty tile (at least 1) so they stay visible.
 */
export function layoutTreemap(
  tree: readonly DomainNode[],
  rollups: ReadonlyMap<string, DomainRollup>,
  { width, height, headerHeight = 20, gap = 2 }: TreemapOptions,
): TreemapTile[] {
  if (tree.length === 0 || width <= 0 || height <= 0) return []
  const emptyWeight = emptyTileWeight(rollups)
  let order = 0
  const toDatum = (node: DomainNode): Datum => {
    const rollup = rollups.get(node.domain.id)
    const own = rollup?.own
    const ownCount = own?.productCount ?? 0
    const nodeOrder = order++
    if (node.children.length === 0) {
      return { key: node.domain.id, kind: 'leaf', domain: node.domain, counts: own, weight: Math.max(ownCount, emptyWeight), order: nodeOrder }
    }
    const children: Datum[] = []
    if (ownCount > 0) {
      children.push({ key: `${node.domain.id}#own`, kind: 'own', domain: node.domain, counts: own, weight: ownCount, order: order++ })
    }
    for (const child of node.children) children.push(toDatum(child))
    return { key: node.domain.id, kind: 'frame', domain: node.domain, counts: rollup?.total, weight: 0, order: nodeOrder, children }
  }
  const root: Datum = { key: '', kind: 'root', weight: 0, order: -1, children: tree.map(toDatum) }

  const laidOut = treemap<Datum>()
    .tile(treemapSquarify)
    .size([width, height])
    .round(true)
    .paddingInner(gap)
    .paddingOuter(gap)
    .paddingTop((node) => (node.depth === 0 ? gap : headerHeight))(
    hierarchy(root)
      .sum((d) => (d.children ? 0 : d.weight))
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.data.order - b.data.order),
  )

  const tiles: TreemapTile[] = []
  for (const node of laidOut.descendants()) {
    const { data } = node
    if (data.kind === 'root' || !data.domain) continue
    tiles.push({
      key: data.key,
      kind: data.kind,
      domain: data.domain,
      counts: data.counts ?? emptyCounts(),
      depth: node.depth - 1,
      x: node.x0,
      y: node.y0,
      width: Math.max(0, node.x1 - node.x0),
      height: Math.max(0, node.y1 - node.y0),
    })
  }
  const orderOf = new Map<string, number>()
  for (const node of laidOut.descendants()) orderOf.set(node.data.key, node.data.order)
  return tiles.sort((a, b) => (orderOf.get(a.key) ?? 0) - (orderOf.get(b.key) ?? 0))
}

function emptyTileWeight(rollups: ReadonlyMap<string, DomainRollup>): number {
  let products = 0
  let withProducts = 0
  for (const { own } of rollups.values()) {
    if (own.productCount > 0) {
      products += own.productCount
      withProducts += 1
    }
  }
  return withProducts === 0 ? 1 : Math.max(1, products / withProducts / 3)
}

