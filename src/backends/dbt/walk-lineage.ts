import type { InputPort, Urn } from '../../model/types'
import type { RelationNode, SourceNode } from './manifest-schema'

export interface LineageGraph {
  relations: ReadonlyMap<string, RelationNode>
  sources: ReadonlyMap<string, SourceNode>
  /** Product URN of each node that belongs to a product. */
  productOf: ReadonlyMap<string, Urn>
  /** Node ids that are output ports of their product. */
  ports: ReadonlySet<string>
}

const externalOfSource = (source: SourceNode): InputPort => ({
  kind: 'external',
  name: `${source.source_name}.${source.name}`,
  system: source.loader?.trim() || 'dbt source',
  ...(source.description?.trim() || source.source_description?.trim()
    ? { description: (source.description?.trim() || source.source_description?.trim()) as string }
    : {}),
})

const externalOfUnknown = (id: string): InputPort => {
  const [type, project, ...rest] = id.split('.')
  return { kind: 'external', name: rest.join('.') || id, system: `dbt ${type ?? 'node'} of project ${project ?? '?'}, not loaded` }
}

/**
 * What a set of nodes reads, seen from outside them: walking `depends_on` upstream, the walk
 * stops at a node of another product (a product input), a source or seed (an external input),
 * or a node no loaded manifest knows (external too); it passes through internal models.
 */
export function inputsOf(start: readonly string[], self: Urn | undefined, graph: LineageGraph): InputPort[] {
  const inputs = new Map<string, InputPort>()
  const visited = new Set<string>()
  const stack = [...start]
  while (stack.length) {
    const id = stack.pop() as string
    if (visited.has(id)) continue
    visited.add(id)
    const relation = graph.relations.get(id)
    const source = graph.sources.get(id)
    if (source) {
      inputs.set(`source:${id}`, externalOfSource(source))
    } else if (!relation) {
      if (!id.startsWith('macro.') && !id.startsWith('metric.') && !id.startsWith('semantic_model.')) inputs.set(`unknown:${id}`, externalOfUnknown(id))
    } else if (relation.resource_type === 'seed') {
      inputs.set(`seed:${id}`, { kind: 'external', name: relation.name, system: 'dbt seed' })
    } else {
      const owner = graph.productOf.get(id)
      if (owner && owner !== self) {
        const port = graph.ports.has(id) ? id : undefined
        inputs.set(`product:${owner}:${port ?? ''}`, { kind: 'product', productUrn: owner, ...(port ? { outputPortId: port } : {}) })
      } else stack.push(...(relation.depends_on?.nodes ?? []))
    }
  }
  // A product read through a named port and also through an internal model: the port says more.
  const namedPorts = new Set([...inputs.values()].flatMap((i) => (i.kind === 'product' && i.outputPortId ? [i.productUrn] : [])))
  const sortKey = (i: InputPort) => (i.kind === 'product' ? `0 ${i.productUrn} ${i.outputPortId ?? ''}` : `1 ${i.name}`)
  return [...inputs.values()]
    .filter((i) => !(i.kind === 'product' && !i.outputPortId && namedPorts.has(i.productUrn)))
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
}

/** Direct dependencies of the nodes, for starting a walk from a set of members. */
export const dependenciesOf = (members: readonly RelationNode[]): string[] => members.flatMap((m) => m.depends_on?.nodes ?? [])
