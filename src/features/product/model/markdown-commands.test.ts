import { applyTextEdit, commandForKey, continueList, markdownCommand, pasteAsLink, type MarkdownCommand, type Selection } from './markdown-commands'

/** Runs a command on text where `[` and `]` mark the selection, and shows the result the same way. */
function run(command: MarkdownCommand, marked: string): string {
  const start = marked.indexOf('[')
  const end = marked.indexOf(']') - 1
  const text = marked.replace('[', '').replace(']', '')
  const edit = markdownCommand(command, text, { start, end })
  return show(applyTextEdit(text, edit), edit.selection)
}
const show = (text: string, { start, end }: Selection) => `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`

describe('markdownCommand', () => {
  it('wraps the selection in marks, and takes them away again', () => {
    expect(run('bold', 'a [word] here')).toBe('a **[word]** here')
    expect(run('bold', 'a **[word]** here')).toBe('a [word] here')
    expect(run('italic', 'a [word]')).toBe('a _[word]_')
    expect(run('code', '[x = 1]')).toBe('`[x = 1]`')
  })

  it('inserts a placeholder to type over when nothing is selected', () => {
    expect(run('bold', 'a []')).toBe('a **[bold text]**')
  })

  it('keeps selected outer spaces outside the marks', () => {
    expect(run('bold', 'a[ word ]b')).toBe('a **[word]** b')
  })

  it('makes links, selecting what is left to type', () => {
    expect(run('link', 'see [the docs]')).toBe('see [the docs](https://)'.replace('https://', '[https://]'))
    expect(run('link', '[https://lumen.example]')).toBe('[[link text]](https://lumen.example)')
    expect(run('link', '[]')).toBe('[[link text]](https://)')
  })

  it('turns lines into a list and back', () => {
    expect(run('bulleted-list', '[one\ntwo]')).toBe('[- one\n- two]')
    expect(run('bulleted-list', '[- one\n- two]')).toBe('[one\ntwo]')
    expect(run('numbered-list', '[- one\n- two]')).toBe('[1. one\n2. two]')
  })

  it('toggles a heading on the caret’s line, keeping the caret in place', () => {
    expect(run('heading', 'intro\nUs[]age\nend')).toBe('intro\n## Us[]age\nend')
    expect(run('heading', '## Us[]age')).toBe('Us[]age')
  })
})

describe('continueList', () => {
  it('starts the next item on Enter, numbered one higher', () => {
    const text = '- one'
    const edit = continueList(text, { start: 5, end: 5 })!
    expect(applyTextEdit(text, edit)).toBe('- one\n- ')
    expect(applyTextEdit('1. one', continueList('1. one', { start: 6, end: 6 })!)).toBe('1. one\n2. ')
  })

  it('ends the list on Enter in an empty item, and does nothing outside lists', () => {
    const text = '- one\n- '
    expect(applyTextEdit(text, continueList(text, { start: 8, end: 8 })!)).toBe('- one\n')
    expect(continueList('plain', { start: 5, end: 5 })).toBeUndefined()
  })
})

describe('pasteAsLink', () => {
  it('links selected words to a pasted address, and leaves other pastes alone', () => {
    const edit = pasteAsLink('read the runbook', { start: 9, end: 16 }, 'https://wiki.lumen.example/runbook')!
    expect(applyTextEdit('read the runbook', edit)).toBe('read the [runbook](https://wiki.lumen.example/runbook)')
    expect(pasteAsLink('text', { start: 0, end: 4 }, '**not a url**')).toBeUndefined()
    expect(pasteAsLink('text', { start: 2, end: 2 }, 'https://x.example')).toBeUndefined()
  })
})

describe('commandForKey', () => {
  it('maps the usual shortcuts with Ctrl or ⌘', () => {
    const key = (k: string, extra: Partial<{ shiftKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
      commandForKey({ key: k, ctrlKey: !extra.metaKey, metaKey: false, shiftKey: false, altKey: false, ...extra })
    expect(key('b')).toBe('bold')
    expect(key('K')).toBe('link')
    expect(key('8', { shiftKey: true })).toBe('bulleted-list')
    expect(key('b', { altKey: true })).toBeUndefined()
    expect(commandForKey({ key: 'b', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBeUndefined()
  })
})
