import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { Markdown } from '../../../ui/markdown'
import { absorbTypedMarker, applyTextEdit, commandForKey, continuationOf, continueList, markdownCommand, pasteAsLink, type Continuation, type MarkdownCommand, type Selection, type TextEdit } from '../model/markdown-commands'
import { MarkdownToolbar } from './markdown-toolbar'

export type PreviewMode = 'write' | 'split' | 'preview'

const MODES: { id: PreviewMode; label: string }[] = [
  { id: 'write', label: 'Write' },
  { id: 'split', label: 'Side by side' },
  { id: 'preview', label: 'Preview' },
]

const LONG_TEXT = 15_000

/** `value`, or with a delay, its latest value once it has stopped changing for `delay` ms. */
function usePausedValue(value: string, delay: number): string {
  const [paused, setPaused] = useState(value)
  useEffect(() => {
    if (delay === 0) return
    const timer = setTimeout(() => setPaused(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return delay === 0 ? value : paused
}

const wideScreen = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 960px)').matches

/**
 * A Markdown text area with a formatting toolbar and shortcuts, and a live preview rendered by
 * the same component (and the same sanitising) as the product page. Paste stays plain text;
 * an address pasted over selected words links them.
 */
export function MarkdownEditor({
  id,
  label,
  value,
  onChange,
  onSubmit,
  autoFocus = false,
}: {
  id: string
  label: string
  value: string
  onChange: (text: string) => void
  /** Ctrl/⌘+Enter. */
  onSubmit?: () => void
  autoFocus?: boolean
}) {
  const [mode, setMode] = useState<PreviewMode>(() => (wideScreen() ? 'split' : 'write'))
  const area = useRef<HTMLTextAreaElement>(null)
  const pendingSelection = useRef<Selection | null>(null)
  const continuation = useRef<Continuation | null>(null)
  // Rendering a long description takes longer than a keystroke: the preview follows when typing pauses.
  const preview = useDeferredValue(usePausedValue(value, value.length > LONG_TEXT ? 400 : 0))
  // The same element while the text it shows is the same: React then skips parsing it again.
  const rendered = useMemo(() => (preview.trim() ? <Markdown className="description">{preview}</Markdown> : <p className="muted">Nothing to preview yet.</p>), [preview])

  // After a fallback edit (no execCommand), put the selection back once React has written the text.
  useLayoutEffect(() => {
    const selection = pendingSelection.current
    if (selection && area.current) {
      area.current.setSelectionRange(selection.start, selection.end)
      pendingSelection.current = null
    }
  }, [value])

  const apply = (edit: TextEdit) => {
    const element = area.current
    if (!element) return
    element.focus()
    element.setSelectionRange(edit.from, edit.to)
    // Through the browser's editing commands, so that Ctrl+Z undoes a toolbar action like typing.
    const done = typeof document.execCommand === 'function' && document.execCommand(edit.insert === '' ? 'delete' : 'insertText', false, edit.insert)
    if (done && element.value === applyTextEdit(value, edit)) {
      element.setSelectionRange(edit.selection.start, edit.selection.end)
      return
    }
    pendingSelection.current = edit.selection
    onChange(applyTextEdit(value, edit))
  }

  const run = (command: MarkdownCommand) => {
    const element = area.current
    if (!element) return
    apply(markdownCommand(command, element.value, { start: element.selectionStart, end: element.selectionEnd }))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const element = event.currentTarget
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      if (onSubmit) {
        event.preventDefault()
        onSubmit()
      }
      return
    }
    const selection = { start: element.selectionStart, end: element.selectionEnd }
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      const edit = continueList(element.value, selection)
      continuation.current = edit ? continuationOf(edit) : null
      if (edit) {
        event.preventDefault()
        apply(edit)
      }
      return
    }
    const typedOver = event.ctrlKey || event.metaKey || event.altKey ? undefined : absorbTypedMarker(element.value, selection, continuation.current, event.key)
    if (typedOver) {
      event.preventDefault()
      continuation.current = null
      apply(typedOver)
      return
    }
    const command = commandForKey(event)
    if (command) {
      event.preventDefault()
      run(command)
    }
  }

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const element = event.currentTarget
    const edit = pasteAsLink(element.value, { start: element.selectionStart, end: element.selectionEnd }, event.clipboardData.getData('text/plain'))
    if (edit) {
      event.preventDefault()
      apply(edit)
    }
    // Otherwise the text area takes the plain text as it is: Markdown stays Markdown, HTML is never read.
  }

  return (
    <div className={`md-editor md-editor-${mode}`}>
      <div className="md-editor-bar">
        <label htmlFor={id} className="md-editor-label">
          {label}
        </label>
        <MarkdownToolbar onCommand={run} disabled={mode === 'preview'} controls={id} />
        <div className="segmented" role="group" aria-label="Preview">
          {MODES.map((m) => (
            <button key={m.id} type="button" className="button button-small" aria-pressed={mode === m.id} onClick={() => setMode(m.id)}>
              {m.label}
            </button>
          ))}
        </div>
      </div>
      <div className="md-editor-panes">
        <textarea
          ref={area}
          id={id}
          className="md-editor-input"
          value={value}
          hidden={mode === 'preview'}
          autoFocus={autoFocus}
          spellCheck
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          aria-describedby={`${id}-help`}
        />
        {mode !== 'write' && (
          <section className="md-editor-preview" aria-label="Preview">
            {rendered}
          </section>
        )}
      </div>
      <p id={`${id}-help`} className="muted md-editor-help">
        Markdown: **bold**, _italic_, `code`, [link](https://…), - lists, ## headings. Ctrl+B, Ctrl+I, Ctrl+E, Ctrl+K; Ctrl+Enter saves. Your text is kept on this device as you type.
      </p>
    </div>
  )
}
