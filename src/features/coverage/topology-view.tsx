import { lazy, Suspense, useCallback, useMemo, type RefObject } from 'react'
import { Link } from 'react-router'
import type { DomainRollup } from '../../model/domain-rollup'
import { domainTopology, ROLE_LABELS, type TopologyGrouping } from '../../model/domain-topology'
import type { LineageIndex } from '../../model/lineage'
import type { DataProduct, Domain } from '../../model/types'
import { LoadingState } from '../../ui/states'
import { LazyDetails } from './lazy-details'
import { ROLE_COLUMNS } from './model/topology-layout'

const TopologyGraph = lazy(() => import('./topology-graph'))

/** Whether sub-domains are drawn on their own or merged into their top-level domain. */
export function GroupingSelect({ grouping, setGrouping }: { grouping: TopologyGrouping; setGrouping: (grouping: TopologyGrouping) => void }) {
  return (
    <label>
      Sub-domains
      <select value={grouping} onChange={(e) => setGrouping(e.target.value === 'top-level' ? 'top-level' : 'all')}>
        <option value="all">Shown on their own</option>
        <option value="top-level">Merged into their parent</option>
      </select>
    </label>
  )
}

/** The mesh between domains: the graph, who provides and who consumes, and the edges as a table. */
export function TopologyView({
  domains,
  products,
  rollups,
  grouping,
  lineage,
  graphRef,
}: {
  domains: readonly Domain[]
  products: readonly DataProduct[]
  rollups: ReadonlyMap<string, DomainRollup>
  grouping: TopologyGrouping
  /** The lineage of exactly `products`, when already built. */
  lineage?: LineageIndex
  /** The drawn graph, for the picture export. */
  graphRef?: RefObject<HTMLDivElement | null>
}) {
  const topology = useMemo(() => domainTopology(domains, products, grouping, lineage), [domains, products, grouping, lineage])
  const names = useMemo(() => new Map(domains.map((d) => [d.id, d.name])), [domains])
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names])
  const productsOf = useCallback(
    (id: string) => (grouping === 'top-level' ? rollups.get(id)?.total.productCount : rollups.get(id)?.own.productCount) ?? 0,
    [rollups, grouping],
  )
  const byRole = ROLE_COLUMNS.map((role) => ({ role, ids: topology.nodes.filter((n) => n.role === role).map((n) => n.domainId) }))

  return (
    <div className="stack">
      <p className="muted coverage-help">
        An arrow from one domain to another means products of the first feed products of the second; its thickness and number give how many
        product-to-product dependencies. Providers are on the left, consumers on the right; standalone domains, which neither feed nor
        read another domain, sit below the providers.
      </p>
      <Suspense fallback={<LoadingState label="Drawing the topology…" />}>
        <TopologyGraph topology={topology} nameOf={nameOf} productsOf={productsOf} {...(graphRef ? { graphRef } : {})} />
      </Suspense>
      <ul className="topology-roles" aria-label="Roles">
        {byRole.map(({ role }) => (
          <li key={role}>
            <span className={`topology-node role-${role}`} aria-hidden="true" />
            {ROLE_LABELS[role]}
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby="topology-roles-title">
        <h2 id="topology-roles-title" className="section-title">
          Providers, consumers and standalone domains
        </h2>
        <dl className="role-lists">
          {byRole.map(({ role, ids }) => (
            <div key={role}>
              <dt>
                {ROLE_LABELS[role]} ({ids.length})
              </dt>
              <dd>
                {ids.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  ids.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <Link to={`/domains/${encodeURIComponent(id)}`}>{nameOf(id)}</Link>
                    </span>
                  ))
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <LazyDetails summary={`Dependencies between domains as a table (${topology.edges.length})`}>
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Which domain feeds which, with the number of product-to-product dependencies</caption>
            <thead>
              <tr>
                <th scope="col">From (provider)</th>
                <th scope="col">To (consumer)</th>
                <th scope="col" className="num">
                  Dependencies
                </th>
              </tr>
            </thead>
            <tbody>
              {topology.edges.map((e) => (
                <tr key={`${e.from}→${e.to}`}>
                  <td>{nameOf(e.from)}</td>
                  <td>{nameOf(e.to)}</td>
                  <td className="num">{e.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </LazyDetails>
    </div>
  )
}
