import { diffText, hasChanges, sideBySide, sideText } from './text-diff'

describe('diffText', () => {
  it('marks changed words inside prose and keeps both sides recoverable', () => {
    const before = 'One row per playback session.'
    const after = 'One row per completed playback session, deduplicated.'
    const segments = diffText(before, after)
    expect(segments.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['completed', ', deduplicated'])
    expect(segments.filter((s) => s.kind === 'removed')).toEqual([])
    expect(sideText(segments, 'before')).toBe(before)
    expect(sideText(segments, 'after')).toBe(after)
  })

  it('diffs lists line by line', () => {
    const segments = diffText('a\nb\nc', 'a\nc\nd', 'lines')
    expect(segments).toEqual([
      { kind: 'same', text: 'a\n' },
      { kind: 'removed', text: 'b\n' },
      { kind: 'same', text: 'c\n' },
      { kind: 'added', text: 'd\n' },
    ])
  })

  it('reports no change for equal texts and a whole addition from nothing', () => {
    expect(hasChanges(diffText('same', 'same'))).toBe(false)
    expect(diffText('', '')).toEqual([])
    expect(diffText('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }])
  })

  it('gives up on a huge rewrite and shows it as replaced', () => {
    const words = (seed: number) => Array.from({ length: 20_000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ')
    const segments = diffText(words(7), words(13))
    expect(segments.map((s) => s.kind)).toEqual(['removed', 'added'])
  })
})

describe('diffText readability', () => {
  it('shows a replaced phrase as one removal and one addition, not word by word', () => {
    expect(diffText('Their quick fix of it.', 'My careful rewrite of it.')).toEqual([
      { kind: 'removed', text: 'Their quick fix' },
      { kind: 'added', text: 'My careful rewrite' },
      { kind: 'same', text: ' of it.' },
    ])
  })
})

describe('diffText for rewrites', () => {
  it('shows a text that shares only a stray word as replaced', () => {
    const before = 'Minutes watched per title, country and device type per day. Offline viewing is included once the device syncs.'
    const after = 'Their quick fix of the sessions description.'
    expect(diffText(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ])
  })
})

describe('sideBySide', () => {
  it('splits a diff into the old side with removals and the new side with additions', () => {
    const { before, after } = sideBySide(diffText('red fox', 'red cat'))
    expect(before.map((s) => s.kind)).toEqual(['same', 'removed'])
    expect(after.map((s) => s.kind)).toEqual(['same', 'added'])
  })
})
