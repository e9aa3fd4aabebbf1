import fc from 'fast-check'
import { absorbTypedMarker, applyTextEdit, commandForKey, continuationOf, continueList, markdownCommand, pasteAsLink, type Continuation, type MarkdownCommand, type Selection, type TextEdit } from './markdown-commands'

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

/** Types `keys` at the end of `text` the way the editor does: continuation on Enter, a typed marker over a continued one. */
function typeKeys(keys: string, text = ''): string {
  let caret = text.length
  let continuation: Continuation | null = null
  const apply = (edit: TextEdit) => {
    text = applyTextEdit(text, edit)
    caret = edit.selection.start
  }
  for (const key of keys) {
    const at = { start: caret, end: caret }
    const edit: TextEdit | undefined = key === '\n' ? continueList(text, at) : absorbTypedMarker(text, at, continuation, key)
    if (edit) {
      apply(edit)
      continuation = key === '\n' ? continuationOf(edit) : null
    } else {
      apply({ from: caret, to: caret, insert: key, selection: { start: caret + 1, end: caret + 1 } })
      if (key === '\n') continuation = null
    }
  }
  return text
}

describe('continueList', () => {
  it('starts the next item on Enter at the end of an item, numbered one higher', () => {
    const text = '- one'
    const edit = continueList(text, { start: 5, end: 5 })!
    expect(applyTextEdit(text, edit)).toBe('- one\n- ')
    expect(applyTextEdit('1. one', continueList('1. one', { start: 6, end: 6 })!)).toBe('1. one\n2. ')
    expect(typeKeys('\n', '  * nested')).toBe('  * nested\n  * ')
  })

  it('is an ordinary new line inside an item, with a selection, or outside lists', () => {
    expect(continueList('- one two', { start: 5, end: 5 })).toBeUndefined()
    expect(continueList('- one', { start: 2, end: 5 })).toBeUndefined()
    expect(continueList('plain', { start: 5, end: 5 })).toBeUndefined()
    expect(continueList('-not a list', { start: 11, end: 11 })).toBeUndefined()
  })

  it('ends the list on Enter in an empty item with a blank line, so a following paragraph stays out of it', () => {
    const text = '- one\n- '
    expect(applyTextEdit(text, continueList(text, { start: 8, end: 8 })!)).toBe('- one\n\n')
    expect(typeKeys('- one\n\nEnds here.')).toBe('- one\n\nEnds here.')
  })

  it('never doubles a marker the writer types after a continued one', () => {
    expect(typeKeys('- one\n- Ends…')).toBe('- one\n- Ends…')
    expect(typeKeys('- one\n  - nested\n- two')).toBe('- one\n  - nested\n- two')
    expect(typeKeys('1. one\n1. two\n3) three')).toBe('1. one\n1. two\n3) three')
    expect(typeKeys('- one\n- - a nested list, on purpose')).toBe('- one\n- - a nested list, on purpose')
  })

  it('continues a line typed without a marker, as a new item', () => {
    expect(typeKeys('- one\ntwo')).toBe('- one\n- two')
    expect(typeKeys('1. one\n-5 degrees')).toBe('1. one\n2. -5 degrees')
  })
})

/** What typing `lines` gives, worked out line by line from how continuation is meant to behave. */
function expectedFromLines(lines: string[]): string {
  const out: string[] = []
  lines.forEach((line, i) => {
    const item = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)])) (.*)$/.exec(out[i - 1] ?? '')
    const continued = item && item[5]!.trim() !== ''
    const ownMarker = /^[ \t]*(?:[-*+]|\d{1,9}[.)]) /.test(line)
    const marker = item ? (item[2] ? `${item[1]}${item[2]} ` : `${item[1]}${Number(item[3]) + 1}${item[4]} `) : ''
    if (!continued || ownMarker) out.push(line)
    else if (line === '') out.push(i === lines.length - 1 ? marker : '')
    else out.push(marker + line)
  })
  return out.join('\n')
}

describe('typing Markdown (property)', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9.,:;!?*_`()\-+[\]…é]{1,8}$/)
  const content = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '))
  const item = fc.record({ indent: fc.constantFrom('', '  ', '    '), marker: fc.constantFrom('- ', '* ', '+ ', '1. ', '2. ', '10) '), text: content }).map((i) => i.indent + i.marker + i.text)
  const line = fc.oneof({ arbitrary: item, weight: 4 }, { arbitrary: content, weight: 2 }, { arbitrary: fc.constant(''), weight: 1 })
  const lines = fc.array(line, { minLength: 1, maxLength: 12 })

  it('gives exactly the text typed, apart from the markers it continues', () => {
    fc.assert(fc.property(lines, (typed) => {
      expect(typeKeys(typed.join('\n'))).toBe(expectedFromLines(typed))
    }), { numRuns: 500 })
  })

  it('gives exactly the text typed when every line after a list item is an item or blank', () => {
    const own = fc.array(fc.oneof({ arbitrary: item, weight: 4 }, { arbitrary: fc.constant(''), weight: 1 }), { minLength: 1, maxLength: 12 })
    const typedLines = own.filter((ls) => ls[ls.length - 1] !== '').chain((items) => fc.tuple(fc.constant(items), content)).map(([items, tail]) => [...items, '', tail])
    fc.assert(fc.property(typedLines, (typed) => {
      expect(typeKeys(typed.join('\n'))).toBe(typed.join('\n'))
    }), { numRuns: 500 })
  })

  it('inserts a bare new line on Enter anywhere but the end of an item', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.nat(), (typed, at) => {
        const text = typed.join('\n')
        const caret = at % (text.length + 1)
        const lineEnd = text.indexOf('\n', caret)
        const atEndOfItem = text.slice(caret, lineEnd === -1 ? text.length : lineEnd).trim() === ''
        if (!atEndOfItem) expect(continueList(text, { start: caret, end: caret })).toBeUndefined()
      }),
      { numRuns: 500 },
    )
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
