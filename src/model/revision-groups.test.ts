import { columnField, productField } from './product-edits'
import { groupRevisions, restoreEdit, restoreRevision } from './revision-groups'
import type { ProductChange } from './types'

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 10, minute)).toISOString()
const change = (revision: number, by: string, minute: number, diff: ProductChange['diff']): ProductChange => ({ revision, at: at(minute), by, fields: diff.map((d) => d.field), diff })

const history = [
  change(6, 'maya', 30, [{ field: 'description', before: 'Third.', after: 'Fourth.' }]),
  change(5, 'maya', 12, [{ field: 'tags', before: 'pii', after: 'pii\nplayback' }]),
  change(4, 'maya', 10, [{ field: 'description', before: 'Second.', after: 'Third.' }]),
  change(3, 'maya', 8, [{ field: 'description', before: 'First.', after: 'Second.' }, { field: 'owners', before: 'Owner: Maya', after: 'Owner: Lena' }]),
  change(2, 'lena', 7, [{ field: 'columns.main.device.os', before: '', after: 'Operating system.' }]),
]

describe('groupRevisions', () => {
  it('makes one revision of the saves one person made a few minutes apart, each field listed once', () => {
    const groups = groupRevisions(history)
    expect(groups.map((g) => [g.by, g.first, g.last])).toEqual([
      ['maya', 6, 6],
      ['maya', 3, 5],
      ['lena', 2, 2],
    ])
    expect(groups[1]!.fields).toEqual([
      { field: 'description', before: 'First.', after: 'Third.' },
      { field: 'owners', before: 'Owner: Maya', after: 'Owner: Lena' },
      { field: 'tags', before: 'pii', after: 'pii\nplayback' },
    ])
    expect(groups[1]!.startedAt).toBe(at(8))
    expect(groups[1]!.at).toBe(at(12))
  })

  it('leaves out a field changed and changed back, and never joins saves in the wrong order or undated', () => {
    const back = [change(2, 'maya', 1, [{ field: 'tags', before: 'a\nb', after: 'a' }]), change(1, 'maya', 0, [{ field: 'tags', before: 'a', after: 'a\nb' }])]
    expect(groupRevisions(back)[0]!.fields).toEqual([])
    expect(groupRevisions([change(2, 'maya', 0, []), change(1, 'maya', 3, [])])).toHaveLength(2)
    expect(groupRevisions([{ ...change(2, 'maya', 0, []), at: 'soon' }, change(1, 'maya', 0, [])])).toHaveLength(2)
  })
})

describe('restoreEdit', () => {
  it('writes back text, lists and classifications from what history shows, and not owners or links', () => {
    expect(restoreEdit('description', '**Bold** text\n\n- item')).toEqual({ ref: productField('description'), value: '**Bold** text\n\n- item' })
    expect(restoreEdit('tags', 'pii\nplayback\n')).toEqual({ ref: productField('tags'), value: ['pii', 'playback'] })
    expect(restoreEdit('glossaryTerms', '')).toEqual({ ref: productField('glossaryTerms'), value: [] })
    expect(restoreEdit('columns.main.device.os', '')).toEqual({ ref: columnField('description', 'main', 'device.os'), value: '' })
    expect(restoreEdit('columns.main.ip#classification', 'confidential')).toEqual({ ref: columnField('classification', 'main', 'ip'), value: 'confidential' })
    expect(restoreEdit('columns.main.ip#classification', '')).toEqual({ ref: columnField('classification', 'main', 'ip'), value: null })
    expect(restoreEdit('columns.main.ip#classification', 'secret-ish')).toBeUndefined()
    expect(restoreEdit('owners', 'Owner: Maya')).toBeUndefined()
    expect(restoreEdit('something else', 'x')).toBeUndefined()
  })
})

describe('restoreRevision', () => {
  it('sets every field changed since back to its value before its first later change', () => {
    const { edits, cannot } = restoreRevision(history, 2)
    expect(edits).toEqual([
      { ref: productField('description'), value: 'First.' },
      { ref: productField('tags'), value: ['pii'] },
    ])
    expect(cannot).toEqual([productField('owners')])
    expect(restoreRevision(history, 5).edits).toEqual([{ ref: productField('description'), value: 'Third.' }])
    expect(restoreRevision(history, 6)).toEqual({ edits: [], cannot: [] })
  })
})
