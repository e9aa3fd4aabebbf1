import { memo, useCallback, useEffect, useMemo, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import { MEASURES, measureBin, measureFigure, measureShortFigure, measureValue, type CoverageMeasure } from '../../model/coverage'
import type { DomainRollup } from '../../model/domain-rollup'
import type { DomainNode } from '../../model/domain-tree'
import { layoutTreemap, type TreemapTile } from './model/treemap-layout'
import { TileTooltip } from './tile-tooltip'
import { useDelegatedLinks } from './use-delegated-links'

const HEADER = 20
/** The widest the page lets the map be (the main column, less its padding). */
const MAX_WIDTH = 1152

interface CoverageMapProps {
  tree: readonly DomainNode[]
  rollups: ReadonlyMap<string, DomainRollup>
  measure: CoverageMeasure
  domainCount: number
  teamName: (id: string | undefined) => string | undefined
  /** The map's element, for the PNG export. */
  mapRef: RefObject<HTMLDivElement | null>
}

/** Domains as a treemap coloured by the measure; arrow keys move between tiles, Enter opens a domain. */
export function CoverageMap({ tree, rollups, measure, domainCount, teamName, mapRef }: CoverageMapProps) {
  const containerRef = mapRef
  // A first guess from the window, so the first paint has the map without forcing a layout;
  // tiles are placed in percentages, so a wrong guess only skews their proportions until measured.
  const [width, setWidth] = useState(() => Math.max(320, Math.min(MAX_WIDTH, window.innerWidth - 48)))
  const height = Math.round(Math.min(900, Math.max(440, 300 + domainCount * 1.2)))

  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry ? Math.round(entry.contentRect.width) : 0
      if (measured > 0) setWidth((current) => (Math.abs(current - measured) > 8 ? measured : current))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [containerRef])

  const tiles = useMemo(() => layoutTreemap(tree, rollups, { width, height, headerHeight: HEADER }), [tree, rollups, width, height])
  const [active, setActive] = useState(0)
  const [hint, setHint] = useState<{ index: number; x: number; y: number } | null>(null)
  const activeIndex = Math.min(active, Math.max(0, tiles.length - 1))

  const focusTile = useCallback((index: number) => {
    setActive(index)
    containerRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus()
  }, [containerRef])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = indexOf(event.target)
    if (current === null) return
    const last = tiles.length - 1
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(last, current + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    focusTile(next)
  }

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const index = indexOf(event.target)
    const box = containerRef.current?.getBoundingClientRect()
    if (index === null || !box) return setHint(null)
    setHint({ index, x: event.clientX - box.left, y: event.clientY - box.top })
  }

  const links = useDelegatedLinks()
  const hintTile = hint ? tiles[hint.index] : undefined
  return (
    <div
      ref={containerRef}
      className="treemap"
      style={{ height }}
      role="group"
      aria-label={`Coverage map coloured by ${MEASURES[measure].label.toLowerCase()}`}
      aria-describedby="coverage-map-help"
      data-measure={measure}
      data-tiles={tiles.length}
      onKeyDown={onKeyDown}
      onClick={links.onClick}
      onPointerMove={onPointerMove}
      onPointerLeave={() => setHint(null)}
      onFocus={(event) => {
        const index = indexOf(event.target)
        if (index === null) return
        setActive(index)
        const tile = tiles[index]
        if (tile) setHint({ index, x: tile.x + Math.min(tile.width, 160), y: tile.y + Math.min(tile.height, HEADER + 24) })
      }}
      onBlur={() => setHint(null)}
    >
      {tiles.map((tile, index) => (
        <Tile key={tile.key} tile={tile} index={index} measure={measure} focusable={index === activeIndex} layoutWidth={width} href={links.href} />
      ))}
      {hintTile && hint && (
        <TileTooltip
          tile={hintTile}
          measure={measure}
          ownerTeam={teamName(hintTile.domain.ownerTeamId)}
          x={hint.x}
          y={hint.y}
          bounds={{ width, height }}
        />
      )}
    </div>
  )
}

function indexOf(target: EventTarget): number | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-index]') : null
  const index = element ? Number(element.dataset.index) : NaN
  return Number.isInteger(index) ? index : null
}

/** The tile's name for screen readers: which domain, which products, and the figure. */
export function tileLabel(tile: TreemapTile, measure: CoverageMeasure): string {
  const scope = tile.kind === 'frame' ? ' with its sub-domains' : tile.kind === 'own' ? ', its own products' : ''
  return `${tile.domain.name}${scope}: ${MEASURES[measure].label}, ${measureFigure(measure, tile.counts)}`
}

const percent = (value: number, of: number) => `${(100 * value) / of}%`

const Tile = memo(function Tile({
  tile,
  index,
  measure,
  focusable,
  layoutWidth,
  href,
}: {
  tile: TreemapTile
  index: number
  measure: CoverageMeasure
  focusable: boolean
  layoutWidth: number
  href: (path: string) => string
}) {
  const bin = measureBin(measureValue(measure, tile.counts))
  const style = { left: percent(tile.x, layoutWidth), top: tile.y, width: percent(tile.width, layoutWidth), height: tile.height }
  const route = `/domains/${encodeURIComponent(tile.domain.id)}`
  const common = { 'data-index': index, 'data-route': route, href: href(route), tabIndex: focusable ? 0 : -1, 'aria-label': tileLabel(tile, measure) }
  if (tile.kind === 'frame') {
    return (
      <a {...common} className="treemap-tile treemap-frame" style={style}>
        <span className="treemap-frame-head" aria-hidden="true">
          <span className={`treemap-swatch cov-bin-${bin}`} />
          <span className="treemap-name">{tile.domain.name}</span>
          {tile.width > 120 && <span className="treemap-figure">{measureShortFigure(measure, tile.counts)}</span>}
        </span>
      </a>
    )
  }
  const roomForName = tile.width >= 44 && tile.height >= 18
  const roomForFigure = tile.width >= 36 && tile.height >= 34
  return (
    <a {...common} className={`treemap-tile cov-bin-${bin}`} style={style}>
      <span aria-hidden="true">
        {roomForName && <span className="treemap-name">{tile.kind === 'own' ? 'Own products' : tile.domain.name}</span>}
        {roomForFigure && <span className="treemap-figure">{measureShortFigure(measure, tile.counts)}</span>}
      </span>
    </a>
  )
})
