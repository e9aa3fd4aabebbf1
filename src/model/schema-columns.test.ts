import { countColumns, expandablePaths, flattenSchema, schemaView, typeBreaks } from './schema-columns'
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

describe('schemaView while documenting under “only undocumented”', () => {
  const parent = makeColumn({ name: 'profile', description: '', fields: [makeColumn({ name: 'profile_id', description: '' }), makeColumn({ name: 'kind', description: 'Kind.' })] })
  const schema = [makeColumn({ name: 'a', description: 'A.' }), parent]

  it('lists a matching column under its shown parent only when the parent is open, never beside it', () => {
    expect(labels(schemaView(schema, { expanded: none, undocumentedOnly: true }).rows)).toEqual(['profile'])
    expect(schemaView(schema, { expanded: none, undocumentedOnly: true }).rows[0]!.expanded).toBe(false)
    expect(labels(schemaView(schema, { expanded: new Set(['profile']), undocumentedOnly: true }).rows)).toEqual(['profile', '  profile_id', '  kind'])
  })

  it('keeps a column documented since the filter was set in view, marked as just documented', () => {
    const documented = [schema[0]!, { ...parent, description: 'Now written.' }]
    const keep = new Set(['profile', 'profile.profile_id'])
    const rows = schemaView(documented, { expanded: none, undocumentedOnly: true, keep }).rows
    expect(rows.map((r) => [r.label, r.justDocumented ?? false])).toEqual([['profile', true]])
    expect(schemaView(documented, { expanded: none, undocumentedOnly: true }).rows.map((r) => r.label)).toEqual(['profile.profile_id'])
  })
})

describe('typeBreaks', () => {
  it('cuts a nested type after its separators, never inside a name', () => {
    expect(typeBreaks('struct<profile_id:string,kind:array<string>>')).toEqual(['struct<', 'profile_id:', 'string,', 'kind:', 'array<', 'string>>'])
    expect(typeBreaks('decimal(18,2)')).toEqual(['decimal(', '18,', '2)'])
  })
})
