import { useState, type RefObject } from 'react'
import { downloadBlob, exportPicture, type PictureFormat } from '../../ui/picture/export-picture'

export interface PictureTarget {
  ref: RefObject<HTMLElement | null>
  /** File name without extension. */
  fileName: string
  title: string
}

const LEFT_OUT = '.react-flow__controls, .react-flow__attribution, .react-flow__panel, .react-flow__background, .react-flow__handle'

/** Downloads the figures as CSV, and the map or topology on screen as SVG or PNG. */
export function ExportButtons({ csv, picture }: { csv: () => string; picture?: PictureTarget }) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const exportCsv = () => {
    downloadBlob(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), 'tessera-coverage.csv')
    setStatus('Coverage figures downloaded as CSV.')
  }
  const exportImage = async (format: PictureFormat) => {
    const node = picture?.ref.current
    if (!node || !picture) return
    setBusy(true)
    setStatus(`Preparing the ${format.toUpperCase()}…`)
    try {
      await exportPicture(node, format, picture.fileName, { skip: LEFT_OUT, title: picture.title })
      setStatus(`${picture.title} downloaded as ${format.toUpperCase()}.`)
    } catch (error) {
      setStatus(`The image could not be made: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="toolbar-end">
      <button type="button" className="button" onClick={exportCsv}>
        Download CSV
      </button>
      {picture && (
        <>
          <button type="button" className="button" disabled={busy} onClick={() => void exportImage('png')}>
            Download PNG
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void exportImage('svg')}>
            Download SVG
          </button>
        </>
      )}
      <span className={busy ? 'muted' : 'visually-hidden'} role="status">
        {status}
      </span>
    </div>
  )
}
