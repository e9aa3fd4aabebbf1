import { firstLine, lineMatching } from './plain-text'

describe('firstLine', () => {
  it('skips headings and returns the first sentence as plain text', () => {
    expect(firstLine('# Title\n\nEvery **playback** session, from [the player](https://x).')).toBe(
      'Every playback session, from the player.',
    )
  })
  it('strips HTML tags instead of keeping them', () => {
    expect(firstLine('<script>alert(1)</script>Legacy table')).toBe('alert(1)Legacy table')
  })
  it('shortens long lines with an ellipsis', () => {
    expect(firstLine('a'.repeat(300), 10)).toBe(`${'a'.repeat(9)}…`)
  })
  it('returns empty text for an empty description', () => {
    expect(firstLine('')).toBe('')
  })
})

describe('lineMatching', () => {
  const text = '# Sessions\n\nEvery playback session.\n\nCounts **buffering** per device.'
  it('returns the line that contains the match', () => {
    expect(lineMatching(text, (l) => l.indexOf('buffering'))).toBe('Counts buffering per device.')
  })
  it('falls back to the first line without a match', () => {
    expect(lineMatching(text, () => -1)).toBe('Every playback session.')
  })
  it('keeps a late match visible in a long line', () => {
    const long = `${'word '.repeat(100)}needle at the end`
    const line = lineMatching(long, (l) => l.indexOf('needle'), 120)
    expect(line.startsWith('…')).toBe(true)
    expect(line).toContain('needle')
  })
})
