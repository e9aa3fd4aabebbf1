import { displayText, historyFieldName, mapVersions } from './map-history'
import { splitFqn } from './map-openmetadata'
import type { WireEntityVersion } from './openmetadata-wire'

const AT = Date.UTC(2025, 4, 12, 9, 30)
const label = (tagFQN: string, source = 'Classification') => ({ tagFQN, source, labelType: 'Manual', state: 'Confirmed' })
const version = (v: number, changeDescription: WireEntityVersion['changeDescription'], updatedBy = 'jane.doe'): WireEntityVersion => ({
  version: v,
  updatedAt: AT + v * 1000,
  updatedBy,
  changeDescription,
})

describe('OpenMetadata versions as change history', () => {
  it('maps each version to a revision of version × 10 with who, when and before/after, newest first', () => {
    const changes = mapVersions([
      version(0.1, null, 'bo.smith'),
      version(0.2, { fieldsUpdated: [{ name: 'description', oldValue: 'Orders.', newValue: 'Every order.' }], previousVersion: 0.1 }),
      version(1.1, { fieldsAdded: [{ name: 'columns.order_id.description', newValue: 'Order key.' }], previousVersion: 1.0 }, 'ingestion-bot'),
    ])
    expect(changes).toEqual([
      { revision: 11, at: new Date(AT + 1100).toISOString(), by: 'ingestion-bot', fields: ['Column order_id'], diff: [{ field: 'Column order_id', before: '', after: 'Order key.' }] },
      { revision: 2, at: new Date(AT + 200).toISOString(), by: 'jane.doe', fields: ['description'], diff: [{ field: 'description', before: 'Orders.', after: 'Every order.' }] },
    ])
  })

  it('shows tags added and removed in one change, glossary terms apart from classification tags', () => {
    const [change] = mapVersions([
      version(0.3, {
        fieldsAdded: [{ name: 'tags', newValue: JSON.stringify([label('Tier.Tier2'), label('Business.Order', 'Glossary')]) }],
        fieldsDeleted: [{ name: 'tags', oldValue: JSON.stringify([label('Tier.Tier1')]) }],
      }),
    ])
    expect(change?.fields).toEqual(['tags', 'glossaryTerms'])
    expect(change?.diff).toEqual([
      { field: 'tags', before: 'Tier.Tier1', after: 'Tier.Tier2' },
      { field: 'glossaryTerms', before: '', after: 'Business.Order' },
    ])
  })

  it('names owners and experts as the product owners and stewards they are in Tessera, domains by their display names', () => {
    const team = { id: '1', type: 'team', name: 'commerce-data', displayName: 'Commerce data team' }
    const user = { id: '2', type: 'user', name: 'bo.smith' }
    const [change] = mapVersions([
      version(0.4, {
        fieldsUpdated: [{ name: 'owners', oldValue: JSON.stringify([user]), newValue: JSON.stringify([team]) }],
        fieldsAdded: [{ name: 'experts', newValue: JSON.stringify([user]) }],
        fieldsDeleted: [{ name: 'domain', oldValue: JSON.stringify({ id: '3', type: 'domain', name: 'Marketing' }) }],
      }),
    ])
    expect(change?.fields).toEqual(['owners', 'Domain'])
    expect(change?.diff).toEqual([
      { field: 'owners', before: 'Product owner: bo.smith', after: 'Product owner: Commerce data team (team)\nSteward: bo.smith' },
      { field: 'Domain', before: 'Marketing', after: '' },
    ])
  })

  it('keeps prose as written even when it looks like JSON, and reads other values as JSON', () => {
    const [change] = mapVersions([
      version(0.5, {
        fieldsUpdated: [
          { name: 'description', oldValue: '[draft] {to do}', newValue: '[1, 2]' },
          { name: 'sla', oldValue: JSON.stringify({ availability: 99 }), newValue: JSON.stringify({ availability: 99.9, dataFreshness: 60 }) },
          { name: 'columns', oldValue: JSON.stringify([{ name: 'a', dataType: 'INT' }]), newValue: '[not json' },
        ],
      }),
    ])
    expect(change?.diff).toEqual([
      { field: 'description', before: '[draft] {to do}', after: '[1, 2]' },
      { field: 'Service levels', before: 'Availability: 99', after: 'Availability: 99.9\nData freshness: 60' },
      { field: 'Columns', before: 'a (INT)', after: '[not json' },
    ])
  })

  it('leaves out the creation, versions without changes and repeats of a version', () => {
    const edit = version(0.2, { fieldsUpdated: [{ name: 'description', oldValue: 'a', newValue: 'b' }] })
    expect(mapVersions([version(0.1, undefined), version(0.3, { fieldsAdded: [], fieldsUpdated: [] }), edit, { ...edit, updatedBy: 'someone' }])).toEqual([
      expect.objectContaining({ revision: 2, by: 'jane.doe' }),
    ])
  })

  it('survives a time out of range and a missing author', () => {
    const [change] = mapVersions([{ version: 0.2, updatedAt: 1e20, changeDescription: { fieldsUpdated: [{ name: 'description', oldValue: 'a', newValue: 'b' }] } }])
    expect(change).toMatchObject({ at: '', by: '' })
  })
})

describe('OpenMetadata field names for people', () => {
  it.each([
    ['description', 'description'],
    ['owner', 'owners'],
    ['displayName', 'Title'],
    ['lifecycleStage', 'Lifecycle stage'],
    ['dataModel', 'Data model'],
    ['columns.order_id.description', 'Column order_id'],
    ['columns.order_id.tags', 'Column order_id: tags'],
    ['columns.order_id.constraint', 'Column order_id: constraint'],
    ['columns."order.id".dataType', 'Column order.id: data type'],
    ['columns.shipping.city.description', 'Column shipping.city'],
    ['columns.description', 'Column description'],
    ['constructor', 'Constructor'],
    ['columns.a.constructor', 'Column a.constructor'],
    ['__proto__', 'Proto'],
  ])('%s → %s', (name, field) => expect(historyFieldName(name).field).toBe(field))

  it('splits paths on dots outside quotes', () => {
    expect(splitFqn('columns."a.b".c')).toEqual(['columns', 'a.b', 'c'])
  })

  it('shows values as text', () => {
    expect(displayText([{ tagFQN: 'PII.Sensitive' }, { id: 'x', type: 'user', name: 'jane' }, 3, true, null])).toBe('PII.Sensitive\njane\n3\ntrue')
    expect(displayText({ a: { b: 1 } })).toBe('A: {"b":1}')
  })
})
