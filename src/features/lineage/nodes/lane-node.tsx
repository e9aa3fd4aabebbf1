import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { LaneFlowNode } from '../flow-types'

function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  return (
    <div className={`ln-lane ln-lane-${data.lane}`} aria-hidden="true">
      <span className="ln-lane-label">{data.label}</span>
    </div>
  )
}

export const LaneNode = memo(LaneNodeView)
