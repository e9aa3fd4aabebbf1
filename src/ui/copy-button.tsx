import { useEffect, useState } from 'react'
import './controls.css'

async function writeToClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text)
  // Pages served over plain http have no Clipboard API; the old command still works there.
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const copied = document.execCommand('copy')
  area.remove()
  if (!copied) throw new Error('copy refused')
}

/** Copies `text`; says so to sighted and screen-reader users, and says how to copy by hand when it cannot. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  return (
    <span className="copy">
      <button
        type="button"
        className="button button-small"
        aria-label={`Copy ${what}`}
        onClick={() => writeToClipboard(text).then(() => setState('copied'), () => setState('failed'))}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? `Copied ${what}` : ''}
      </span>
      {state === 'failed' && (
        <span className="copy-failed" role="alert">
          Could not copy: select the text and copy it yourself.
        </span>
      )}
    </span>
  )
}
