import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { memo, useMemo, useState, type RefObject } from 'react'
import { Link, useNavigate } from 'react-router'
import type { DomainRole } from '../../model/domain-rollup'
import { ROLE_LABELS, type DomainTopology } from '../../model/domain-topology'
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
  const [active, setActive] = useState<string>()
  const { nodes: allNodes, edges: allEdges } = useMemo(() => {
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
  // Hovering or focusing a domain lights up the domains it feeds and is fed by, and dims the rest.
  const { nodes, edges } = useMemo(() => {
    if (!active) return { nodes: allNodes, edges: allEdges }
    const near = new Set([active])
    for (const e of allEdges) if (e.source === active || e.target === active) near.add(e.source).add(e.target)
    return {
      nodes: allNodes.map((n) => ({ ...n, className: near.has(n.id) ? (n.id === active ? 'is-active' : 'is-near') : 'is-dim' })),
      edges: allEdges.map((e) => ({ ...e, className: e.source === active || e.target === active ? 'is-near' : 'is-dim' })),
    }
  }, [active, allNodes, allEdges])

  return (
    <div
      className="topology"
      ref={graphRef}
      data-topology-nodes={nodes.length}
      onFocus={(event) => setActive(event.target.closest<HTMLElement>('.react-flow__node')?.dataset.id)}
      onBlur={() => setActive(undefined)}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        minZoom={0.05}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        onNodeMouseEnter={(_, node) => setActive(node.id)}
        onNodeMouseLeave={() => setActive(undefined)}
        proOptions={{ hideAttribution: true }}
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
