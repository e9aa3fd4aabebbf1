import { indexCatalog } from '../../../model/catalog-index'
import { demoMesh } from '../../../mocks/demo-mesh/demo-mesh'
import { impactCsv, impactList, type ImpactRow } from './impact'

const SESSIONS = 'urn:tessera:product:playback.playback_sessions'

describe('impactList', () => {
  const catalog = indexCatalog(demoMesh)

  it('lists every product downstream, nearest first, with its owners', () => {
    const rows = impactList(catalog, SESSIONS)
    expect(rows.length).toBeGreaterThan(6)
    expect(rows.map((r) => r.distance)).toEqual([...rows.map((r) => r.distance)].sort((a, b) => a - b))
    const viewing = rows.find((r) => r.urn === 'urn:tessera:product:playback.viewing_time_daily')
    expect(viewing).toMatchObject({ distance: 1, domain: 'Playback' })
    expect(viewing?.owners.length).toBeGreaterThan(0)
    expect(rows.find((r) => r.urn === 'urn:tessera:product:finance.content_roi_board_pack')?.distance).toBeGreaterThan(2)
    expect(new Set(rows.map((r) => r.urn)).size).toBe(rows.length)
  })

  it('is empty for a product nothing reads, and for an unknown product', () => {
    expect(impactList(catalog, 'urn:tessera:product:finance.content_roi_board_pack')).toEqual([])
    expect(impactList(catalog, 'urn:nowhere')).toEqual([])
  })
})

describe('impactCsv', () => {
  const row: ImpactRow = {
    urn: 'urn:p:x',
    title: '=HYPERLINK("http://evil")',
    kind: 'aggregate',
    lifecycle: 'active',
    domain: 'Play, "quoted"',
    distance: 2,
    owners: ['Team A', 'Ann'],
  }

  it('quotes, escapes and defuses formulas', () => {
    const csv = impactCsv([row])
    const [header, line] = csv.split('\r\n')
    expect(header).toBe('Product,URN,Kind,Lifecycle,Domain,Distance,Owners')
    expect(line).toBe(`"'=HYPERLINK(""http://evil"")",urn:p:x,aggregate,active,"Play, ""quoted""",2,Team A; Ann`)
  })

  it('has a header even with no rows', () => {
    expect(impactCsv([])).toBe('Product,URN,Kind,Lifecycle,Domain,Distance,Owners\r\n')
  })
})
