import { useId, type ReactNode } from 'react'
import type { Domain, ProductKind } from '../../model/types'
import { PRODUCT_KINDS } from '../../model/types'
import { kindLabel } from '../../model/product-queries'
import { useDismissable } from '../../ui/use-dismissable'
import { ELK_NODE_LIMIT } from '../../workers/layout/run-layout'
import { MAX_DEPTH, type LineageViewState } from './model/view-state'
import type { UpdateView } from './use-view-state'

const DEPTHS = [0, 1, 2, 3, 4, 5, Infinity]
const depthLabel = (d: number) => (d === Infinity ? 'All' : String(d))

function DepthSelect({ label, value, onChange }: { label: string; value: number; onChange(depth: number): void }) {
  const id = useId()
  const options = DEPTHS.includes(value) ? DEPTHS : [...DEPTHS.slice(0, -1), value, Infinity].sort((a, b) => a - b)
  return (
    <span className="ln-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={depthLabel(value)} onChange={(e) => onChange(e.target.value === 'All' ? Infinity : Math.min(Number(e.target.value), MAX_DEPTH))}>
        {options.map((d) => (
          <option key={depthLabel(d)} value={depthLabel(d)}>
            {depthLabel(d)}
          </option>
        ))}
      </select>
    </span>
  )
}

function FilterMenu({ domains, state, update }: { domains: Domain[]; state: LineageViewState; update: UpdateView }) {
  const ref = useDismissable()
  const count = state.domains.length + state.kinds.length
  const toggle = <T extends string>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])
  return (
    <details className="ln-menu" ref={ref}>
      <summary className="button">Filters{count > 0 ? ` (${count})` : ''}</summary>
      <div className="ln-menu-body ln-filters">
        <fieldset>
          <legend>Kind</legend>
          {PRODUCT_KINDS.map((kind: ProductKind) => (
            <label key={kind} className="ln-check">
              <input type="checkbox" checked={state.kinds.includes(kind)} onChange={() => update((s) => ({ kinds: toggle(s.kinds, kind) }))} />
              {kindLabel(kind)}
            </label>
          ))}
        </fieldset>
        <fieldset className="ln-domain-filter">
          <legend>Domain</legend>
          {domains.map((d) => (
            <label key={d.id} className="ln-check">
              <input type="checkbox" checked={state.domains.includes(d.id)} onChange={() => update((s) => ({ domains: toggle(s.domains, d.id) }))} />
              <span className="ln-check-text">{d.name}</span>
            </label>
          ))}
        </fieldset>
        {count > 0 && (
          <button type="button" className="button" onClick={() => update(() => ({ domains: [], kinds: [] }))}>
            Clear filters
          </button>
        )}
      </div>
    </details>
  )
}

function EngineSelect({ state, update, nodeCount }: { state: LineageViewState; update: UpdateView; nodeCount: number }) {
  const id = useId()
  const elkPossible = nodeCount <= ELK_NODE_LIMIT && !state.grouped
  return (
    <span className="ln-field">
      <label htmlFor={id}>Layout</label>
      <select id={id} value={state.engine === 'elk' ? 'elk' : 'auto'} onChange={(e) => update(() => ({ engine: e.target.value === 'elk' ? 'elk' : 'auto' }))}>
        <option value="auto">Lanes</option>
        <option value="elk" disabled={!elkPossible}>
          {elkPossible ? 'ELK (slower)' : 'ELK (not here)'}
        </option>
      </select>
    </span>
  )
}

export interface LineageToolbarProps {
  state: LineageViewState
  update: UpdateView
  domains: Domain[]
  nodeCount: number
  children?: ReactNode
}

/** Depth, grouping, whole-mesh domain controls and filters; search and export come in as children. */
export function LineageToolbar({ state, update, domains, nodeCount, children }: LineageToolbarProps) {
  return (
    <div className="ln-toolbar" role="toolbar" aria-label="Lineage view">
      {state.mode === 'focus' ? (
        <>
          <DepthSelect label="Upstream" value={state.up} onChange={(up) => update(() => ({ up }))} />
          <DepthSelect label="Downstream" value={state.down} onChange={(down) => update(() => ({ down }))} />
        </>
      ) : (
        <span className="ln-field">
          <button type="button" className="button" disabled={state.open === 'all'} onClick={() => update(() => ({ open: 'all' }))}>
            Show all products
          </button>
          <button
            type="button"
            className="button"
            disabled={state.open !== 'all' && state.open.length === 0}
            onClick={() => update(() => ({ open: [], selected: undefined }))}
          >
            Collapse all domains
          </button>
        </span>
      )}
      <label className="ln-check">
        <input type="checkbox" checked={state.grouped} onChange={(e) => update(() => ({ grouped: e.target.checked }))} />
        Group by domain
      </label>
      <FilterMenu domains={domains} state={state} update={update} />
      <EngineSelect state={state} update={update} nodeCount={nodeCount} />
      {children}
    </div>
  )
}
