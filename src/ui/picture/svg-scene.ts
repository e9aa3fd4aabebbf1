/**
 * A picture as plain shapes and text, and its SVG. Styles shared by many shapes become one CSS
 * class each, so a graph of a hundred cards stays a few tens of kilobytes of real, searchable text.
 */

export type Matrix = readonly [number, number, number, number, number, number]

export interface SceneRect {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  radius?: number
  fill?: string
  stroke?: string
  strokeWidth?: number
  opacity?: number
}

export interface ScenePath {
  kind: 'path'
  d: string
  /** From the path's own coordinates to the picture's. */
  transform?: Matrix
  stroke: string
  strokeWidth: number
  fill?: string
  dash?: string
  opacity?: number
  /** A link of the graph, as opposed to an arrowhead or decoration. */
  role?: 'edge'
}

export interface SceneArrow {
  kind: 'arrow'
  points: readonly (readonly [number, number])[]
  fill: string
  opacity?: number
}

export interface SceneText {
  kind: 'text'
  x: number
  /** The middle of the line. */
  y: number
  text: string
  size: number
  weight?: string
  fill: string
  italic?: boolean
  anchor?: 'start' | 'middle'
  family?: string
  opacity?: number
}

export type SceneItem = SceneRect | ScenePath | SceneArrow | SceneText

export interface Scene {
  width: number
  height: number
  background: string
  fontFamily: string
  title?: string
  items: readonly SceneItem[]
}

const n = (value: number) => String(Math.round(value * 10) / 10)

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' })[c]};`)
}

/** Drops characters XML 1.0 does not allow, which a backend could have put in a name. */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''))
}

class Classes {
  private byStyle = new Map<string, string>()
  of(style: string): string {
    let name = this.byStyle.get(style)
    if (!name) {
      name = `s${this.byStyle.size}`
      this.byStyle.set(style, name)
    }
    return name
  }
  css(): string {
    return [...this.byStyle].map(([style, name]) => `.${name}{${style}}`).join('')
  }
}

const opacity = (o: number | undefined) => (o !== undefined && o < 1 ? `opacity:${n(o)};` : '')

function rect(item: SceneRect, classes: Classes): string {
  const style = `fill:${item.fill ?? 'none'};${item.stroke ? `stroke:${item.stroke};stroke-width:${n(item.strokeWidth ?? 1)};` : ''}${opacity(item.opacity)}`
  const radius = item.radius ? ` rx="${n(Math.min(item.radius, item.width / 2, item.height / 2))}"` : ''
  return `<rect class="${classes.of(style)}" x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${radius}/>`
}

function path(item: ScenePath, classes: Classes): string {
  const style = `fill:${item.fill ?? 'none'};stroke:${item.stroke};stroke-width:${n(item.strokeWidth)};${item.dash ? `stroke-dasharray:${item.dash};` : ''}${opacity(item.opacity)}`
  const names = [item.role ?? '', classes.of(style)].filter(Boolean).join(' ')
  const transform = item.transform ? ` transform="matrix(${item.transform.map((v) => String(Math.round(v * 1000) / 1000)).join(' ')})"` : ''
  return `<path class="${names}" d="${escapeXml(item.d)}"${transform}/>`
}

function arrow(item: SceneArrow, classes: Classes): string {
  const style = `fill:${item.fill};${opacity(item.opacity)}`
  return `<polygon class="${classes.of(style)}" points="${item.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/>`
}

function text(item: SceneText, classes: Classes, baseFamily: string): string {
  const style =
    `font-size:${n(item.size)}px;fill:${item.fill};` +
    (item.weight && item.weight !== '400' ? `font-weight:${item.weight};` : '') +
    (item.italic ? 'font-style:italic;' : '') +
    (item.anchor === 'middle' ? 'text-anchor:middle;' : '') +
    (item.family && item.family !== baseFamily ? `font-family:${item.family};` : '') +
    opacity(item.opacity)
  return `<text class="${classes.of(style)}" x="${n(item.x)}" y="${n(item.y)}">${xmlText(item.text)}</text>`
}

export function sceneToSvg(scene: Scene): string {
  const classes = new Classes()
  const body = scene.items
    .map((item) =>
      item.kind === 'rect'
        ? rect(item, classes)
        : item.kind === 'path'
          ? path(item, classes)
          : item.kind === 'arrow'
            ? arrow(item, classes)
            : text(item, classes, scene.fontFamily),
    )
    .join('\n')
  const width = n(scene.width)
  const height = n(scene.height)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n` +
    (scene.title ? `<title>${xmlText(scene.title)}</title>\n` : '') +
    `<style>text{font-family:${scene.fontFamily.replace(/[<>]/g, '')};dominant-baseline:central;white-space:pre}${classes.css()}</style>\n` +
    `<rect width="100%" height="100%" fill="${escapeXml(scene.background)}"/>\n` +
    body +
    '\n</svg>\n'
  )
}
