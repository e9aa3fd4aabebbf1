import { sceneOf, type SceneOptions } from './dom-scene'
import { sceneToSvg } from './svg-scene'

export type PictureFormat = 'png' | 'svg'

/** The SVG of what `root` shows: vector shapes and real text, without controls. */
export function pictureSvg(root: HTMLElement, options: SceneOptions = {}): string {
  return sceneToSvg(sceneOf(root, options))
}

/** Lets the browser paint (a progress message) before the work that follows holds the main thread. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

export async function svgToPng(svg: string, width: number, height: number, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.decoding = 'async'
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(width * pixelRatio))
    canvas.height = Math.max(1, Math.round(height * pixelRatio))
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw pictures')
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture came out empty'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Downloads what `root` shows as `fileName.svg` or `fileName.png`. */
export async function exportPicture(root: HTMLElement, format: PictureFormat, fileName: string, options: SceneOptions = {}): Promise<void> {
  await nextPaint()
  const { width, height } = root.getBoundingClientRect()
  const svg = pictureSvg(root, options)
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height)
  downloadBlob(blob, `${fileName}.${format}`)
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
