import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { memo, useMemo, type RefObject } from 'react'
import { Link, useNavigate } from 'react-router'
import type { DomainRole } from '../../model/domain-rollup'
import { ROLE_LABELS, type DomainTopology } from '../../model/domain-topology'
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query'
import { layoutTopology } from './model/topology-layout'

type DomainNodeData = {
  name: string
  role: DomainRole
  products: number
  outWeight: number
  inWeight: number
}
type DomainFlowNode = Node<DomainNodeData, 'domain'>

const DomainNodeView = memo(function DomainNodeView({ id, data }: NodeProps<DomainFlowNode>) {
  return (
    <div className={`topology-node role-${data.role}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="topology-handle" />
      <Link to={`/domains/${encodeURIComponent(id)}`} title={data.name}>
        {data.name}
      </Link>
      <div className="muted">{ROLE_LABELS[data.role]}</div>
      <div className="muted">
        {data.products} {data.products === 1 ? 'product' : 'products'} · feeds {data.outWeight} · fed by {data.inWeight}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} className="topology-handle" />
    </div>
  )
})

const nodeTypes = { domain: DomainNodeView }

// Fitting the whole mesh into a phone's width would shrink the names to a few pixels: there the
// graph opens at a size that can be read, to be panned, with the lists below it for the whole.
const NARROW_FIT = { minZoom: 0.8 }

/** The domain graph drawn with React Flow: edge thickness and label give the number of product dependencies. */
export default function TopologyGraph({
  topology,
  nameOf,
  productsOf,
  graphRef,
}: {
  topology: DomainTopology
  nameOf: (id: string) => string
  productsOf: (id: string) => number
  graphRef?: RefObject<HTMLDivElement | null>
}) {
  const navigate = useNavigate()
  const narrow = useMediaQuery(NARROW_SCREEN)
  const { nodes, edges } = useMemo(() => {
    const byId = new Map(topology.nodes.map((n) => [n.domainId, n]))
    const nodes: DomainFlowNode[] = layoutTopology(topology, nameOf).map((p) => {
      const node = byId.get(p.domainId)
      return {
        id: p.domainId,
        type: 'domain',
        position: { x: p.x, y: p.y },
        data: {
          name: nameOf(p.domainId),
          role: p.role,
          products: productsOf(p.domainId),
          outWeight: node?.outWeight ?? 0,
          inWeight: node?.inWeight ?? 0,
        },
      }
    })
    const heaviest = Math.max(1, ...topology.edges.map((e) => e.weight))
    const edges: Edge[] = topology.edges.map((e) => ({
      id: `${e.from}→${e.to}`,
      source: e.from,
      target: e.to,
      label: String(e.weight),
      ariaLabel: `${nameOf(e.from)} feeds ${nameOf(e.to)}: ${e.weight} product ${e.weight === 1 ? 'dependency' : 'dependencies'}`,
      style: { strokeWidth: 1 + 5 * Math.sqrt(e.weight / heaviest) },
      markerEnd: { type: MarkerType.ArrowClosed },
    }))
    return { nodes, edges }
  }, [topology, nameOf, productsOf])

  return (
    <div className="topology" ref={graphRef} data-topology-nodes={nodes.length}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        {...(narrow ? { fitViewOptions: NARROW_FIT } : {})}
        minZoom={0.05}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        onNodeClick={(event, node) => {
          // the name inside is a link already; a click elsewhere on the box opens the domain too
          if (event.target instanceof Element && event.target.closest('a')) return
          void navigate(`/domains/${encodeURIComponent(node.id)}`)
        }}
        aria-label="Mesh topology: which domains feed which"
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  )
}
