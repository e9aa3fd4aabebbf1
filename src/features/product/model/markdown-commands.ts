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

/**
 * Enter inside a list item: the next line starts a new item (numbered one higher); Enter on
 * an empty item ends the list. `undefined` when the caret is not in a list item.
 */
export function continueList(text: string, { start, end }: Selection): TextEdit | undefined {
  if (start !== end) return undefined
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const line = text.slice(lineStart, start)
  const bullet = /^(\s*)([-*+]) (.*)$/.exec(line)
  const number = /^(\s*)(\d+)([.)]) (.*)$/.exec(line)
  if (!bullet && !number) return undefined
  const content = bullet ? bullet[3]! : number![4]!
  if (content.trim() === '' && text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start)).trim() === '') {
    return { from: lineStart, to: start, insert: '', selection: { start: lineStart, end: lineStart } }
  }
  const marker = bullet ? `${bullet[1]}${bullet[2]} ` : `${number![1]}${Number(number![2]) + 1}${number![3]} `
  const insert = `\n${marker}`
  return { from: start, to: end, insert, selection: { start: start + insert.length, end: start + insert.length } }
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
