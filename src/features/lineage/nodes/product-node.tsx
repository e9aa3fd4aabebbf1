import { Handle, Position, useStore, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { OverallSloStatus } from '../../../model/slo'
import type { ProductKind } from '../../../model/types'
import type { ExpandDirection } from '../model/view-state'
import type { ColumnRow, ExpandControl, ProductFlowNode, ProductNodeData } from '../flow-types'
import { useLineageActions } from '../lineage-actions'

const SLO_TEXT: Record<OverallSloStatus, string> = { met: 'SLOs met', breached: 'SLO breached', unknown: 'SLO unknown', none: 'No SLOs' }
const SHORT_KIND: Record<ProductKind, string> = { 'source-aligned': 'Source', aggregate: 'Aggregate', 'consumer-aligned': 'Consumer' }
const zoomedOutSelector = (s: { transform: [number, number, number] }) => s.transform[2] < 0.35

function ExpandButton({ urn, title, direction, control }: { urn: string; title: string; direction: ExpandDirection; control: ExpandControl }) {
  const { toggleExpansion } = useLineageActions()
  if (!control.expanded && control.hidden === 0) return null
  const side = direction === 'up' ? 'upstream' : 'downstream'
  const label = control.expanded ? `Hide the ${side} products shown from ${title}` : `Show ${control.hidden} more ${side} of ${title}`
  return (
    <button
      type="button"
      className={`ln-expand ln-expand-${direction} nodrag nopan`}
      aria-label={label}
      title={label}
      onClick={(event) => {
        event.stopPropagation()
        toggleExpansion(urn, direction)
      }}
    >
      {control.expanded ? '−' : `+${control.hidden}`}
    </button>
  )
}

function ColumnList({ data }: { data: NonNullable<ProductNodeData['columns']> }) {
  const { selectColumn } = useLineageActions()
  return (
    <div className="ln-columns">
      {data.ports.map((port) => (
        <div key={port.id} role="group" aria-label={`Columns of ${port.name}`}>
          <div className="ln-port">{port.name}</div>
          {port.rows.map((row: ColumnRow) => (
            <div key={row.handle} className={`ln-col tone-${row.tone}${row.linked ? ' is-linked' : ''}`}>
              <Handle type="target" position={Position.Left} id={`in:${row.handle}`} isConnectable={false} className="ln-col-handle" />
              <button
                type="button"
                className="nodrag nopan"
                aria-pressed={row.tone === 'selected'}
                title={`${row.ref.column}: ${row.type}`}
                onClick={(event) => {
                  event.stopPropagation()
                  selectColumn(row.ref)
                }}
              >
                <span className="ln-col-name">
                  {row.ref.column}
                  {row.linked && (
                    <>
                      <span className="ln-col-linked" aria-hidden="true">
                        {' '}
                        ⇄
                      </span>
                      <span className="visually-hidden">, has column lineage</span>
                    </>
                  )}
                </span>
                <span className="ln-col-type">{row.type}</span>
                {row.tone === 'on' && <span className="visually-hidden">, on the selected column’s lineage</span>}
              </button>
              <Handle type="source" position={Position.Right} id={`out:${row.handle}`} isConnectable={false} className="ln-col-handle" />
            </div>
          ))}
        </div>
      ))}
      {data.omitted > 0 && <div className="ln-omitted">{data.omitted} more columns on the product page</div>}
    </div>
  )
}

function ProductNodeView({ data }: NodeProps<ProductFlowNode>) {
  const { toggleColumns } = useLineageActions()
  const zoomedOut = useStore(zoomedOutSelector)
  const { card } = data
  const classes = `ln-node ln-kind-${card.kind} tone-${data.tone}${data.focus ? ' is-focus' : ''}${zoomedOut ? ' is-far' : ''}`
  return (
    <div className={classes}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="ln-handle" />
      {zoomedOut ? (
        <div className="ln-far-title">{card.title}</div>
      ) : (
        <>
          {data.focus && <span className="ln-focus-flag">Focus</span>}
          <div className="ln-card">
            <div className="ln-node-head">
              <span className="ln-node-title" title={card.title}>
                {card.title}
              </span>
              {data.hasColumns && (
                <button
                  type="button"
                  className="ln-columns-toggle nodrag nopan"
                  aria-pressed={data.columnsShown}
                  aria-label={`Columns of ${card.title}`}
                  title={data.columnsShown ? 'Hide columns' : 'Show columns'}
                  onClick={(event) => {
                    event.stopPropagation()
                    toggleColumns(card.urn)
                  }}
                >
                  Cols
                </button>
              )}
            </div>
            <div className="ln-node-meta" title={[card.domainName, card.owner].filter(Boolean).join(' · ')}>
              {card.domainName}
              {card.owner && <> · {card.owner}</>}
            </div>
            <div className="ln-node-badges" title={[SHORT_KIND[card.kind], card.lifecycle !== 'active' ? card.lifecycle : '', SLO_TEXT[card.slo], card.contract ? 'Contract' : 'No contract'].filter(Boolean).join(' · ')}>
              <span className="ln-pill ln-pill-kind">{SHORT_KIND[card.kind]}</span>
              {card.lifecycle !== 'active' && <span className={`ln-pill ln-pill-${card.lifecycle}`}>{card.lifecycle}</span>}
              <span className={`ln-pill ln-slo-${card.slo}`}>{SLO_TEXT[card.slo]}</span>
              <span className={`ln-pill ${card.contract ? 'ln-ok' : 'ln-muted'}`}>{card.contract ? 'Contract' : 'No contract'}</span>
            </div>
          </div>
          {data.up && <ExpandButton urn={card.urn} title={card.title} direction="up" control={data.up} />}
          {data.down && <ExpandButton urn={card.urn} title={card.title} direction="down" control={data.down} />}
          {data.columns && <ColumnList data={data.columns} />}
        </>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className="ln-handle" />
    </div>
  )
}

export const ProductNode = memo(ProductNodeView)
