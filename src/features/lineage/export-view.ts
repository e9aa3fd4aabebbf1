import { exportPicture } from '../../ui/picture/export-picture'
import type { LineageView } from './model/lineage-view'
import type { Layout } from '../../workers/layout/layout-types'
import type { CatalogIndex } from '../../model/catalog-index'

/** Overlays of the canvas that are not part of the graph. */
const LEFT_OUT = '.react-flow__minimap, .react-flow__controls, .react-flow__attribution, .react-flow__panel, .react-flow__background, .react-flow__handle, .ln-expand, .ln-columns-toggle'

/** The canvas as the user sees it: every node, edge, arrow and label on screen, without the minimap and controls. */
export function exportImage(canvas: HTMLElement, format: 'png' | 'svg', fileName: string, title: string): Promise<void> {
  return exportPicture(canvas, format, fileName, { skip: LEFT_OUT, title })
}

export interface GraphExport {
  exportedFrom: string
  nodes: { id: string; type: string; title: string; kind?: string; domain: string; x?: number; y?: number }[]
  edges: { source: string; target: string; outputPorts: string[]; productLinks: number }[]
}

/** The graph on screen as plain JSON: what tools and scripts can read back. */
export function graphJson(catalog: CatalogIndex, view: LineageView, layout: Layout | undefined, href: string): GraphExport {
  return {
    exportedFrom: href,
    nodes: view.graph.nodes.map((n) => {
      const product = n.type === 'product' ? catalog.product(n.id) : undefined
      const position = layout?.positions[n.id]
      return {
        id: n.id,
        type: n.type,
        title: product?.title ?? catalog.domain(n.domainId)?.name ?? n.domainId,
        ...(product ? { kind: product.kind } : {}),
        domain: n.domainId,
        ...(position ? { x: Math.round(position.x), y: Math.round(position.y) } : {}),
      }
    }),
    edges: view.graph.edges.map((e) => ({ source: e.source, target: e.target, outputPorts: e.outputPortIds, productLinks: e.count })),
  }
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  download(url, fileName)
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function download(href: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** A file name from a title: letters, digits and dashes only. */
export function fileSafe(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'lineage'
  )
}
