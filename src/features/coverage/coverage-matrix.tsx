import { memo, useMemo } from 'react'
import { formatPercent, MEASURES, measureBin, measureValue, type CoverageFilters, type CoverageMeasure } from '../../model/coverage'
import { emptyCounts, type DomainCounts } from '../../model/domain-rollup'
import type { DomainNode } from '../../model/domain-tree'
import { kindLabel } from '../../model/product-queries'
import { PRODUCT_KINDS, type DataProduct, type ProductKind } from '../../model/types'
import { searchHref } from './search-href'
import { matrixCells } from './use-coverage-data'
import { useDelegatedLinks } from './use-delegated-links'

interface MatrixProps {
  rows: readonly DomainNode[]
  products: readonly DataProduct[]
  measure: CoverageMeasure
  filters: CoverageFilters
}

/**
 * Domains × kinds: each cell counts a domain's own products of a kind and, for a share
 * measure, colours it by that measure; an empty cell is a gap. A cell opens the search
 * prefiltered to its products.
 */
export function CoverageMatrix({ rows, products, measure, filters }: MatrixProps) {
  const cells = useMemo(() => matrixCells(products), [products])
  const health = MEASURES[measure].scale === 'share' ? measure : null
  const links = useDelegatedLinks()
  return (
    <div className="card" data-measure={measure} data-matrix-rows={rows.length}>
      <p className="muted coverage-help">
        {health
          ? `Each cell counts a domain’s own products of one kind and is coloured by the share ${MEASURES[health].label.toLowerCase()}. `
          : 'Each cell counts a domain’s own products of one kind. Choose a health measure (owned, documented, under contract…) to colour the cells by it. '}
        Striped cells are gaps: no product of that kind. Open a cell to search its products.
      </p>
      {/* ARIA table on a grid: rows off screen skip layout and paint (content-visibility), which a <table> cannot do */}
      <div className="table-wrap">
        <div role="table" className="coverage-matrix" onClick={links.onClick} aria-label={`Data products per domain and kind${health ? `, with the share ${MEASURES[health].label.toLowerCase()}` : ''}`}>
          <div role="rowgroup">
            <div role="row" className="matrix-row matrix-head">
              <span role="columnheader">Domain</span>
              {PRODUCT_KINDS.map((kind) => (
                <span key={kind} role="columnheader" className="center">
                  {kindLabel(kind)}
                </span>
              ))}
              <span role="columnheader" className="num">
                All kinds
              </span>
            </div>
          </div>
          <div role="rowgroup">
            {rows.map((node) => (
              <MatrixRow key={node.domain.id} node={node} row={cells.get(node.domain.id)} health={health} filters={filters} href={links.href} />
            ))}
          </div>
        </div>
      </div>
    </div>
  )
}

const MatrixRow = memo(function MatrixRow({
  node,
  row,
  health,
  filters,
  href,
}: {
  node: DomainNode
  row: Record<ProductKind, DomainCounts> | undefined
  health: CoverageMeasure | null
  filters: CoverageFilters
  href: (path: string) => string
}) {
  const route = `/domains/${encodeURIComponent(node.domain.id)}`
  const { domain, depth } = node
  const total = PRODUCT_KINDS.reduce((sum, kind) => sum + (row?.[kind].productCount ?? 0), 0)
  return (
    <div role="row" className="matrix-row">
      <span role="rowheader" className="matrix-domain" style={{ paddingLeft: 10 + depth * 18, fontWeight: depth ? 400 : 600 }}>
        <a href={href(route)} data-route={route}>
          {domain.name}
        </a>
      </span>
      {PRODUCT_KINDS.map((kind) => (
        <span key={kind} role="cell" className="matrix-td">
          <MatrixCell
            domainId={domain.id}
            domainName={domain.name}
            kind={kind}
            counts={row?.[kind] ?? emptyCounts()}
            health={health}
            filters={filters}
            href={href}
          />
        </span>
      ))}
      <span role="cell" className="num">
        {total}
      </span>
    </div>
  )
})

function MatrixCell({
  domainId,
  domainName,
  kind,
  counts,
  health,
  filters,
  href,
}: {
  domainId: string
  domainName: string
  kind: ProductKind
  counts: DomainCounts
  health: CoverageMeasure | null
  filters: CoverageFilters
  href: (path: string) => string
}) {
  const n = counts.productCount
  if (n === 0) {
    return (
      <span className="matrix-cell cov-bin-none" title={`${domainName} has no ${kindLabel(kind).toLowerCase()} product`}>
        <span className="matrix-gap">None</span>
      </span>
    )
  }
  const value = health ? measureValue(health, counts) : null
  const bin = health ? measureBin(value) : 4
  const healthText = health ? `${formatPercent(value)} ${MEASURES[health].label.toLowerCase()}` : undefined
  const route = searchHref(filters, { domain: [domainId], kind: [kind] })
  return (
    <a
      className={`matrix-cell cov-bin-${bin}`}
      href={href(route)}
      data-route={route}
      aria-label={`${n} ${kindLabel(kind).toLowerCase()} ${n === 1 ? 'product' : 'products'} in ${domainName}${healthText ? `, ${healthText}` : ''}: search them`}
    >
      <span className="matrix-count">{n}</span>
      {healthText && <span className="matrix-health">{healthText}</span>}
    </a>
  )
}
