import { useState, type RefObject } from 'react'

function download(name: string, href: string): void {
  const anchor = document.createElement('a')
  anchor.href = href
  anchor.download = name
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
}

/** Downloads the figures as CSV, and the map as PNG when there is a map on screen. */
export function ExportButtons({ csv, mapRef }: { csv: () => string; mapRef?: RefObject<HTMLElement | null> }) {
  const [status, setStatus] = useState('')
  const exportCsv = () => {
    const url = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }))
    download('tessera-coverage.csv', url)
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    setStatus('Coverage figures downloaded as CSV.')
  }
  const exportPng = async () => {
    const node = mapRef?.current
    if (!node) return
    setStatus('Preparing the image…')
    try {
      const { toPng } = await import('html-to-image')
      const background = getComputedStyle(document.body).backgroundColor
      download('tessera-coverage-map.png', await toPng(node, { backgroundColor: background, pixelRatio: 2 }))
      setStatus('Coverage map downloaded as PNG.')
    } catch (error) {
      setStatus(`The image could not be made: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return (
    <div className="toolbar-end">
      <button type="button" className="button" onClick={exportCsv}>
        Download CSV
      </button>
      {mapRef && (
        <button type="button" className="button" onClick={() => void exportPng()}>
          Download PNG
        </button>
      )}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  )
}
