import { indexCatalog } from '../../../model/catalog-index'
import { demoMesh } from '../../../mocks/demo-mesh/demo-mesh'
import type { DataProduct } from '../../../model/types'
import { buildColumnLineage, columnKey, columnsToShow, MAX_COLUMNS_SHOWN, traceColumns } from './column-lineage'

const urn = (name: string) => `urn:tessera:product:${name}`

describe('column lineage over the demo mesh', () => {
  const catalog = indexCatalog(demoMesh)
  const index = buildColumnLineage(demoMesh.products, catalog.product)

  it('links a derived column to the column it comes from, resolving ports', () => {
    const perf = { urn: urn('content.content_performance'), port: 'performance-table', column: 'total_watch_minutes' }
    expect(index.upstream(perf)).toEqual([{ urn: urn('playback.viewing_time_daily'), port: 'daily-table', column: 'watch_minutes' }])
    expect(index.downstream(perf).map((r) => r.urn)).toContain(urn('content.content_performance_weekly'))
  })

  it('traces a column both ways, transitively', () => {
    const perf = { urn: urn('content.content_performance'), port: 'performance-table', column: 'total_watch_minutes' }
    const traced = traceColumns(index, perf)
    expect(traced.has(columnKey(perf))).toBe(true)
    expect(traced.has(columnKey({ urn: urn('playback.viewing_time_daily'), port: 'daily-table', column: 'watch_minutes' }))).toBe(true)
    expect(traced.has(columnKey({ urn: urn('content.content_performance_weekly'), port: 'weekly-view', column: 'watch_minutes' }))).toBe(true)
    expect([...traced].some((k) => k.includes('licence_type'))).toBe(false)
  })
})

describe('columnsToShow', () => {
  const wide: DataProduct = {
    ...demoMesh.products[0]!,
    urn: 'urn:wide',
    outputPorts: [
      {
        id: 'p',
        name: 'P',
        type: 'table',
        location: 'x',
        columns: Array.from({ length: 60 }, (_, i) => ({ name: `c${i}`, type: 'string' })),
      },
    ],
    columnLineage: [{ outputPortId: 'p', column: 'c59', from: [{ productUrn: 'urn:up', column: 'u' }] }],
  }

  it('caps long schemas and keeps the columns that have lineage', () => {
    const index = buildColumnLineage([wide], () => undefined)
    const { ports, omitted } = columnsToShow(wide, index)
    const names = ports.flatMap((p) => p.columns.map((c) => c.name))
    expect(names).toHaveLength(MAX_COLUMNS_SHOWN)
    expect(names).toContain('c59')
    expect(omitted).toBe(60 - MAX_COLUMNS_SHOWN)
  })
})
