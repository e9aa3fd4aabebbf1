import { useReactFlow } from '@xyflow/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { kindLabel } from '../../model/product-queries'
import { EmptyState, ErrorState, LoadingState } from '../../ui/states'
import { productPath } from '../../ui/product-row'
import { ExportMenu } from './export-menu'
import { downloadText, exportImage, fileSafe, graphJson } from './export-view'
import { GraphSearch, type SearchEntry } from './graph-search'
import { ImpactTable } from './impact-table'
import { LineageActionsContext, type LineageActions } from './lineage-actions'
import { LineageCanvas } from './lineage-canvas'
import { LineageList } from './lineage-list'
import { LineageToolbar } from './lineage-toolbar'
import { impactList } from './model/impact'
import { buildLineageView } from './model/lineage-view'
import { tracePath } from './model/trace-path'
import { toggleExpansion, type LineageViewState } from './model/view-state'
import { SelectionPanel } from './selection-panel'
import { DataCache, toFlow } from './to-flow'
import { useLayout } from './use-layout'
import { useNarrow } from './use-narrow'
import type { UpdateView } from './use-view-state'

/** Keeps returning the first value seen for a key until the key changes. */
function useSameWhile<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value })
  if (kept.key !== key) {
    setKept({ key, value })
    return value
  }
  return kept.value
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const depth = (d: number) => (d === Infinity ? 'all' : d)

/** `refitOn` changes when the graph's products came from elsewhere (a deeper answer from the server): the view fits them again. */
export function LineageWorkspace({ catalog, state, update, refitOn = '' }: { catalog: CatalogIndex; state: LineageViewState; update: UpdateView; refitOn?: string }) {
  const navigate = useNavigate()
  const location = useLocation()
  const { setCenter, getZoom } = useReactFlow()
  const [cache] = useState(() => new DataCache())
  const [centreOn, setCentreOn] = useState<string>()
  const narrow = useNarrow()

  const graphKey = JSON.stringify([state.mode, state.mode === 'focus' ? state.focus : '', depth(state.up), depth(state.down), state.expansions, state.open, state.domains, state.kinds])
  const viewKey = JSON.stringify([graphKey, state.columns, state.column])
  const viewState = useSameWhile(state, viewKey)
  const view = useMemo(() => buildLineageView(catalog, viewState), [catalog, viewState])
  const layoutKey = JSON.stringify([graphKey, state.grouped, state.engine, [...view.heights]])
  const fitKey = JSON.stringify([state.mode, state.focus, depth(state.up), depth(state.down), state.grouped, state.domains, state.kinds, state.open === 'all', state.open.length === 0, refitOn])
  const layout = useLayout(catalog.catalog, view, layoutKey, state.grouped, state.engine)
  // Fit the view only once the new graph is laid out, not to the previous layout still on screen.
  const [laidOutFitKey, setLaidOutFitKey] = useState(fitKey)
  if (layout.data && !layout.isPlaceholderData && laidOutFitKey !== fitKey) setLaidOutFitKey(fitKey)

  const selectedInGraph = state.selected !== undefined && view.graph.nodes.some((n) => n.id === state.selected)
  const path = useMemo(
    () => (selectedInGraph && state.selected ? tracePath(view.graph.edges, state.selected, state.path) : undefined),
    [selectedInGraph, view, state.selected, state.path],
  )
  const layoutData = layout.data?.layout
  const flow = useMemo(
    () => (layoutData ? toFlow({ catalog, view, layout: layoutData, state, ...(path ? { path } : {}) }, cache) : undefined),
    [catalog, view, layoutData, state, path, cache],
  )

  const impactUrn = state.selected && catalog.product(state.selected) ? state.selected : state.mode === 'focus' ? state.focus : undefined
  const impact = useMemo(() => (impactUrn ? impactList(catalog, impactUrn) : undefined), [catalog, impactUrn])
  const impactTitle = impactUrn ? (catalog.product(impactUrn)?.title ?? impactUrn) : ''

  const allDomainIds = useMemo(() => [...new Set(catalog.catalog.products.map((p) => p.domainId))], [catalog])
  const actions = useMemo<LineageActions>(
    () => ({
      toggleExpansion: (urn, direction) => update((s) => ({ expansions: toggleExpansion(s.expansions, { urn, direction }) })),
      toggleColumns: (urn) =>
        update((s) =>
          s.columns.includes(urn)
            ? { columns: s.columns.filter((c) => c !== urn), ...(s.column?.urn === urn ? { column: undefined } : {}) }
            : { columns: [...s.columns, urn] },
        ),
      selectColumn: (ref) =>
        update(
          (s) => {
            const same = s.column && s.column.urn === ref.urn && s.column.port === ref.port && s.column.column === ref.column
            return { column: same ? undefined : ref, columns: s.columns.includes(ref.urn) ? s.columns : [...s.columns, ref.urn] }
          },
          { replace: true },
        ),
      openDomain: (id) => update((s) => ({ open: s.open === 'all' ? 'all' : [...s.open.filter((d) => d !== id), id] })),
      closeDomain: (id) =>
        update((s) => ({
          open: (s.open === 'all' ? allDomainIds : s.open).filter((d) => d !== id),
          ...(s.selected && catalog.product(s.selected)?.domainId === id ? { selected: undefined } : {}),
        })),
    }),
    [update, allDomainIds, catalog],
  )

  const select = (id: string | undefined) => update((s) => ({ selected: id === undefined || s.selected === id ? undefined : id }), { replace: true })
  const open = (id: string) => {
    if (id.startsWith('domain:')) actions.openDomain(id.slice('domain:'.length))
    else navigate(productPath(id))
  }

  const searchEntries = useMemo<SearchEntry[]>(() => {
    const entries: SearchEntry[] = []
    const collapsed = new Set<string>()
    const onScreen = new Set<string>()
    for (const n of view.graph.nodes) {
      onScreen.add(n.id)
      if (n.type !== 'domain') continue
      collapsed.add(n.domainId)
      entries.push({ id: n.id, title: catalog.domain(n.domainId)?.name ?? n.domainId, detail: 'Collapsed domain' })
    }
    for (const p of catalog.catalog.products) {
      if (onScreen.has(p.urn) || collapsed.has(p.domainId)) entries.push({ id: p.urn, title: p.title, detail: `${catalog.domain(p.domainId)?.name ?? p.domainId} · ${kindLabel(p.kind)}` })
    }
    return entries
  }, [view, catalog])

  const find = (entry: SearchEntry) => {
    const product = catalog.product(entry.id)
    const closed = product && state.mode === 'mesh' && !view.graph.nodes.some((n) => n.id === entry.id)
    update((s) => ({
      selected: entry.id,
      ...(closed && s.open !== 'all' ? { open: [...s.open.filter((d) => d !== product.domainId), product.domainId] } : {}),
    }))
    centred.current = undefined
    setCentreOn(entry.id)
  }

  const centred = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (!centreOn || !flow || centred.current === centreOn) return
    const box = flow.boxes.find((b) => b.id === centreOn)
    if (!box) return
    centred.current = centreOn
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(getZoom(), 0.8), duration: 300 })
  }, [centreOn, flow, setCenter, getZoom])

  const title = state.mode === 'mesh' ? 'whole-mesh' : (catalog.product(state.focus ?? '')?.title ?? 'lineage')
  const canvasElement = () => document.querySelector<HTMLElement>('.ln-canvas .react-flow')
  const domains = useMemo(
    () => catalog.catalog.domains.filter((d) => allDomainIds.includes(d.id)).sort((a, b) => a.name.localeCompare(b.name)),
    [catalog, allDomainIds],
  )
  const productCount = view.graph.nodes.filter((n) => n.type === 'product').length
  const domainCount = view.graph.nodes.length - productCount
  const domainNode = view.graph.nodes.find((n) => n.id === state.selected && n.type === 'domain')

  return (
    <LineageActionsContext.Provider value={actions}>
      <LineageToolbar state={state} update={update} domains={domains} nodeCount={view.graph.nodes.length}>
        <GraphSearch entries={searchEntries} onFind={find} />
        <ExportMenu
          onImage={async (format) => {
            const element = canvasElement()
            if (!element) throw new Error('there is no graph on screen')
            await exportImage(element, format, `lineage-${fileSafe(title)}`, state.mode === 'mesh' ? 'Lineage of the whole mesh' : `Lineage of ${title}`)
          }}
          onJson={() =>
            downloadText(
              JSON.stringify(graphJson(catalog, view, layoutData, `${location.pathname}${location.search}`), null, 2),
              `lineage-${fileSafe(title)}.json`,
              'application/json',
            )
          }
        />
      </LineageToolbar>
      <p className="ln-status" role="status" data-layout-ms={layout.data ? Math.round(layout.data.roundTripMs) : undefined}
        data-worker-ms={layout.data ? Math.round(layout.data.ms) : undefined}
        data-layout-engine={layout.data?.engine}
        data-node-count={view.graph.nodes.length}
      >
        {[
          productCount > 0 || domainCount === 0 ? plural(productCount, 'product') : '',
          domainCount > 0 ? `${plural(domainCount, 'collapsed domain')}` : '',
          plural(view.graph.edges.length, 'link'),
        ]
          .filter(Boolean)
          .join(', ')}
        {view.graph.weakLinksHidden &&
          ` · ${view.graph.weakLinksHidden.count} weaker domain links hidden (fewer than ${view.graph.weakLinksHidden.below} product links each)`}
        {view.hidden > 0 && (
          <>
            {' '}
            · {view.hidden} hidden by filters{' '}
            <button type="button" className="ln-link-button" onClick={() => update(() => ({ domains: [], kinds: [] }))}>
              Clear filters
            </button>
          </>
        )}
        {layout.isFetching && ' · laying out…'}
        {layout.data && !layout.isFetching && (
          <span className="ln-dev" tabIndex={0} role="note" aria-label="Layout details" title={`Laid out in ${Math.round(layout.data.roundTripMs)} ms (${Math.round(layout.data.ms)} ms in the layout worker, ${layout.data.engine} layout)`}>
            {' '}
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="ln-dev-icon">
              <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" />
              <rect x="7.25" y="7" width="1.5" height="4.5" fill="currentColor" />
              <circle cx="8" cy="4.9" r="0.95" fill="currentColor" />
            </svg>
          </span>
        )}
      </p>
      <div className="ln-body">
        <div className="ln-stage">
          {view.graph.nodes.length === 0 ? (
            <EmptyState title="No products match these filters">
              <button type="button" className="button" onClick={() => update(() => ({ domains: [], kinds: [] }))}>
                Clear filters
              </button>
            </EmptyState>
          ) : narrow ? (
            <LineageList catalog={catalog} view={view} state={state} />
          ) : layout.isError ? (
            <ErrorState error={layout.error} title="The graph could not be drawn" onRetry={() => void layout.refetch()} />
          ) : !flow ? (
            <LoadingState label={`Laying out ${view.graph.nodes.length} nodes…`} />
          ) : (
            <LineageCanvas
              flow={flow}
              fitKey={laidOutFitKey}
              label={`Lineage graph: ${productCount} products`}
              onSelect={select}
              onOpen={open}
              {...(state.mode === 'focus' && state.focus ? { readableAround: state.focus } : {})}
            />
          )}
          {state.mode === 'focus' && view.graph.edges.length === 0 && view.graph.nodes.length === 1 && (
            <p className="ln-note">No lineage is recorded for this product: it reads nothing from the mesh and nothing in the mesh reads it.</p>
          )}
        </div>
        <SelectionPanel
          catalog={catalog}
          state={state}
          update={update}
          {...(domainNode?.type === 'domain' ? { domainNode } : {})}
          {...(impact && state.selected === impactUrn ? { impactCount: impact.length } : {})}
        />
      </div>
      {impact && impactUrn && <ImpactTable title={impactTitle} rows={impact} />}
    </LineageActionsContext.Provider>
  )
}
