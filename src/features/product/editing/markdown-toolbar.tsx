import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { MarkdownCommand } from '../model/markdown-commands'

const LINK_ICON = (
  <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
    <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  </svg>
)

const BUTTONS: { command: MarkdownCommand; label: string; glyph: ReactNode; keys: string }[] = [
  { command: 'bold', label: 'Bold', glyph: 'B', keys: 'Control+B' },
  { command: 'italic', label: 'Italic', glyph: 'I', keys: 'Control+I' },
  { command: 'code', label: 'Code', glyph: '</>', keys: 'Control+E' },
  { command: 'link', label: 'Link', glyph: LINK_ICON, keys: 'Control+K' },
  { command: 'bulleted-list', label: 'Bulleted list', glyph: '•', keys: 'Control+Shift+8' },
  { command: 'numbered-list', label: 'Numbered list', glyph: '1.', keys: 'Control+Shift+7' },
  { command: 'heading', label: 'Heading', glyph: 'H', keys: 'Control+Shift+H' },
]

/** Formatting buttons: one tab stop, arrow keys move between them (WAI-ARIA toolbar). */
export function MarkdownToolbar({ onCommand, disabled, controls }: { onCommand: (command: MarkdownCommand) => void; disabled: boolean; controls: string }) {
  const [focused, setFocused] = useState(0)
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = BUTTONS.length - 1
    const next = { ArrowRight: focused === last ? 0 : focused + 1, ArrowLeft: focused === 0 ? last : focused - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    setFocused(next)
    refs.current[next]?.focus()
  }
  return (
    <div role="toolbar" aria-label="Formatting" aria-controls={controls} className="md-toolbar" onKeyDown={onKeyDown}>
      {BUTTONS.map((button, i) => (
        <button
          key={button.command}
          ref={(element) => {
            refs.current[i] = element
          }}
          type="button"
          className={`md-tool md-tool-${button.command}`}
          aria-label={button.label}
          aria-keyshortcuts={button.keys}
          title={`${button.label} (${button.keys.replace('Control', 'Ctrl')})`}
          tabIndex={i === focused ? 0 : -1}
          disabled={disabled}
          // Keep the text area's selection: the button acts on it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setFocused(i)
            onCommand(button.command)
          }}
        >
          <span aria-hidden="true">{button.glyph}</span>
        </button>
      ))}
    </div>
  )
}
