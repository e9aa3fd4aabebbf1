import { useMemo } from 'react'
import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { kindLabel } from '../../model/product-queries'
import { productPath } from '../../ui/product-row'
import { useLineageActions } from './lineage-actions'
import { focusLists, type ListedNode } from './model/lineage-list'
import type { LineageView } from './model/lineage-view'
import { hiddenNeighbourCount, type ViewNode } from './model/view-graph'
import type { ExpandDirection, LineageViewState } from './model/view-state'
import './lineage-list.css'

interface ListProps {
  catalog: CatalogIndex
  view: LineageView
  state: LineageViewState
}

function useTitleOf(catalog: CatalogIndex) {
  return useMemo(
    () => (node: ViewNode) => (node.type === 'product' ? (catalog.product(node.id)?.title ?? node.id) : (catalog.domain(node.domainId)?.name ?? node.domainId)),
    [catalog],
  )
}

function ExpandRow({ urn, title, direction, hidden, expanded }: { urn: string; title: string; direction: ExpandDirection; hidden: number; expanded: boolean }) {
  const { toggleExpansion } = useLineageActions()
  if (!expanded && hidden === 0) return null
  const side = direction === 'up' ? 'upstream' : 'downstream'
  return (
    <button type="button" className="ln-link-button" onClick={() => toggleExpansion(urn, direction)}>
      {expanded ? `Hide the ${side} products shown from ${title}` : `Show ${hidden} more ${side} of ${title}`}
    </button>
  )
}

function NodeRow({ item, catalog, view, state, shown }: ListProps & { item: ListedNode | { node: ViewNode; distance?: undefined }; shown: ReadonlySet<string> }) {
  const { openDomain } = useLineageActions()
  const { node } = item
  const applied = view.applied
  if (node.type === 'domain') {
    const name = catalog.domain(node.domainId)?.name ?? node.domainId
    return (
      <li className="ln-list-row">
        <span className="ln-list-title">{name}</span>
        <span className="ln-list-meta">Collapsed domain · {node.productCount === 1 ? '1 product' : `${node.productCount} products`}</span>
        <button type="button" className="ln-link-button" onClick={() => openDomain(node.domainId)}>
          Show products<span className="visually-hidden"> of {name}</span>
        </button>
      </li>
    )
  }
  const product = catalog.product(node.id)
  const title = product?.title ?? node.id
  const filters = { domains: state.domains, kinds: state.kinds }
  const control = (direction: ExpandDirection) => ({
    hidden: hiddenNeighbourCount(view.source, node.id, direction, shown, filters),
    expanded: applied.some((e) => e.urn === node.id && e.direction === direction),
  })
  return (
    <li className="ln-list-row">
      <Link className="ln-list-title" to={productPath(node.id)}>
        {title}
      </Link>
      <span className="ln-list-meta">
        {[product ? kindLabel(product.kind) : '', catalog.domain(node.domainId)?.name ?? node.domainId, item.distance ? (item.distance === 1 ? 'direct' : `${item.distance} steps away`) : '']
          .filter(Boolean)
          .join(' · ')}
      </span>
      {state.mode === 'focus' && (
        <span className="ln-list-actions">
          <ExpandRow urn={node.id} title={title} direction="up" {...control('up')} />
          <ExpandRow urn={node.id} title={title} direction="down" {...control('down')} />
        </span>
      )}
    </li>
  )
}

function Section({ title, items, empty, ...props }: ListProps & { title: string; items: (ListedNode | { node: ViewNode })[]; empty: string; shown: ReadonlySet<string> }) {
  return (
    <section className="card ln-list-section" aria-label={`${title} (${items.length})`}>
      <h2 className="section-title">
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <NodeRow key={item.node.id} item={item} {...props} />
          ))}
        </ul>
      )}
    </section>
  )
}

/** The lineage view as lists, for a phone: upstream and downstream of the focus, or the mesh by domain. */
export function LineageList(props: ListProps) {
  const { catalog, view, state } = props
  const titleOf = useTitleOf(catalog)
  const shown = useMemo(() => new Set(view.graph.nodes.map((n) => n.id)), [view])
  const focus = state.mode === 'focus' ? state.focus : undefined
  const lists = useMemo(() => (focus ? focusLists(view.graph, focus, titleOf) : undefined), [view, focus, titleOf])
  const focusNode = focus ? view.graph.nodes.find((n) => n.id === focus) : undefined

  if (!lists || !focus) {
    const sorted = [...view.graph.nodes].sort((a, b) => titleOf(a).localeCompare(titleOf(b)))
    return (
      <div className="ln-list">
        <Section title="Domains and products" items={sorted.map((node) => ({ node }))} empty="Nothing to show with these filters." shown={shown} {...props} />
      </div>
    )
  }
  return (
    <div className="ln-list">
      {focusNode && (
        <ul className="plain-list card ln-list-section" aria-label="Focus">
          <NodeRow item={{ node: focusNode }} shown={shown} {...props} />
        </ul>
      )}
      <Section title="Upstream" items={lists.upstream} empty="Nothing upstream at this depth." shown={shown} {...props} />
      <Section title="Downstream" items={lists.downstream} empty="Nothing downstream at this depth." shown={shown} {...props} />
      {lists.other.length > 0 && <Section title="Also shown" items={lists.other.map((node) => ({ node }))} empty="" shown={shown} {...props} />}
    </div>
  )
}
