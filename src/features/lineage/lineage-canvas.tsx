import { Background, ControlButton, Controls, MiniMap, Panel, ReactFlow, useReactFlow, useStore, type FitViewOptions, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Flow } from './to-flow'
import { nextInDirection, readableCentre, type ArrowDirection } from './model/spatial-navigation'
import { DomainNode } from './nodes/domain-node'
import { GroupNode } from './nodes/group-node'
import { LaneNode } from './nodes/lane-node'
import { ProductNode } from './nodes/product-node'
import { OverviewLayer } from './overview-layer'

const nodeTypes = { product: ProductNode, domain: DomainNode, 'domain-group': GroupNode, lane: LaneNode }
const ARROWS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }
const ARIA = {
  'node.a11yDescription.default':
    'Press Enter to open this product, Space to select it and highlight its lineage, arrow keys to move to neighbouring products, Escape to clear the selection.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to open this product, arrow keys to move to neighbouring products.',
}
/** Above this many nodes only what is on screen is rendered. */
const VISIBLE_ONLY_FROM = 150
/** Above this many products, zoomed out below OVERVIEW_ZOOM, the graph is drawn as one picture. */
const OVERVIEW_FROM = 300
const OVERVIEW_ZOOM = 0.2
const overviewZoomSelector = (s: { transform: [number, number, number] }) => s.transform[2] < OVERVIEW_ZOOM
const FIT: FitViewOptions = { padding: 0.08, maxZoom: 1, includeHiddenNodes: true }
/** The minimap's corner (200 × 150 and its margin) stays clear of the fitted graph. */
const FIT_BESIDE_MINIMAP: FitViewOptions = { ...FIT, padding: { top: '24px', left: '24px', bottom: '24px', right: '236px' } }
/** Graphs this small show whole on screen: an overview map would only cover them. */
const MINIMAP_FROM = 30
/** Product names (13.5 px) stay at least 11 px on screen in a focused view. */
export const READABLE_ZOOM = 0.82
const PRO = { hideAttribution: true }
const NO_EDGES: never[] = []

function minimapClass(node: Node): string {
  if (node.type === 'product') return `mm-node mm-${(node.data as { card: { kind: string } }).card.kind}`
  return `mm-node mm-${node.type ?? 'other'}`
}

export interface LineageCanvasProps {
  flow: Flow
  /** Changes when the view should be fitted to the screen again (a new graph, not an expansion). */
  fitKey: string
  label: string
  onSelect(id: string | undefined): void
  onOpen(id: string): void
  /** A focused view keeps names readable: fitted no further out than READABLE_ZOOM, centred on this node. */
  readableAround?: string
}

export function LineageCanvas({ flow, fitKey, label, onSelect, onOpen, readableAround }: LineageCanvasProps) {
  const { fitView, setCenter, getZoom } = useReactFlow()
  const wrapper = useRef<HTMLDivElement>(null)
  const hasNodes = flow.nodes.length > 0
  const fitted = useRef<string | undefined>(undefined)
  // Until a big graph has been fitted its zoom is unknown: start as the overview, so thousands
  // of nodes are not mounted for one frame at the default zoom and removed again.
  const [settledKey, setSettledKey] = useState<string>()
  const zoomedOut = useStore(overviewZoomSelector)
  const overview = flow.marks.length > OVERVIEW_FROM && (zoomedOut || settledKey !== fitKey)
  const hiddenNodes = useMemo(
    () => flow.nodes.map((n) => (n.type === 'product' || n.type === 'domain' ? { ...n, hidden: true } : n)),
    [flow.nodes],
  )

  const focusable = flow.marks.length
  const [minimapChoice, setMinimapChoice] = useState<boolean>()
  const minimap = minimapChoice ?? focusable >= MINIMAP_FROM
  const fitOptions = minimap && !overview ? FIT_BESIDE_MINIMAP : FIT
  const boxes = useRef(flow.boxes)
  useEffect(() => {
    boxes.current = flow.boxes
  })

  useEffect(() => {
    if (!hasNodes || fitted.current === fitKey) return
    fitted.current = fitKey
    void fitView(fitOptions).then(async () => {
      const focusBox = readableAround ? boxes.current.find((b) => b.id === readableAround) : undefined
      const size = wrapper.current?.getBoundingClientRect()
      if (focusBox && size && getZoom() < READABLE_ZOOM) {
        const centre = readableCentre(boxes.current, focusBox, size.width / READABLE_ZOOM, size.height / READABLE_ZOOM)
        await setCenter(centre.x, centre.y, { zoom: READABLE_ZOOM })
      }
      setSettledKey(fitKey)
    })
  }, [fitKey, hasNodes, fitView, fitOptions, readableAround, getZoom, setCenter])

  const focusNode = (id: string) => {
    const find = () => wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
    const element = find()
    if (element) return element.focus()
    const box = flow.boxes.find((b) => b.id === id)
    if (!box) return
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(getZoom(), 0.5) })
    requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    if (!target.classList.contains('react-flow__node')) return
    const id = target.dataset.id
    if (!id) return
    const direction = ARROWS[event.key]
    if (direction) {
      event.preventDefault()
      const next = nextInDirection(flow.boxes, id, direction)
      if (next) focusNode(next)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onOpen(id)
    } else if (event.key === ' ') {
      event.preventDefault()
      onSelect(id)
    } else if (event.key === 'Escape') {
      onSelect(undefined)
    }
  }

  return (
    <div className="ln-canvas" ref={wrapper} onKeyDown={onKeyDown} data-testid="lineage-canvas" data-settled={settledKey === fitKey ? 'true' : undefined}>
      <ReactFlow
        nodes={overview ? hiddenNodes : flow.nodes}
        edges={overview ? NO_EDGES : flow.edges}
        nodeTypes={nodeTypes}
        onNodeClick={(_, node) => {
          if (node.type === 'product' || node.type === 'domain') onSelect(node.id)
        }}
        onPaneClick={() => onSelect(undefined)}
        onMoveStart={() => wrapper.current?.classList.add('is-moving')}
        onMoveEnd={() => wrapper.current?.classList.remove('is-moving')}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        onlyRenderVisibleElements={flow.nodes.length > VISIBLE_ONLY_FROM}
        minZoom={0.02}
        maxZoom={2}
        fitView
        fitViewOptions={fitOptions}
        proOptions={PRO}
        ariaLabelConfig={ARIA}
        aria-label={label}
      >
        <Background gap={24} />
        {overview ? (
          <>
            <OverviewLayer flow={flow} />
            <Panel position="top-center" className="ln-overview-note">
              Zoomed out: zoom in to read and select products
            </Panel>
          </>
        ) : (
          minimap && <MiniMap pannable zoomable nodeClassName={minimapClass} ariaLabel="Overview of the whole graph" />
        )}
        <Controls showInteractive={false} fitViewOptions={fitOptions}>
          {!overview && (
            <ControlButton
              onClick={() => setMinimapChoice(!minimap)}
              aria-pressed={minimap}
              aria-label={minimap ? 'Hide the overview map' : 'Show the overview map'}
              title={minimap ? 'Hide the overview map' : 'Show the overview map'}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <rect x="1.5" y="3.5" width="13" height="9" rx="1" fill="none" stroke="currentColor" />
                <rect x="8" y="7" width="5" height="4" fill="currentColor" />
              </svg>
            </ControlButton>
          )}
        </Controls>
      </ReactFlow>
    </div>
  )
}
