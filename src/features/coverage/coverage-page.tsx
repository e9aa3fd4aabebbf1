import { plural } from '../../model/plural'
import { useCallback, useRef } from 'react'
import { Link, useLocation } from 'react-router'
import { hasFilters, MEASURES } from '../../model/coverage'
import { coverageCsv } from '../../model/coverage-csv'
import { useCatalog } from '../../queries/use-catalog'
import { BackendNotices } from '../../ui/backend-notices'
import { EmptyState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import { CoverageFilters } from './coverage-filters'
import { CoverageLegend } from './coverage-legend'
import { CoverageMap } from './coverage-map'
import { CoverageMatrix } from './coverage-matrix'
import { CoverageTable } from './coverage-table'
import { ExportButtons } from './export-buttons'
import { LazyDetails } from './lazy-details'
import { GroupingSelect, TopologyView } from './topology-view'
import { useCoverageData } from './use-coverage-data'
import { COVERAGE_VIEWS, useCoverageParams, type CoverageView } from './use-coverage-params'
import { WeakestDomains } from './weakest-domains'
import './coverage.css'

const VIEW_LABELS: Record<CoverageView, string> = { map: 'Map', matrix: 'Matrix', topology: 'Topology' }

/** How far the mesh covers the business: the map, the domains × kinds matrix and the topology. */
export function CoveragePage() {
  const [params, set] = useCoverageParams()
  const { view, measure, filters } = params
  useDocumentTitle(`Coverage: ${VIEW_LABELS[view].toLowerCase()}`)
  const catalog = useCatalog()
  const { domains, teams } = catalog.catalog
  const data = useCoverageData(catalog.catalog, filters)
  const mapRef = useRef<HTMLDivElement | null>(null)
  const topologyRef = useRef<HTMLDivElement | null>(null)
  const teamName = useCallback((id: string | undefined) => (id ? catalog.team(id)?.name : undefined), [catalog])
  const csv = useCallback(() => coverageCsv(domains, teams, data.rollups), [domains, teams, data.rollups])

  const { search } = useLocation()
  const viewHref = (v: CoverageView) => {
    const next = new URLSearchParams(search)
    next.set('view', v)
    return `?${next.toString()}`
  }

  return (
    <section>
      <header className="page-header">
        <h1>Coverage</h1>
        <p className="muted">
          Which business domains have joined the mesh, what each provides, and where the gaps are. {plural(domains.length, 'domain')},{' '}
          {plural(data.products.length, 'product')}{hasFilters(filters) ? ' matching the filters' : ''}.
        </p>
      </header>
      <BackendNotices notices={catalog.catalog.notices} />
      <nav className="coverage-tabs" aria-label="Coverage views">
        {COVERAGE_VIEWS.map((v) => (
          <Link key={v} to={viewHref(v)} aria-current={v === view ? 'page' : undefined}>
            {VIEW_LABELS[v]}
          </Link>
        ))}
      </nav>
      <div className="coverage-toolbar" role="group" aria-label="Measure and filters">
        {view === 'topology' && <GroupingSelect grouping={params.grouping} setGrouping={(g) => set('group', g === 'top-level' ? g : '')} />}
        <CoverageFilters params={params} set={set} teams={teams} products={catalog.catalog.products} showMeasure={view !== 'topology'} />
        <ExportButtons
          csv={csv}
          {...(view === 'map'
            ? { picture: { ref: mapRef, fileName: 'tessera-coverage-map', title: 'Coverage map' } }
            : view === 'topology'
              ? { picture: { ref: topologyRef, fileName: 'tessera-mesh-topology', title: 'Mesh topology' } }
              : {})}
        />
      </div>
      {domains.length === 0 ? (
        <EmptyState title="No domains yet">
          <p>The catalogue lists no business domains, so there is nothing to map. Products still appear in search.</p>
        </EmptyState>
      ) : view === 'topology' ? (
        <TopologyView
          domains={domains}
          products={data.products}
          rollups={data.rollups}
          grouping={params.grouping}
          graphRef={topologyRef}
          lineage={data.products === catalog.catalog.products ? catalog.lineage() : undefined}
        />
      ) : (
        <>
          <WeakestDomains measure={measure} rollups={data.rollups} domainOf={catalog.domain} filtered={hasFilters(filters)} />
          {view === 'map' ? (
            <>
              <CoverageLegend measure={measure} />
              <CoverageMap
                tree={data.tree}
                rollups={data.rollups}
                measure={measure}
                domainCount={data.rows.length}
                teamName={teamName}
                mapRef={mapRef}
              />
              <p id="coverage-map-help" className="muted coverage-help">
                Each tile is a domain, sized by its products and coloured by “{MEASURES[measure].label.toLowerCase()}”; sub-domains sit inside
                their parent, with a tile for the parent’s own products. Tab into the map, move with the arrow keys, press Enter to open a
                domain. The same figures are in the table below.
              </p>
              <LazyDetails summary="Coverage figures as a table">
                <CoverageTable rows={data.rows} rollups={data.rollups} measure={measure} teamName={teamName} />
              </LazyDetails>
            </>
          ) : (
            <>
              <CoverageLegend measure={measure} presenceOnly={MEASURES[measure].scale !== 'share'} />
              <CoverageMatrix rows={data.rows} products={data.products} measure={measure} filters={filters} />
            </>
          )}
        </>
      )}
    </section>
  )
}
