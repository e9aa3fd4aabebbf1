import { useState } from 'react'

export interface ExportMenuProps {
  onImage(format: 'png' | 'svg'): Promise<void>
  onJson(): void
}

/** Downloads of the current view: pictures for slides and documents, JSON for tools. */
export function ExportMenu({ onImage, onJson }: ExportMenuProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const image = (format: 'png' | 'svg') => {
    setBusy(true)
    setError('')
    onImage(format)
      .catch((e: unknown) => setError(`The picture could not be made: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setBusy(false))
  }
  return (
    <details className="ln-menu ln-menu-right">
      <summary className="button">Export</summary>
      <div className="ln-menu-body">
        <button type="button" className="button" disabled={busy} onClick={() => image('png')}>
          Picture (PNG)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => image('svg')}>
          Drawing (SVG)
        </button>
        <button type="button" className="button" onClick={onJson}>
          Graph (JSON)
        </button>
        <span role="status" className="ln-export-status">
          {busy ? 'Preparing the picture…' : error}
        </span>
      </div>
    </details>
  )
}
