/**
 * Markdown formatting as pure text edits: given the text and the selection, what to replace
 * and where the selection goes. The editor applies the replacement through the browser so
 * that undo still works.
 */

export interface Selection {
  start: number
  end: number
}

/** Replace `text[from, to)` with `insert`, then select `selection` (in the new text). */
export interface TextEdit {
  from: number
  to: number
  insert: string
  selection: Selection
}

export type MarkdownCommand = 'bold' | 'italic' | 'code' | 'link' | 'bulleted-list' | 'numbered-list' | 'heading'

const MARKS = { bold: '**', italic: '_', code: '`' } as const
const PLACEHOLDER = { bold: 'bold text', italic: 'italic text', code: 'code' } as const

/** Applies `edit` to `text`. */
export const applyTextEdit = (text: string, edit: TextEdit): string => text.slice(0, edit.from) + edit.insert + text.slice(edit.to)

function toggleMark(text: string, { start, end }: Selection, kind: keyof typeof MARKS): TextEdit {
  const mark = MARKS[kind]
  const selected = text.slice(start, end)
  // Already marked just outside the selection: take the marks away.
  if (text.slice(start - mark.length, start) === mark && text.slice(end, end + mark.length) === mark && (kind !== 'italic' || text.slice(start - 2, start) !== '**')) {
    return { from: start - mark.length, to: end + mark.length, insert: selected, selection: { start: start - mark.length, end: end - mark.length } }
  }
  // Marked inside the selection: the same.
  if (selected.length >= mark.length * 2 && selected.startsWith(mark) && selected.endsWith(mark)) {
    const inner = selected.slice(mark.length, -mark.length)
    return { from: start, to: end, insert: inner, selection: { start, end: start + inner.length } }
  }
  const body = selected || PLACEHOLDER[kind]
  // Spaces inside marks break them in Markdown: keep selected outer spaces outside.
  const lead = body.match(/^\s*/)![0]
  const trail = selected ? body.match(/\s*$/)![0] : ''
  const core = body.slice(lead.length, body.length - trail.length)
  const insert = `${lead}${mark}${core}${mark}${trail}`
  const coreStart = start + lead.length + mark.length
  return { from: start, to: end, insert, selection: { start: coreStart, end: coreStart + core.length } }
}

const looksLikeUrl = (text: string) => /^(https?:\/\/|mailto:)\S+$/i.test(text.trim())

function link(text: string, { start, end }: Selection): TextEdit {
  const selected = text.slice(start, end)
  if (looksLikeUrl(selected)) {
    const insert = `[link text](${selected.trim()})`
    return { from: start, to: end, insert, selection: { start: start + 1, end: start + 10 } }
  }
  const label = selected || 'link text'
  const insert = `[${label}](https://)`
  const urlStart = start + label.length + 3
  // With a label chosen, the address is what is left to type; without one, the label is.
  return { from: start, to: end, insert, selection: selected ? { start: urlStart, end: urlStart + 8 } : { start: start + 1, end: start + 1 + label.length } }
}

/** The whole lines the selection touches, as [from, to). */
function lineRange(text: string, { start, end }: Selection): { from: number; to: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1
  const stop = end > start && text[end - 1] === '\n' ? end - 1 : end
  const next = text.indexOf('\n', stop)
  return { from, to: next === -1 ? text.length : next }
}

const BULLET = /^(\s*)[-*+] /
const NUMBER = /^(\s*)\d+[.)] /
const HEADING = /^#{1,6} /

function prefixLines(text: string, selection: Selection, command: 'bulleted-list' | 'numbered-list' | 'heading'): TextEdit {
  const { from, to } = lineRange(text, selection)
  const lines = text.slice(from, to).split('\n')
  const pattern = command === 'bulleted-list' ? BULLET : command === 'numbered-list' ? NUMBER : HEADING
  const allPrefixed = lines.every((line) => pattern.test(line) || line.trim() === '')
  let n = 0
  const changed = lines.map((line) => {
    if (allPrefixed) return command === 'heading' ? line.replace(HEADING, '') : line.replace(pattern, '$1')
    if (line.trim() === '' && lines.length > 1) return line
    const bare = line.replace(BULLET, '$1').replace(NUMBER, '$1').replace(HEADING, '')
    if (command === 'heading') return `## ${bare}`
    const indent = bare.match(/^\s*/)![0]
    n++
    return `${indent}${command === 'bulleted-list' ? '-' : `${n}.`} ${bare.slice(indent.length)}`
  })
  const insert = changed.join('\n')
  const single = lines.length === 1
  // One line: keep the caret where it was in the text; several: select them all.
  const shift = insert.length - (to - from)
  const next = single ? { start: Math.max(from, selection.start + shift), end: Math.max(from, selection.end + shift) } : { start: from, end: from + insert.length }
  return { from, to, insert, selection: next }
}

/** The edit a toolbar button or shortcut makes. */
export function markdownCommand(command: MarkdownCommand, text: string, selection: Selection): TextEdit {
  switch (command) {
    case 'bold':
    case 'italic':
    case 'code':
      return toggleMark(text, selection, command)
    case 'link':
      return link(text, selection)
    default:
      return prefixLines(text, selection, command)
  }
}

/** A marker the editor put at the start of a line, which the writer may still type over. */
export interface Continuation {
  /** Where the continued line starts. */
  lineStart: number
  /** The marker inserted there, indentation included (`"  - "`, `"3. "`). */
  marker: string
}

const ITEM = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)])) (.*)$/

/**
 * Enter at the end of a list item: the next line starts a new item (numbered one higher);
 * Enter on an empty item takes its marker away and leaves a blank line, so that what follows
 * is not pulled into the list. Enter anywhere else, or with a selection, is an ordinary new
 * line (`undefined`).
 */
export function continueList(text: string, { start, end }: Selection): TextEdit | undefined {
  if (start !== end) return undefined
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const lineEnd = text.indexOf('\n', start)
  if (text.slice(start, lineEnd === -1 ? text.length : lineEnd).trim() !== '') return undefined
  const item = ITEM.exec(text.slice(lineStart, start))
  if (!item) return undefined
  const [, indent, bullet, number, delimiter, content] = item
  if (content!.trim() === '') return { from: lineStart, to: start, insert: '\n', selection: { start: lineStart + 1, end: lineStart + 1 } }
  const marker = bullet ? `${indent}${bullet} ` : `${indent}${Number(number) + 1}${delimiter} `
  const insert = `\n${marker}`
  return { from: start, to: end, insert, selection: { start: start + insert.length, end: start + insert.length } }
}

/** The continuation `continueList` made with `edit`, for `absorbTypedMarker` to watch. */
export function continuationOf(edit: TextEdit): Continuation | null {
  if (!edit.insert.startsWith('\n') || edit.insert.length < 2) return null
  return { lineStart: edit.from + 1, marker: edit.insert.slice(1) }
}

const MARKER_TYPED = /^[ \t]*(?:[-*+]|\d{1,9}[.)]) $/

/**
 * The writer types a list marker of their own straight after a continued one (`- ` after the
 * editor's `- `): with the `key` they are typing, their marker replaces the editor's, so
 * nothing is doubled. `undefined` when the key is just typed.
 */
export function absorbTypedMarker(text: string, { start, end }: Selection, continuation: Continuation | null, key: string): TextEdit | undefined {
  if (!continuation || start !== end || key !== ' ') return undefined
  const { lineStart, marker } = continuation
  const markerEnd = lineStart + marker.length
  if (!(lineStart === 0 || text[lineStart - 1] === '\n') || text.slice(lineStart, markerEnd) !== marker || start < markerEnd) return undefined
  const typed = text.slice(markerEnd, start) + key
  if (!MARKER_TYPED.test(typed)) return undefined
  const caret = lineStart + typed.length
  return { from: lineStart, to: start, insert: typed, selection: { start: caret, end: caret } }
}

/** Pasting an address over selected text makes a link of it; anything else pastes as plain text. */
export function pasteAsLink(text: string, selection: Selection, pasted: string): TextEdit | undefined {
  if (selection.start === selection.end || !looksLikeUrl(pasted)) return undefined
  const label = text.slice(selection.start, selection.end)
  if (label.includes('\n') || looksLikeUrl(label)) return undefined
  const insert = `[${label}](${pasted.trim()})`
  return { from: selection.start, to: selection.end, insert, selection: { start: selection.start + insert.length, end: selection.start + insert.length } }
}

/** The command a key press asks for (Ctrl on Windows and Linux, ⌘ on macOS). */
export function commandForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): MarkdownCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined
  const key = event.key.toLowerCase()
  if (event.shiftKey) return ({ '8': 'bulleted-list', '*': 'bulleted-list', '7': 'numbered-list', '&': 'numbered-list', h: 'heading' } as const)[key]
  return ({ b: 'bold', i: 'italic', e: 'code', k: 'link' } as const)[key]
}
