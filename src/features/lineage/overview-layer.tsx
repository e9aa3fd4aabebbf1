import { ViewportPortal } from '@xyflow/react'
import { memo, useMemo } from 'react'
import type { Flow } from './to-flow'

/**
 * The whole graph as one SVG picture, drawn instead of thousands of node elements when a big
 * graph is zoomed out too far to read: panning then moves one picture, not 2,000 components.
 */
function OverviewLayerView({ flow }: { flow: Flow }) {
  const frame = useMemo(() => {
    let x0 = Infinity
    let y0 = Infinity
    let x1 = -Infinity
    let y1 = -Infinity
    for (const m of flow.marks) {
      x0 = Math.min(x0, m.x)
      y0 = Math.min(y0, m.y)
      x1 = Math.max(x1, m.x + m.width)
      y1 = Math.max(y1, m.y + m.height)
    }
    return x0 === Infinity ? undefined : { x: x0 - 100, y: y0 - 100, width: x1 - x0 + 200, height: y1 - y0 + 200 }
  }, [flow.marks])
  if (!frame) return null
  return (
    <ViewportPortal>
      <svg
        className="ln-overview"
        aria-hidden="true"
        style={{ position: 'absolute', left: frame.x, top: frame.y, width: frame.width, height: frame.height }}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      >
        <path className="ln-overview-edges" d={flow.overviewPaths.all} />
        {flow.overviewPaths.on && <path className="ln-overview-edges is-on" d={flow.overviewPaths.on} />}
        {flow.marks.map((m) => (
          <rect key={m.id} x={m.x} y={m.y} width={m.width} height={m.height} rx={10} className={`ln-mark ln-mark-${m.kind} tone-${m.tone}`} />
        ))}
      </svg>
    </ViewportPortal>
  )
}

export const OverviewLayer = memo(OverviewLayerView)
