import { mergeColumns } from './map-columns'

describe('mergeColumns', () => {
  const documented = [
    { name: 'order_id', description: 'Primary key', data_type: 'int', constraints: [{ type: 'not_null' }] },
    { name: 'status', description: 'Where the order is', meta: { contains_pii: false, classification: 'internal' }, tags: ['state'] },
    { name: 'renamed_away', data_type: 'text' },
  ]

  it('takes types and order from the warehouse, descriptions from the manifest', () => {
    const columns = mergeColumns(documented, [
      { name: 'STATUS', type: 'VARCHAR', index: 2, comment: 'ignored: the manifest documents it' },
      { name: 'ORDER_ID', type: 'NUMBER(38,0)', index: 1 },
      { name: 'AMOUNT', type: 'NUMBER', index: 3, comment: 'From the warehouse' },
    ])
    expect(columns.map((c) => [c.name, c.type])).toEqual([
      ['order_id', 'NUMBER(38,0)'],
      ['status', 'VARCHAR'],
      ['AMOUNT', 'NUMBER'],
      ['renamed_away', 'text'],
    ])
    expect(columns[0]).toMatchObject({ description: 'Primary key', required: true })
    expect(columns[1]).toMatchObject({ description: 'Where the order is', classification: 'internal', pii: false, tags: ['state'] })
    expect(columns[2]).toMatchObject({ description: 'From the warehouse' })
  })

  it('uses the manifest alone when there is no catalog, marking unknown types', () => {
    const columns = mergeColumns(documented, undefined, new Set(['status']))
    expect(columns.map((c) => c.type)).toEqual(['int', 'unknown', 'text'])
    expect(columns[1]?.required).toBe(true)
  })
})
