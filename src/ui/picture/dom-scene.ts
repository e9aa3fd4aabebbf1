/**
 * Reads what an element shows on screen (boxes, text lines, SVG paths with their arrowheads)
 * into a `Scene`, leaving out controls: buttons, form fields, tooltips and whatever matches `skip`.
 * Coordinates are the element's on-screen pixels, so the picture is the view as the user sees it.
 */
import type { Matrix, Scene, SceneItem } from './svg-scene'

const ALWAYS_SKIP = [
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  'script',
  'style',
  'marker',
  'defs',
  '.visually-hidden',
  '[role="tooltip"]',
  '[data-picture="skip"]',
].join(',')

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

interface Walk {
  origin: DOMRect
  skip: string
  items: { z: number; order: number; item: SceneItem }[]
  colour: (value: string) => string | undefined
  measure: (text: string, font: string) => number
}

export interface SceneOptions {
  /** More elements to leave out (a CSS selector list). */
  skip?: string
  title?: string
}

export function sceneOf(root: HTMLElement, { skip = '', title }: SceneOptions = {}): Scene {
  const origin = root.getBoundingClientRect()
  const context = document.createElement('canvas').getContext('2d')
  const colours = new Map<string, string | undefined>()
  const walk: Walk = {
    origin,
    skip: skip ? `${ALWAYS_SKIP},${skip}` : ALWAYS_SKIP,
    items: [],
    colour: (value) => {
      if (!colours.has(value)) colours.set(value, normaliseColour(context, value))
      return colours.get(value)
    },
    measure: (text, font) => {
      if (!context) return text.length * 7
      context.font = font
      return context.measureText(text).width
    },
  }
  visit(root, walk, 0, 1, undefined, true)
  const style = getComputedStyle(root)
  const items = walk.items.sort((a, b) => a.z - b.z || a.order - b.order).map((i) => i.item)
  return {
    width: origin.width,
    height: origin.height,
    background: backgroundOf(root, walk) ?? '#ffffff',
    fontFamily: style.fontFamily || 'sans-serif',
    ...(title ? { title } : {}),
    items,
  }
}

/** Any CSS colour as #rrggbb (or rgba), which every SVG reader knows; undefined when fully transparent. */
function normaliseColour(context: CanvasRenderingContext2D | null, value: string): string | undefined {
  if (!value || value === 'none' || value === 'transparent') return undefined
  if (!context) return value
  context.fillStyle = '#000000'
  context.fillStyle = value
  const result = String(context.fillStyle)
  if (/^rgba\(.*,\s*0\)$/.test(result)) return undefined
  return result
}

function backgroundOf(element: HTMLElement, walk: Walk): string | undefined {
  for (let e: HTMLElement | null = element; e; e = e.parentElement) {
    const colour = walk.colour(getComputedStyle(e).backgroundColor)
    if (colour) return colour
  }
  return undefined
}

const intersects = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top

function push(walk: Walk, z: number, item: SceneItem) {
  walk.items.push({ z, order: walk.items.length, item })
}

function zOf(style: CSSStyleDeclaration, z: number): number {
  if (style.position === 'static' || style.zIndex === 'auto') return z
  const value = Number(style.zIndex)
  return Number.isFinite(value) ? value : z
}

function visit(element: Element, walk: Walk, z: number, parentOpacity: number, clip: Box | undefined, isRoot = false): void {
  if (element.matches(walk.skip)) return
  const style = getComputedStyle(element)
  if (style.display === 'none' || style.visibility === 'hidden') return
  const alpha = parentOpacity * Number(style.opacity || 1)
  if (alpha <= 0.01) return
  const layer = zOf(style, z)
  if (element instanceof SVGElement) {
    visitSvg(element, style, walk, layer, alpha)
    return
  }
  if (!(element instanceof HTMLElement)) return
  const screen = element.getBoundingClientRect()
  const box = local(screen, walk.origin)
  // the root's own background is the picture's background, under everything however low its z-index
  if (!isRoot && box.width > 1 && box.height > 1 && (!clip || intersects(edges(box), clip)) && intersects(edges(box), edges(local(walk.origin, walk.origin)))) {
    paintBox(element, style, box, walk, layer, alpha)
  }
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible'
  const inner = clips ? intersect(clip, edges(box)) : clip
  if (clips && inner && (inner.right <= inner.left || inner.bottom <= inner.top)) return
  const scale = element.offsetWidth > 0 ? screen.width / element.offsetWidth : 1
  const ellipsis = style.textOverflow === 'ellipsis'
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) paintText(child as Text, style, scale, walk, layer, alpha, inner, ellipsis)
    else if (child instanceof Element) visit(child, walk, layer, alpha, inner)
  }
}

function local(rect: DOMRect, origin: DOMRect) {
  return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height }
}
const edges = (b: { x: number; y: number; width: number; height: number }): Box => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height })
function intersect(a: Box | undefined, b: Box): Box {
  if (!a) return b
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) }
}

function paintBox(element: HTMLElement, style: CSSStyleDeclaration, box: ReturnType<typeof local>, walk: Walk, z: number, alpha: number) {
  const scale = element.offsetWidth > 0 ? box.width / element.offsetWidth : 1
  const fill = walk.colour(style.backgroundColor)
  const top = parseFloat(style.borderTopWidth) || 0
  const left = parseFloat(style.borderLeftWidth) || 0
  const stroke = top > 0 && style.borderTopStyle !== 'none' ? walk.colour(style.borderTopColor) : undefined
  if (!fill && !stroke && left === 0) return
  const radius = (parseFloat(style.borderTopLeftRadius) || 0) * scale
  const opacity = alpha < 1 ? { opacity: alpha } : {}
  if (fill || stroke) {
    const inset = stroke ? (top * scale) / 2 : 0
    push(walk, z, {
      kind: 'rect',
      x: box.x + inset,
      y: box.y + inset,
      width: Math.max(0, box.width - 2 * inset),
      height: Math.max(0, box.height - 2 * inset),
      radius,
      ...(fill ? { fill } : {}),
      ...(stroke ? { stroke, strokeWidth: top * scale } : {}),
      ...opacity,
    })
  }
  const leftColour = left > top && style.borderLeftStyle !== 'none' ? walk.colour(style.borderLeftColor) : undefined
  if (leftColour) {
    push(walk, z, { kind: 'rect', x: box.x, y: box.y, width: left * scale, height: box.height, radius: Math.min(radius, left * scale), fill: leftColour, ...opacity })
  }
}

function fontOf(style: CSSStyleDeclaration, size: number) {
  return `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`
}

function transformText(text: string, style: CSSStyleDeclaration) {
  if (style.textTransform === 'uppercase') return text.toUpperCase()
  if (style.textTransform === 'lowercase') return text.toLowerCase()
  return text
}

/** One text item per line the text occupies on screen, cut to its clipping box as the screen cuts it. */
function paintText(node: Text, style: CSSStyleDeclaration, scale: number, walk: Walk, z: number, alpha: number, clip: Box | undefined, ellipsis: boolean) {
  const content = node.data
  if (!content.trim()) return
  const fill = walk.colour(style.color)
  if (!fill) return
  const range = document.createRange()
  const lines: { start: number; end: number; left: number; right: number; top: number; bottom: number }[] = []
  for (const word of content.matchAll(/\S+/g)) {
    const start = word.index
    const end = start + word[0].length
    range.setStart(node, start)
    range.setEnd(node, end)
    const rects = range.getClientRects()
    const first = rects[0]
    if (!first || first.width === 0) continue
    const last = rects[rects.length - 1] ?? first
    const line = lines[lines.length - 1]
    const top = first.top - walk.origin.top
    if (line && Math.abs(line.top - top) < first.height / 2) {
      line.end = end
      line.right = last.right - walk.origin.left
    } else {
      lines.push({ start, end, left: first.left - walk.origin.left, right: last.right - walk.origin.left, top, bottom: first.bottom - walk.origin.top })
    }
  }
  const size = (parseFloat(style.fontSize) || 12) * scale
  const font = fontOf(style, size)
  for (const line of lines) {
    if (clip && (line.top >= clip.bottom - 1 || line.bottom <= clip.top + 1 || line.left >= clip.right || line.right <= clip.left)) continue
    let text = transformText(content.slice(line.start, line.end).replace(/\s+/g, ' '), style)
    if (clip && line.right > clip.right + 0.5) text = fitWidth(text, clip.right - line.left, font, walk, ellipsis)
    if (!text) continue
    push(walk, z, {
      kind: 'text',
      x: line.left,
      y: (line.top + line.bottom) / 2,
      text,
      size,
      weight: style.fontWeight,
      fill,
      ...(style.fontStyle === 'italic' ? { italic: true } : {}),
      ...(alpha < 1 ? { opacity: alpha } : {}),
    })
  }
}

function fitWidth(text: string, width: number, font: string, walk: Walk, ellipsis: boolean): string {
  const suffix = ellipsis ? '…' : ''
  let low = 0
  let high = text.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (walk.measure(text.slice(0, mid).trimEnd() + suffix, font) <= width) low = mid
    else high = mid - 1
  }
  return low === 0 ? '' : text.slice(0, low).trimEnd() + suffix
}

function visitSvg(element: SVGElement, style: CSSStyleDeclaration, walk: Walk, z: number, alpha: number) {
  if (element instanceof SVGPathElement || element instanceof SVGPolylineElement || element instanceof SVGLineElement) {
    paintPath(element, style, walk, z, alpha)
    return
  }
  if (element instanceof SVGRectElement) {
    const box = local(element.getBoundingClientRect(), walk.origin)
    const fill = walk.colour(style.fill)
    const stroke = walk.colour(style.stroke)
    if ((!fill && !stroke) || box.width <= 0 || box.height <= 0) return
    const ctm = element.getScreenCTM()
    const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1
    push(walk, z, {
      kind: 'rect',
      ...box,
      radius: (parseFloat(element.getAttribute('rx') ?? '0') || 0) * scale,
      ...(fill ? { fill } : {}),
      ...(stroke ? { stroke, strokeWidth: (parseFloat(style.strokeWidth) || 1) * scale } : {}),
      ...(alpha < 1 ? { opacity: alpha } : {}),
    })
    return
  }
  if (element instanceof SVGTextElement) {
    const fill = walk.colour(style.fill)
    const box = local(element.getBoundingClientRect(), walk.origin)
    const content = element.textContent?.trim()
    if (!fill || !content || box.width <= 0) return
    const ctm = element.getScreenCTM()
    const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1
    push(walk, z, {
      kind: 'text',
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      text: content,
      size: (parseFloat(style.fontSize) || 10) * scale,
      weight: style.fontWeight,
      fill,
      anchor: 'middle',
      ...(alpha < 1 ? { opacity: alpha } : {}),
    })
    return
  }
  for (const child of element.children) visit(child, walk, z, alpha, undefined)
}

function paintPath(element: SVGGeometryElement, style: CSSStyleDeclaration, walk: Walk, z: number, alpha: number) {
  const stroke = walk.colour(style.stroke)
  const fill = walk.colour(style.fill)
  const width = parseFloat(style.strokeWidth) || 1
  if ((!stroke && !fill) || Number(style.strokeOpacity || 1) === 0) return
  const ctm = element.getScreenCTM()
  if (!ctm) return
  const box = local(element.getBoundingClientRect(), walk.origin)
  if (!intersects(edges({ ...box, width: Math.max(box.width, 1), height: Math.max(box.height, 1) }), edges(local(walk.origin, walk.origin)))) return
  const transform: Matrix = [ctm.a, ctm.b, ctm.c, ctm.d, ctm.e - walk.origin.left, ctm.f - walk.origin.top]
  const d = element instanceof SVGPathElement ? element.getAttribute('d') : pointsPath(element)
  if (!d) return
  const isEdge = !!element.closest('.react-flow__edge, [data-picture="edge"]')
  push(walk, z, {
    kind: 'path',
    d,
    transform,
    stroke: stroke ?? 'none',
    strokeWidth: width,
    ...(fill ? { fill } : {}),
    ...(style.strokeDasharray && style.strokeDasharray !== 'none' ? { dash: style.strokeDasharray } : {}),
    ...(alpha < 1 ? { opacity: alpha } : {}),
    ...(isEdge ? { role: 'edge' as const } : {}),
  })
  const marker = markerOf(element.getAttribute('marker-end') ?? style.markerEnd)
  if (marker && stroke) paintArrow(element, marker, transform, width, walk, z, alpha)
}

function pointsPath(element: SVGGeometryElement): string | undefined {
  if (element instanceof SVGLineElement) {
    return `M${element.x1.baseVal.value} ${element.y1.baseVal.value}L${element.x2.baseVal.value} ${element.y2.baseVal.value}`
  }
  if (element instanceof SVGPolylineElement) {
    const points = [...element.points].map((p) => `${p.x} ${p.y}`)
    return points.length > 1 ? `M${points.join('L')}` : undefined
  }
  return undefined
}

function markerOf(value: string): SVGMarkerElement | undefined {
  // ids may hold brackets themselves (React Flow's name the colour: `url('#1__color=var(--x)…')`)
  const id = /^url\((['"]?)#(.+)\1\)$/.exec(value.trim())?.[2]
  if (!id) return undefined
  const element = document.getElementById(id)
  return element instanceof SVGMarkerElement ? element : undefined
}

/** The arrowhead the marker draws at the path's end, as a filled triangle in picture coordinates. */
function paintArrow(element: SVGGeometryElement, marker: SVGMarkerElement, m: Matrix, strokeWidth: number, walk: Walk, z: number, alpha: number) {
  const length = element.getTotalLength()
  if (length <= 0) return
  const end = element.getPointAtLength(length)
  const before = element.getPointAtLength(Math.max(0, length - 1))
  const apply = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
  const [ex, ey] = apply(end.x, end.y)
  const [bx, by] = apply(before.x, before.y)
  const norm = Math.hypot(ex - bx, ey - by) || 1
  const ux = (ex - bx) / norm
  const uy = (ey - by) / norm
  const scale = Math.hypot(m[0], m[1])
  const units = marker.getAttribute('markerUnits') === 'userSpaceOnUse' ? 1 : strokeWidth
  const size = (parseFloat(marker.getAttribute('markerWidth') ?? '12') || 12) * units * scale
  const long = size * 0.25
  const half = size * 0.2
  const shape = marker.querySelector('polyline, path, polygon')
  const colour = shape ? (walk.colour(getComputedStyle(shape).fill) ?? walk.colour(getComputedStyle(shape).stroke)) : undefined
  if (!colour) return
  push(walk, z, {
    kind: 'arrow',
    points: [
      [ex, ey],
      [ex - ux * long - uy * half, ey - uy * long + ux * half],
      [ex - ux * long + uy * half, ey - uy * long - ux * half],
    ],
    fill: colour,
    ...(alpha < 1 ? { opacity: alpha } : {}),
  })
}
