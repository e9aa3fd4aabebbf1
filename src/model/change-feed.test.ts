import { changesFromHistory, diffSnapshots, mergeFeed, snapshotOf } from './change-feed'
import { makeProduct } from './test-products'
import type { DataProduct, ProductChange } from './types'

const change = (revision: number, at: string, diff: ProductChange['diff']): ProductChange => ({ revision, at, by: 'maya-chen', fields: diff.map((d) => d.field), diff })

describe('changes from history', () => {
  const history = [
    change(3, '2026-03-03T10:00:00Z', [{ field: 'columns.sessions-table.end_reason#tags', before: 'kpi', after: 'kpi\ndeprecated' }]),
    change(2, '2026-03-02T10:00:00Z', [
      { field: 'columns.sessions-table.device.os', before: 'OS', after: 'Operating system' },
      { field: 'owners', before: 'Product owner: Maya Chen', after: 'Product owner: Maya Chen\nSteward: Lena Fischer' },
    ]),
    change(1, '2026-03-01T10:00:00Z', [{ field: 'description', before: 'a', after: 'b' }]),
  ]

  it('lists each field changed after the follow began, newest first, linking to where it shows', () => {
    const items = changesFromHistory('urn:p', history, '2026-03-01T12:00:00Z')
    expect(items.map((i) => [i.summary, i.kind, i.tab, i.by])).toEqual([
      ['Column end_reason marked deprecated', 'schema', 'schema', 'maya-chen'],
      ['Column device.os: description changed', 'schema', 'schema', 'maya-chen'],
      ['Owners added Steward: Lena Fischer', 'owners', 'history', 'maya-chen'],
    ])
    expect(new Set(items.map((i) => i.id)).size).toBe(3)
  })

  it('gives the same ids on every reading', () => {
    expect(changesFromHistory('urn:p', history, '').map((i) => i.id)).toEqual(changesFromHistory('urn:p', [...history], '').map((i) => i.id))
  })
})

describe('changes from comparing snapshots', () => {
  const before: DataProduct = makeProduct({
    urn: 'urn:p',
    contract: { id: 'c', version: '1.0.0', terms: { status: 'active' } },
    slos: [{ name: 'Freshness', objective: 'by 6', status: 'met' }],
    outputPorts: [
      { id: 't', name: 'T', type: 'table', location: 'x', columns: [{ name: 'a', type: 'string' }, { name: 'b', type: 'int' }, { name: 's', type: 'struct', fields: [{ name: 'x', type: 'int' }] }] },
    ],
  })

  it('finds nothing when nothing changed', () => {
    expect(diffSnapshots(snapshotOf(before), snapshotOf(structuredClone(before)), 'now')).toEqual([])
  })

  it('finds columns added, removed and retyped, contract, SLO, lifecycle and owner changes', () => {
    const after: DataProduct = {
      ...before,
      lifecycle: 'deprecated',
      replacedBy: 'urn:q',
      contract: { id: 'c', version: '2.0.0', terms: { status: 'active' } },
      slos: [{ name: 'Freshness', objective: 'by 6', status: 'breached' }],
      owners: [{ role: 'product-owner', personId: 'someone-else' }],
      outputPorts: [{ ...before.outputPorts[0]!, columns: [{ name: 'a', type: 'string' }, { name: 'b', type: 'bigint' }, { name: 's', type: 'struct', fields: [{ name: 'y', type: 'int' }] }, { name: 'c', type: 'date' }] }],
    }
    const items = diffSnapshots(snapshotOf(before), snapshotOf(after), '2026-03-04T00:00:00Z')
    expect(items.map((i) => i.summary)).toEqual([
      'Column b retyped int → bigint',
      'Column s.y added (int)',
      'Column c added (date)',
      'Column s.x removed',
      'Contract 1.0.0 → 2.0.0',
      'SLO Freshness: met → breached',
      'Now deprecated (was active)',
      'Replaced by urn:q',
      'Owners changed',
    ])
    expect(items.every((i) => i.source === 'snapshot' && i.at === '2026-03-04T00:00:00Z')).toBe(true)
  })

  it('notices a contract status change on the same version', () => {
    const after = { ...before, contract: { id: 'c', version: '1.0.0', terms: { status: 'deprecated' } } }
    expect(diffSnapshots(snapshotOf(before), snapshotOf(after), 'now').map((i) => i.summary)).toEqual(['Contract status active → deprecated'])
  })
})

describe('merging the two', () => {
  it('keeps only what history cannot tell when there is history, each item once, newest first', () => {
    const history = changesFromHistory('urn:p', [change(2, '2026-03-02T00:00:00Z', [{ field: 'owners', before: 'a', after: 'b' }])], '')
    const snapshot = [
      { id: 's1', productUrn: 'urn:p', at: '2026-03-03T00:00:00Z', kind: 'owners' as const, summary: 'Owners changed', tab: 'overview' as const, source: 'snapshot' as const },
      { id: 's2', productUrn: 'urn:p', at: '2026-03-01T00:00:00Z', kind: 'slo' as const, summary: 'SLO x', tab: 'contract' as const, source: 'snapshot' as const },
    ]
    expect(mergeFeed(history, [...snapshot, snapshot[1]!], true).map((i) => i.summary)).toEqual(['Owners added b; removed a', 'SLO x'])
    expect(mergeFeed([], snapshot, false).map((i) => i.id)).toEqual(['s1', 's2'])
  })
})
