import { MEASURES, measureFigure, type CoverageMeasure } from '../../model/coverage'
import type { TreemapTile } from './model/treemap-layout'

const WIDTH = 300
const HEIGHT = 110

/** The figures of the tile under the pointer or in focus, kept inside the map. */
export function TileTooltip({
  tile,
  measure,
  ownerTeam,
  x,
  y,
  bounds,
}: {
  tile: TreemapTile
  measure: CoverageMeasure
  ownerTeam: string | undefined
  x: number
  y: number
  bounds: { width: number; height: number }
}) {
  const { counts } = tile
  const left = Math.max(4, Math.min(x + 12, bounds.width - WIDTH - 4))
  const top = y + 12 + HEIGHT > bounds.height ? Math.max(4, y - HEIGHT - 12) : y + 12
  const scope = tile.kind === 'frame' ? 'with sub-domains' : tile.kind === 'own' ? 'own products, without sub-domains' : undefined
  return (
    <div className="treemap-tooltip" style={{ left, top }} aria-hidden="true">
      <strong>{tile.domain.name}</strong>
      {scope && <span className="muted">{scope}</span>}
      <div>
        {MEASURES[measure].label}: {measureFigure(measure, counts)}
      </div>
      <div className="muted">
        {counts.productCount === 0
          ? 'No data products'
          : `${counts.productCount} ${counts.productCount === 1 ? 'product' : 'products'} in use: ${counts.byKind['source-aligned']} source-aligned, ${counts.byKind.aggregate} aggregate, ${counts.byKind['consumer-aligned']} consumer-aligned`}
      </div>
      <div className="muted">{ownerTeam ? `Owner: ${ownerTeam}` : 'No owner team'}</div>
    </div>
  )
}
