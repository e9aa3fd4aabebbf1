import { hasConflictMarkers, mergeLists, mergeText } from './text-merge'

const base = ['# Sessions', '', 'One row per session.', '', 'Updated hourly.', '', 'Owned by playback.'].join('\n')

describe('mergeText', () => {
  it('keeps both sides’ changes when they touch different lines', () => {
    const mine = base.replace('One row per session.', 'One row per playback session.')
    const theirs = base.replace('Updated hourly.', 'Updated every 15 minutes.')
    expect(mergeText(base, mine, theirs)).toEqual({
      text: ['# Sessions', '', 'One row per playback session.', '', 'Updated every 15 minutes.', '', 'Owned by playback.'].join('\n'),
      conflicts: 0,
    })
  })

  it('marks lines both changed differently, with both versions in full', () => {
    const mine = base.replace('Updated hourly.', 'Updated daily.')
    const theirs = base.replace('Updated hourly.', 'Updated every 15 minutes.')
    const merged = mergeText(base, mine, theirs)
    expect(merged.conflicts).toBe(1)
    expect(merged.text).toContain(['<<<<<<< yours', 'Updated daily.', '=======', 'Updated every 15 minutes.', '>>>>>>> theirs'].join('\n'))
    expect(hasConflictMarkers(merged.text)).toBe(true)
  })

  it('keeps an identical change once and takes the only side that changed', () => {
    const same = base.replace('Owned by playback.', 'Owned by playback-data.')
    expect(mergeText(base, same, same)).toEqual({ text: same, conflicts: 0 })
    expect(mergeText(base, base, same).text).toBe(same)
    expect(mergeText(base, same, base).text).toBe(same)
  })

  it('treats insertions at the same place as a conflict and elsewhere as clean', () => {
    const atEnd = mergeText('a\nb', 'a\nb\nmine', 'a\nb\ntheirs')
    expect(atEnd.conflicts).toBe(1)
    expect(mergeText('a\nb\nc', 'top\na\nb\nc', 'a\nb\nc\nbottom')).toEqual({ text: 'top\na\nb\nc\nbottom', conflicts: 0 })
  })

  it('merges a deletion on one side with an edit elsewhere', () => {
    expect(mergeText('a\nb\nc\nd', 'a\nc\nd', 'a\nb\nc\nD').text).toBe('a\nc\nD')
  })
})

describe('hasConflictMarkers', () => {
  it('only counts whole marker lines', () => {
    expect(hasConflictMarkers('a <<<<<<< yours inline')).toBe(false)
    expect(hasConflictMarkers('=======')).toBe(true)
  })
})

describe('mergeLists', () => {
  it('keeps both sides’ additions and both sides’ removals', () => {
    expect(mergeLists(['a', 'b', 'c'], ['a', 'c', 'mine'], ['a', 'b', 'theirs'])).toEqual(['a', 'theirs', 'mine'])
  })

  it('compares objects by the key given', () => {
    const merged = mergeLists([{ id: 1, v: 'x' }], [{ id: 1, v: 'x' }, { id: 2, v: 'm' }], [{ id: 1, v: 'y' }], (o) => String(o.id))
    expect(merged).toEqual([{ id: 1, v: 'y' }, { id: 2, v: 'm' }])
  })
})
