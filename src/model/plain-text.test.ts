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
  it('keeps underscores inside names and drops only emphasis markers', () => {
    expect(firstLine('Joins dim_address to __fct_orders__ and _raw_ rows, `stg_customer_v2`, ~~old~~ *new*.')).toBe(
      'Joins dim_address to fct_orders and raw rows, stg_customer_v2, old new.',
    )
  })
  it('keeps a lone asterisk or underscore that marks nothing', () => {
    expect(firstLine('2 * 3 is six; snake_case_name and _leading')).toBe('2 * 3 is six; snake_case_name and _leading')
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
