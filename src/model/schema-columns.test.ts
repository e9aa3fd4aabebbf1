import { countColumns, expandablePaths, flattenSchema, schemaView } from './schema-columns'
import { makeColumn } from './test-products'
import type { Column } from './types'

const device = makeColumn({
  name: 'device',
  type: 'struct',
  description: 'Device.',
  fields: [
    makeColumn({ name: 'os', type: 'string', description: 'Operating system.' }),
    makeColumn({ name: 'model', type: 'string', description: undefined }),
    makeColumn({
      name: 'screen',
      type: 'struct',
      description: 'Screen.',
      fields: [makeColumn({ name: 'width', type: 'int', description: ' ' })],
    }),
  ],
})
const columns: Column[] = [makeColumn({ name: 'session_id' }), device, makeColumn({ name: 'device_id', description: undefined })]
const none = new Set<string>()
const labels = (rows: { label: string; depth: number }[]) => rows.map((r) => `${'  '.repeat(r.depth)}${r.label}`)

describe('flattenSchema', () => {
  it('lists nested fields depth-first under their parent with dotted paths', () => {
    expect(flattenSchema(columns).map((n) => n.path)).toEqual([
      'session_id',
      'device',
      'device.os',
      'device.model',
      'device.screen',
      'device.screen.width',
      'device_id',
    ])
  })

  it('survives a schema nested thousands of levels deep', () => {
    let deep: Column = makeColumn({ name: 'leaf' })
    for (let i = 0; i < 20_000; i++) deep = makeColumn({ name: `n${i}`, fields: [deep] })
    expect(flattenSchema([deep])).toHaveLength(20_001)
  })
})

describe('schemaView', () => {
  it('shows only top-level columns until a parent is expanded', () => {
    const view = schemaView(columns, { expanded: none })
    expect(labels(view.rows)).toEqual(['session_id', 'device', 'device_id'])
    expect(view.rows[1]).toMatchObject({ expandable: true, expanded: false })
    expect(view.total).toBe(7)
    expect(view.matches).toBe(7)
  })

  it('shows nested fields indented under expanded parents only', () => {
    expect(labels(schemaView(columns, { expanded: new Set(['device']) }).rows)).toEqual([
      'session_id',
      'device',
      '  os',
      '  model',
      '  screen',
      'device_id',
    ])
    expect(labels(schemaView(columns, { expanded: new Set(['device', 'device.screen']) }).rows)).toContain('    width')
    // a child stays hidden while its parent is collapsed, even if the child itself is expanded
    expect(labels(schemaView(columns, { expanded: new Set(['device.screen']) }).rows)).toEqual(['session_id', 'device', 'device_id'])
  })

  it('marks undocumented columns, blank descriptions included, and counts them', () => {
    const view = schemaView(columns, { expanded: new Set(['device', 'device.screen']) })
    const undocumented = view.rows.filter((r) => !r.documented).map((r) => r.path)
    expect(undocumented).toEqual(['device.model', 'device.screen.width', 'device_id'])
    expect(view.undocumented).toBe(3)
  })

  it('filters by name case-insensitively, naming nested matches by their full path', () => {
    const view = schemaView(columns, { expanded: none, filter: ' MOD ' })
    expect(labels(view.rows)).toEqual(['device.model'])
    expect(view.rows[0]).toMatchObject({ match: true, depth: 0 })
    expect(view.matches).toBe(1)
  })

  it('matches the dotted path when the filter has a dot', () => {
    expect(schemaView(columns, { expanded: none, filter: 'screen.w' }).rows.map((r) => r.label)).toEqual(['device.screen.width'])
  })

  it('lets a matching parent be expanded without repeating matches inside it', () => {
    const collapsed = schemaView(columns, { expanded: none, filter: 'device' })
    expect(labels(collapsed.rows)).toEqual(['device', 'device_id'])
    const open = schemaView(columns, { expanded: new Set(['device']), filter: 'e' })
    // device.model and device.screen match too, but show once, inside the expanded device
    expect(labels(open.rows)).toEqual(['session_id', 'device', '  os', '  model', '  screen', 'device_id'])
    expect(open.rows.filter((r) => r.match).map((r) => r.path)).toEqual(['session_id', 'device', 'device.model', 'device.screen', 'device_id'])
  })

  it('keeps only undocumented columns when asked, alone or with a name filter', () => {
    expect(schemaView(columns, { expanded: none, undocumentedOnly: true }).rows.map((r) => r.label)).toEqual([
      'device.model',
      'device.screen.width',
      'device_id',
    ])
    expect(schemaView(columns, { expanded: none, undocumentedOnly: true, filter: 'id' }).rows.map((r) => r.label)).toEqual([
      'device.screen.width',
      'device_id',
    ])
  })

  it('shows nothing, not an error, for an empty schema or a filter that matches nothing', () => {
    expect(schemaView([], { expanded: none })).toEqual({ rows: [], total: 0, undocumented: 0, matches: 0 })
    expect(schemaView(columns, { expanded: none, filter: 'zzz' }).rows).toEqual([])
  })
})

describe('countColumns and expandablePaths', () => {
  it('count nested fields and list what can be expanded', () => {
    expect(countColumns(columns)).toEqual({ total: 7, undocumented: 3 })
    expect(expandablePaths(columns)).toEqual(['device', 'device.screen'])
  })
})
