import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { DomainFlowNode } from '../flow-types'
import { useLineageActions } from '../lineage-actions'

function DomainNodeView({ data }: NodeProps<DomainFlowNode>) {
  const { openDomain } = useLineageActions()
  const { byKind } = data
  const total = Math.max(1, data.productCount)
  return (
    <div className={`ln-node ln-domain tone-${data.tone}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="ln-handle" />
      <div className="ln-card">
      <div className="ln-node-head">
        <span className="ln-node-title" title={data.name}>
          {data.name}
        </span>
        <span className="ln-pill">{data.productCount === 1 ? '1 product' : `${data.productCount} products`}</span>
      </div>
      <div className="ln-node-meta ln-kind-counts">
        {byKind['source-aligned']} source · {byKind.aggregate} aggregate · {byKind['consumer-aligned']} consumer
      </div>
      <div className="ln-kind-bar" aria-hidden="true">
        <span className="ln-bar-source" style={{ flexGrow: byKind['source-aligned'] / total }} />
        <span className="ln-bar-aggregate" style={{ flexGrow: byKind.aggregate / total }} />
        <span className="ln-bar-consumer" style={{ flexGrow: byKind['consumer-aligned'] / total }} />
      </div>
      <button
        type="button"
        className="ln-open-domain nodrag nopan"
        onClick={(event) => {
          event.stopPropagation()
          openDomain(data.domainId)
        }}
      >
        Show products<span className="visually-hidden"> of {data.name}</span>
      </button>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} className="ln-handle" />
    </div>
  )
}

export const DomainNode = memo(DomainNodeView)
