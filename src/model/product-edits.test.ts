import { applyChanges, applyEdit, columnField, fieldKey, isWritable, fieldLabel, fromChanges, parseFieldKey, productField, readField, sameValue, summariseFields, toChanges } from './product-edits'
import { makeColumn, makePort, makeProduct } from './test-products'

const product = () =>
  makeProduct({
    tags: ['playback'],
    owners: [{ role: 'product-owner', teamId: 'team-a' }],
    outputPorts: [
      makePort({
        id: 'sessions',
        columns: [
          makeColumn({ name: 'session_id', description: 'Session.' }),
          makeColumn({ name: 'device', description: '', fields: [makeColumn({ name: 'os', description: undefined, classification: 'internal', tags: ['device'] })] }),
        ],
      }),
    ],
  })

describe('field keys', () => {
  it('names product fields plainly and column fields by port and dotted path', () => {
    expect(fieldKey(productField('glossaryTerms'))).toBe('glossaryTerms')
    expect(fieldKey(columnField('description', 'sessions', 'device.os'))).toBe('columns.sessions.device.os')
    expect(fieldKey(columnField('tags', 'sessions', 'device.os'))).toBe('columns.sessions.device.os#tags')
  })

  it('reads every key it writes back into the same reference, and refuses unknown ones', () => {
    for (const ref of [productField('links'), columnField('classification', 'sessions', 'device.os'), columnField('description', 'p', 'a')]) {
      expect(parseFieldKey(fieldKey(ref))).toEqual(ref)
    }
    expect(parseFieldKey('revision')).toBeUndefined()
    expect(parseFieldKey('columns.only-port')).toBeUndefined()
  })
})

describe('readField', () => {
  it('reads product fields and nested column fields, with empty values for what is absent', () => {
    const p = product()
    expect(readField(p, productField('tags'))).toEqual(['playback'])
    expect(readField(p, columnField('description', 'sessions', 'device.os'))).toBe('')
    expect(readField(p, columnField('classification', 'sessions', 'device.os'))).toBe('internal')
    expect(readField(p, columnField('classification', 'sessions', 'session_id'))).toBeNull()
    expect(readField(p, columnField('tags', 'sessions', 'session_id'))).toEqual([])
  })

  it('answers undefined for a column or port that is not there', () => {
    expect(readField(product(), columnField('description', 'sessions', 'device.model'))).toBeUndefined()
    expect(readField(product(), columnField('description', 'other', 'session_id'))).toBeUndefined()
  })
})

describe('sameValue', () => {
  it('ignores key order and absent keys in owners', () => {
    expect(sameValue([{ role: 'steward', personId: 'p' }], [{ personId: 'p', role: 'steward', teamId: undefined }])).toBe(true)
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false)
    expect(sameValue(null, '')).toBe(false)
  })
})

describe('change sets', () => {
  it('turns edits into the API change set and back, the last edit of a field winning', () => {
    const edits = [
      { ref: productField('description'), value: 'first' },
      { ref: columnField('description', 'sessions', 'device.os'), value: 'OS' },
      { ref: productField('description'), value: 'second' },
      { ref: columnField('tags', 'sessions', 'device.os'), value: ['a'] },
      { ref: columnField('classification', 'sessions', 'device.os'), value: null },
    ]
    const changes = toChanges(edits)
    expect(changes).toEqual({
      description: 'second',
      columnDescriptions: [{ outputPortId: 'sessions', column: 'device.os', description: 'OS' }],
      columnTags: [{ outputPortId: 'sessions', column: 'device.os', tags: ['a'] }],
      columnClassifications: [{ outputPortId: 'sessions', column: 'device.os', classification: null }],
    })
    expect(fromChanges(changes)).toHaveLength(4)
  })
})

describe('isWritable', () => {
  it('lets a backend that names what it writes refuse the rest, product and column fields alike', () => {
    const writes = ['description', 'columnDescriptions', 'tags'] as const
    expect(isWritable(productField('description'), writes)).toBe(true)
    expect(isWritable(productField('links'), writes)).toBe(false)
    expect(isWritable(productField('glossaryTerms'), writes)).toBe(false)
    expect(isWritable(columnField('description', 'port', 'id'), writes)).toBe(true)
    expect(isWritable(columnField('tags', 'port', 'id'), writes)).toBe(false)
    expect(isWritable(columnField('classification', 'port', 'id'), writes)).toBe(false)
  })

  it('writes everything when the backend does not say', () => {
    expect(isWritable(columnField('classification', 'port', 'id'), undefined)).toBe(true)
  })
})

describe('applyChanges', () => {
  it('sets nested column fields without touching the original product', () => {
    const p = product()
    const { product: next, diff } = applyChanges(p, {
      columnDescriptions: [{ outputPortId: 'sessions', column: 'device.os', description: 'Operating system.' }],
      columnTags: [{ outputPortId: 'sessions', column: 'device.os', tags: ['device', 'pii'] }],
      columnClassifications: [{ outputPortId: 'sessions', column: 'device.os', classification: null }],
    })
    const os = next.outputPorts[0]!.columns[1]!.fields![0]!
    expect(os).toMatchObject({ description: 'Operating system.', tags: ['device', 'pii'] })
    expect(os.classification).toBeUndefined()
    expect(p.outputPorts[0]!.columns[1]!.fields![0]!.classification).toBe('internal')
    expect(diff).toEqual([
      { field: 'columns.sessions.device.os', before: '', after: 'Operating system.' },
      { field: 'columns.sessions.device.os#tags', before: 'device', after: 'device\npii' },
      { field: 'columns.sessions.device.os#classification', before: 'internal', after: '' },
    ])
  })

  it('leaves unchanged fields and unknown columns out of the diff', () => {
    const { product: next, diff } = applyChanges(product(), {
      tags: ['playback'],
      columnDescriptions: [{ outputPortId: 'sessions', column: 'nope', description: 'x' }],
    })
    expect(diff).toEqual([])
    expect(next.outputPorts[0]!.columns).toHaveLength(2)
  })

  it('shows owners with their role and names, one per line', () => {
    const { diff } = applyChanges(product(), { owners: [{ role: 'product-owner', teamId: 'team-a' }, { role: 'steward', personId: 'lena' }] }, { person: (id) => (id === 'lena' ? 'Lena Fischer' : undefined) })
    expect(diff[0]).toEqual({ field: 'owners', before: 'Product owner: team-a (team)', after: 'Product owner: team-a (team)\nSteward: Lena Fischer' })
  })

  it('applies one edit at a time the same way', () => {
    const next = applyEdit(product(), { ref: productField('links'), value: [{ label: 'Runbook', url: 'https://x' }] })
    expect(next.links).toEqual([{ label: 'Runbook', url: 'https://x' }])
  })
})

describe('labels', () => {
  it('names fields and sums them up for a sentence', () => {
    expect(fieldLabel(columnField('tags', 'sessions', 'device.os'))).toBe('Column device.os: tags')
    expect(summariseFields([productField('description'), productField('tags'), columnField('description', 'p', 'a'), columnField('description', 'p', 'b')])).toBe(
      'Description, tags and 2 column descriptions',
    )
    expect(summariseFields([columnField('classification', 'p', 'a')])).toBe('1 column classification')
  })
})
