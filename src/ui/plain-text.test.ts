import { firstLine } from './plain-text'

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
