import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { firstLine } from '../../model/plain-text'
import { ContractBadge, KindBadge, LifecycleBadge, SloBadge } from '../../ui/badges'
import { productPath } from '../../ui/product-row'
import { productCard } from './model/product-card'
import type { DomainViewNode } from './model/view-graph'
import { lineageHref, type LineageViewState, type PathDirection } from './model/view-state'
import type { UpdateView } from './use-view-state'

const PATHS: { value: PathDirection; label: string }[] = [
  { value: 'both', label: 'Both ways' },
  { value: 'up', label: 'Upstream' },
  { value: 'down', label: 'Downstream' },
]

function PathChoice({ state, update }: { state: LineageViewState; update: UpdateView }) {
  return (
    <fieldset className="ln-path-choice">
      <legend>Highlight path</legend>
      {PATHS.map((p) => (
        <label key={p.value} className="ln-check">
          <input type="radio" name="lineage-path" value={p.value} checked={state.path === p.value} onChange={() => update(() => ({ path: p.value }), { replace: true })} />
          {p.label}
        </label>
      ))}
    </fieldset>
  )
}

export interface SelectionPanelProps {
  catalog: CatalogIndex
  state: LineageViewState
  update: UpdateView
  domainNode?: DomainViewNode
  impactCount?: number
}

/** The selected product's (or domain's) summary beside the graph. */
export function SelectionPanel({ catalog, state, update, domainNode, impactCount }: SelectionPanelProps) {
  const product = state.selected ? catalog.product(state.selected) : undefined
  const card = product ? productCard(catalog, product.urn) : undefined
  if (domainNode) {
    const domain = catalog.domain(domainNode.domainId)
    return (
      <aside className="card ln-panel" aria-labelledby="ln-panel-title">
        <p className="eyebrow">Domain</p>
        <h2 id="ln-panel-title" className="ln-panel-title">
          {domain?.name ?? domainNode.domainId}
        </h2>
        <p>
          {domainNode.productCount} products: {domainNode.byKind['source-aligned']} source-aligned, {domainNode.byKind.aggregate} aggregate,{' '}
          {domainNode.byKind['consumer-aligned']} consumer-aligned.
        </p>
        <PathChoice state={state} update={update} />
        <div className="stack ln-panel-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => update((s) => ({ open: s.open === 'all' ? 'all' : [...s.open, domainNode.domainId], selected: undefined }))}
          >
            Show its products
          </button>
          <Link to={`/domains/${encodeURIComponent(domainNode.domainId)}`}>Open the domain page</Link>
        </div>
      </aside>
    )
  }
  if (!product || !card) {
    return (
      <aside className="card ln-panel" aria-labelledby="ln-panel-title">
        <h2 id="ln-panel-title" className="ln-panel-title">
          Nothing selected
        </h2>
        <p className="muted">Select a product to see its summary, highlight its path and list what depends on it.</p>
        <ul className="plain-list ln-legend" aria-label="Legend">
          <li>
            <span className="ln-swatch ln-kind-source-aligned" /> Source-aligned: native to an operational system
          </li>
          <li>
            <span className="ln-swatch ln-kind-aggregate" /> Aggregate: combines other products
          </li>
          <li>
            <span className="ln-swatch ln-kind-consumer-aligned" /> Consumer-aligned: fit for a use case
          </li>
          <li>Arrows point from the product read to the product reading it.</li>
        </ul>
      </aside>
    )
  }
  const summary = firstLine(product.description)
  return (
    <aside className="card ln-panel" aria-labelledby="ln-panel-title">
      <p className="eyebrow">{card.domainName}</p>
      <h2 id="ln-panel-title" className="ln-panel-title">
        {card.title}
      </h2>
      <div className="row">
        <KindBadge kind={product.kind} />
        <LifecycleBadge lifecycle={product.lifecycle} />
        <SloBadge status={card.slo} />
        <ContractBadge hasContract={card.contract} />
      </div>
      <p className={summary ? undefined : 'muted'}>{summary || 'No description yet.'}</p>
      {card.owner && <p className="muted">Owned by {card.owner}</p>}
      {impactCount !== undefined && (
        <p>
          {impactCount === 0 ? 'No product depends on it.' : `${impactCount} ${impactCount === 1 ? 'product depends' : 'products depend'} on it.`}{' '}
          {impactCount > 0 && <a href="#impact-title">See the impact</a>}
        </p>
      )}
      <PathChoice state={state} update={update} />
      <div className="stack ln-panel-actions">
        <Link className="button button-primary" to={productPath(product.urn)}>
          Open product
        </Link>
        {!(state.mode === 'focus' && state.focus === product.urn) && <Link to={lineageHref(product.urn)}>Centre the lineage on it</Link>}
      </div>
    </aside>
  )
}
