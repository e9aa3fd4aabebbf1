import { startDraft } from './drafts'
import { canMerge, mergeValues, rebaseDraft, reviewConflict } from './edit-conflict'
import { applyChanges, columnField, productField } from './product-edits'
import { makeColumn, makePort, makeProduct } from './test-products'

const at = new Date('2025-03-01T10:00:00Z')
const start = makeProduct({
  revision: 3,
  description: 'Sessions.',
  tags: ['playback'],
  outputPorts: [makePort({ id: 'main', columns: [makeColumn({ name: 'os', description: '' }), makeColumn({ name: 'ip', description: '' })] })],
})
// Someone else saved: a new description and the ip column documented.
const theirs = { ...applyChanges(start, { description: 'Sessions, theirs.', columnDescriptions: [{ outputPortId: 'main', column: 'ip', description: 'IP address.' }] }).product, revision: 4 }

describe('reviewConflict', () => {
  it('sorts edits into clean, settled, conflicting and gone', () => {
    const drafts = [
      startDraft(start, productField('description'), 'Sessions, mine.', at),
      startDraft(start, productField('tags'), ['playback', 'core'], at),
      startDraft(start, columnField('description', 'main', 'ip'), 'IP address.', at),
      { ...startDraft(start, columnField('description', 'main', 'os'), 'OS', at), ref: columnField('description', 'main', 'removed') },
    ]
    const review = reviewConflict(drafts, theirs)
    expect(review.conflicts.map((c) => [c.draft.value, c.theirs])).toEqual([['Sessions, mine.', 'Sessions, theirs.']])
    expect(review.clean.map((d) => d.value)).toEqual([['playback', 'core']])
    expect(review.settled.map((d) => d.value)).toEqual(['IP address.'])
    expect(review.gone).toHaveLength(1)
  })

  it('finds no conflict when the server only moved on in other fields', () => {
    const review = reviewConflict([startDraft(start, columnField('description', 'main', 'os'), 'OS', at)], theirs)
    expect(review.conflicts).toEqual([])
    expect(review.clean).toHaveLength(1)
    expect(rebaseDraft(review.clean[0]!, theirs)).toMatchObject({ value: 'OS', base: '', baseRevision: 4 })
  })
})

describe('mergeValues', () => {
  it('merges text with markers and lists by their additions and removals', () => {
    expect(mergeValues(productField('description'), 'a\nb', 'A\nb', 'a\nB')).toBe('A\nB')
    expect(mergeValues(productField('tags'), ['x', 'y'], ['x', 'mine'], ['x', 'y', 'theirs'])).toEqual(['x', 'theirs', 'mine'])
    expect(
      mergeValues(productField('owners'), [], [{ role: 'steward', personId: 'lena' }], [{ role: 'product-owner', teamId: 'data' }]),
    ).toEqual([
      { role: 'product-owner', teamId: 'data' },
      { role: 'steward', personId: 'lena' },
    ])
  })

  it('does not combine classifications', () => {
    const ref = columnField('classification', 'main', 'os')
    expect(canMerge(ref)).toBe(false)
    expect(mergeValues(ref, null, 'internal', 'restricted')).toBe('internal')
  })
})
