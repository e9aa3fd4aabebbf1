import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { GroupFlowNode } from '../flow-types'
import { useLineageActions } from '../lineage-actions'

function GroupNodeView({ data }: NodeProps<GroupFlowNode>) {
  const { closeDomain } = useLineageActions()
  return (
    <div className="ln-group" role="group" aria-label={`Domain ${data.name}`}>
      <div className="ln-group-head">
        <span className="ln-group-title" title={data.name}>
          {data.name}
        </span>
        <span className="ln-group-count">{data.productCount}</span>
        {data.collapsible && (
          <button
            type="button"
            className="ln-group-fold nodrag nopan"
            onClick={(event) => {
              event.stopPropagation()
              closeDomain(data.domainId)
            }}
          >
            Collapse<span className="visually-hidden"> {data.name}</span>
          </button>
        )}
      </div>
    </div>
  )
}

export const GroupNode = memo(GroupNodeView)
