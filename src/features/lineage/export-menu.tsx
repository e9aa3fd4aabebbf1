import { useState } from 'react'
import { useDismissable } from '../../ui/use-dismissable'

export interface ExportMenuProps {
  onImage(format: 'png' | 'svg'): Promise<void>
  onJson(): void
}

/** Downloads of the current view: pictures for slides and documents, JSON for tools. */
export function ExportMenu({ onImage, onJson }: ExportMenuProps) {
  const ref = useDismissable()
  const [busy, setBusy] = useState<'png' | 'svg'>()
  const [message, setMessage] = useState('')
  const choose = (action: () => void) => {
    const details = ref.current
    if (details) {
      details.open = false
      details.querySelector('summary')?.focus()
    }
    action()
  }
  const image = (format: 'png' | 'svg') =>
    choose(() => {
      setBusy(format)
      setMessage('')
      onImage(format)
        .then(() => setMessage(`${format.toUpperCase()} downloaded.`))
        .catch((e: unknown) => setMessage(`The picture could not be made: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => setBusy(undefined))
    })
  return (
    <span className="ln-export">
      <details className="ln-menu ln-menu-right" ref={ref}>
        <summary className="button">Export</summary>
        <div className="ln-menu-body">
          <button type="button" className="button" disabled={!!busy} onClick={() => image('png')}>
            Picture (PNG)
          </button>
          <button type="button" className="button" disabled={!!busy} onClick={() => image('svg')}>
            Drawing (SVG)
          </button>
          <button type="button" className="button" onClick={() => choose(onJson)}>
            Graph (JSON)
          </button>
        </div>
      </details>
      <span role="status" className="ln-export-status" aria-busy={!!busy}>
        {busy ? `Preparing the ${busy.toUpperCase()}…` : message}
      </span>
    </span>
  )
}
