import {
  allColumns,
  assessCompleteness,
  completenessPercent,
  describeMissing,
  gapPoints,
  hasContract,
  isDocumented,
  partialReason,
  undocumentedColumns,
} from './completeness'
import { makeColumn, makePort, makeProduct } from './test-products'

describe('assessCompleteness', () => {
  it('scores a fully documented product 1 with nothing missing', () => {
    const result = assessCompleteness(makeProduct())
    expect(result).toMatchObject({ score: 1, missing: [], complete: true })
    expect(result.partial).toBeUndefined()
    expect(result.parts.map((p) => [p.id, p.earned, p.weight])).toEqual([
      ['description', 25, 25],
      ['ownership', 20, 20],
      ['columns', 20, 20],
      ['contract', 15, 15],
      ['slos', 10, 10],
      ['outputPorts', 10, 10],
    ])
  })

  it('treats a blank description as missing', () => {
    const result = assessCompleteness(makeProduct({ description: '  \n\t ' }))
    expect(result.missing).toEqual([{ kind: 'description' }])
    expect(result.complete).toBe(false)
    expect(result.score).toBeCloseTo(0.75)
  })

  it('reports a missing product owner when other owners exist, for half the ownership points', () => {
    const result = assessCompleteness(makeProduct({ owners: [{ role: 'steward', personId: 'ann' }] }))
    expect(result.missing).toEqual([{ kind: 'product-owner' }])
    expect(result.score).toBeCloseTo(0.9)
  })

  it('reports no owners once, not also a missing product owner', () => {
    const result = assessCompleteness(makeProduct({ owners: [] }))
    expect(result.missing).toEqual([{ kind: 'owner' }])
    expect(result.score).toBeCloseTo(0.8)
  })

  it('lists undocumented columns through nested fields with dotted paths', () => {
    const product = makeProduct({
      outputPorts: [
        makePort({
          id: 'events',
          columns: [
            makeColumn({ name: 'id' }),
            makeColumn({
              name: 'device',
              type: 'struct',
              fields: [
                makeColumn({ name: 'os', description: undefined }),
                makeColumn({
                  name: 'screen',
                  description: ' ',
                  fields: [makeColumn({ name: 'width', description: '' }), makeColumn({ name: 'height' })],
                }),
              ],
            }),
            makeColumn({ name: 'country', description: undefined }),
          ],
        }),
        makePort({ id: 'daily', columns: [makeColumn({ name: 'day', description: undefined })] }),
      ],
    })
    const result = assessCompleteness(product)
    expect(result.missing).toEqual([
      {
        kind: 'undocumented-columns',
        columns: [
          { outputPortId: 'events', path: 'device.os' },
          { outputPortId: 'events', path: 'device.screen' },
          { outputPortId: 'events', path: 'device.screen.width' },
          { outputPortId: 'events', path: 'country' },
          { outputPortId: 'daily', path: 'day' },
        ],
      },
    ])
    // 8 columns in all, 3 documented (id, device, device.screen.height): 3/8 of the column points
    expect(result.score).toBeCloseTo((80 + (20 * 3) / 8) / 100)
  })

  it('reports a missing contract, honouring a contract named on an output port', () => {
    expect(assessCompleteness(makeProduct({ contract: undefined })).missing).toEqual([{ kind: 'contract' }])
    expect(assessCompleteness(makeProduct({ contract: undefined })).score).toBeCloseTo(0.85)
    const portContract = makeProduct({ contract: undefined, outputPorts: [makePort({ contractId: 'c9' })], monitoredChecks: [{ name: 'not empty', status: 'passing' }] })
    expect(assessCompleteness(portContract).complete).toBe(true)
  })

  it('gives a contract that no quality check holds the data to half the contract points, never 100%', () => {
    const unchecked = assessCompleteness(makeProduct({ contract: { id: 'c1', version: '1' } }))
    expect(unchecked.missing).toEqual([{ kind: 'quality-checks' }])
    expect(unchecked.complete).toBe(false)
    expect(unchecked.score).toBeCloseTo(0.925)
    expect(gapPoints(unchecked, { kind: 'quality-checks' })).toBe(7.5)
    // checks the catalogue monitors count as well as the contract's own
    const monitored = makeProduct({ contract: { id: 'c1', version: '1' }, monitoredChecks: [{ name: 'row count', status: 'unknown' }] })
    expect(assessCompleteness(monitored).complete).toBe(true)
  })

  it('reports missing SLOs', () => {
    const result = assessCompleteness(makeProduct({ slos: [] }))
    expect(result.missing).toEqual([{ kind: 'slos' }])
    expect(result.score).toBeCloseTo(0.9)
  })

  it('does not count breached SLOs as missing', () => {
    const slos = [{ name: 'freshness', objective: 'daily', status: 'breached' as const }]
    expect(assessCompleteness(makeProduct({ slos })).complete).toBe(true)
  })

  it('reports missing output ports and gives no column points without a schema', () => {
    const result = assessCompleteness(makeProduct({ outputPorts: [] }))
    expect(result.missing).toEqual([{ kind: 'output-ports' }])
    expect(result.score).toBeCloseTo(0.7)
  })

  it('gives full column points to output ports that list no columns', () => {
    expect(assessCompleteness(makeProduct({ outputPorts: [makePort({ columns: [] })] }))).toMatchObject({
      score: 1,
      missing: [],
      complete: true,
    })
  })

  it('leaves columns a listing did not read out of the score and says the figure is partial', () => {
    const unread = makePort({ id: 'orders', columns: [], columnsUnread: true })
    const listed = assessCompleteness(makeProduct({ contract: undefined, outputPorts: [unread] }))
    expect(listed.partial).toEqual({ unreadPorts: ['orders'] })
    expect(listed.complete).toBe(false)
    expect(listed.parts.find((p) => p.id === 'columns')).toMatchObject({ unread: true, earned: 0 })
    // 65 of the 80 points that could be judged
    expect(listed.score).toBeCloseTo(65 / 80)
    expect(partialReason(listed)).toMatch(/columns of 1 output port/)
    expect(assessCompleteness(makeProduct({ outputPorts: [unread] }))).toMatchObject({ score: 1, complete: false, missing: [] })
  })

  it('gives each gap its part, so the parts add up to the score', () => {
    const result = assessCompleteness(makeProduct({ description: '', slos: [], owners: [{ role: 'steward', personId: 'a' }] }))
    const earned = result.parts.reduce((sum, p) => sum + p.earned, 0)
    expect(earned / 100).toBeCloseTo(result.score)
    expect(result.parts.filter((p) => p.missing).map((p) => [p.id, p.weight - p.earned])).toEqual([
      ['description', 25],
      ['ownership', 10],
      ['slos', 10],
    ])
    expect(completenessPercent(result)).toBe(55)
    expect(result.missing.map((item) => gapPoints(result, item))).toEqual([25, 10, 10])
  })

  it('costs a missing output port its points and the column points, and a subset of columns its share', () => {
    const shell = assessCompleteness(makeProduct({ outputPorts: [] }))
    expect(gapPoints(shell, { kind: 'output-ports' })).toBe(30)
    const columns = assessCompleteness(
      makeProduct({ outputPorts: [makePort({ columns: [makeColumn({ name: 'a', description: '' }), makeColumn({ name: 'b', description: '' })] })] }),
    )
    expect(gapPoints(columns, { kind: 'undocumented-columns', columns: [{ outputPortId: 'main', path: 'a' }] })).toBe(10)
  })

  it('scores 0 for an empty shell, listing every gap in order', () => {
    const result = assessCompleteness(
      makeProduct({ description: '', owners: [], outputPorts: [], contract: undefined, slos: [] }),
    )
    expect(result.score).toBe(0)
    expect(result.missing.map((m) => m.kind)).toEqual(['description', 'owner', 'contract', 'slos', 'output-ports'])
  })

  it('stays within 0..1 and below 1 whenever something is missing', () => {
    const nearly = makeProduct({
      outputPorts: [makePort({ columns: [...Array.from({ length: 999 }, () => makeColumn()), makeColumn({ description: '' })] })],
    })
    const result = assessCompleteness(nearly)
    expect(result.complete).toBe(false)
    expect(result.score).toBeLessThan(1)
    expect(result.score).toBeGreaterThan(0.99)
  })
})

describe('isDocumented', () => {
  it('needs a description and every column described, nested ones included', () => {
    expect(isDocumented(makeProduct())).toBe(true)
    expect(isDocumented(makeProduct({ description: ' ' }))).toBe(false)
    const nestedGap = makeProduct({
      outputPorts: [makePort({ columns: [makeColumn({ name: 'a', fields: [makeColumn({ name: 'b', description: '' })] })] })],
    })
    expect(isDocumented(nestedGap)).toBe(false)
  })

  it('is the completeness being whole: owners, contract, SLOs and output ports count too', () => {
    for (const gap of [{ owners: [] }, { contract: undefined }, { slos: [] }, { outputPorts: [] }]) {
      const product = makeProduct(gap)
      expect(isDocumented(product)).toBe(false)
      expect(isDocumented(product)).toBe(assessCompleteness(product).complete)
    }
  })
})

describe('column helpers', () => {
  const product = makeProduct({
    outputPorts: [makePort({ id: 'p', columns: [makeColumn({ name: 'a', fields: [makeColumn({ name: 'b', description: undefined })] })] })],
  })

  it('lists all columns depth-first with paths', () => {
    expect(allColumns(product).map((c) => `${c.outputPortId}:${c.path}`)).toEqual(['p:a', 'p:a.b'])
  })

  it('lists undocumented columns', () => {
    expect(undocumentedColumns(product)).toEqual([{ outputPortId: 'p', path: 'a.b' }])
  })

  it('knows whether a product is under contract', () => {
    expect(hasContract(makeProduct())).toBe(true)
    expect(hasContract(makeProduct({ contract: undefined }))).toBe(false)
  })
})

describe('describeMissing', () => {
  it('says each gap in a short sentence', () => {
    expect(describeMissing({ kind: 'description' })).toBe('No description')
    expect(describeMissing({ kind: 'owner' })).toBe('No owner')
    expect(describeMissing({ kind: 'product-owner' })).toBe('No product owner')
    expect(describeMissing({ kind: 'contract' })).toBe('No data contract')
    expect(describeMissing({ kind: 'slos' })).toBe('No service-level objectives')
    expect(describeMissing({ kind: 'output-ports' })).toBe('No output port')
  })

  it('counts undocumented columns, singular and plural', () => {
    const columns = (n: number) => Array.from({ length: n }, (_, i) => ({ outputPortId: 'p', path: `c${i}` }))
    expect(describeMissing({ kind: 'undocumented-columns', columns: columns(1) })).toBe('1 column has no description')
    expect(describeMissing({ kind: 'undocumented-columns', columns: columns(3) })).toBe('3 columns have no description')
  })
})
