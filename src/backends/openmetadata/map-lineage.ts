import type { InputPort } from '../../model/types'
import { refKey } from './map-openmetadata'
import { productUrn } from './map-products'
import type { WireLineage } from './openmetadata-wire'

export interface LineageContext {
  /** FQNs of the assets that make up the product itself: lineage among them is not an input. */
  ownAssets: ReadonlySet<string>
  /** The Tessera product an upstream asset belongs to; `undefined` makes it an external input. */
  productOf: (fqn: string, type: string) => string | undefined
}

/** In "table" mode every upstream table is a product of its own. */
export const tableProductOf = (fqn: string, type: string) => (type === 'table' ? productUrn('table', fqn) : undefined)

/** The direct upstream neighbours of a lineage answer, as input ports. */
export function upstreamInputs(lineage: WireLineage, { ownAssets, productOf }: LineageContext): InputPort[] {
  const nodes = new Map([lineage.entity, ...(lineage.nodes ?? [])].map((n) => [n.id, n]))
  const ports: InputPort[] = []
  for (const edge of lineage.upstreamEdges ?? []) {
    if (edge.toEntity !== lineage.entity.id) continue
    const node = nodes.get(edge.fromEntity)
    if (!node || node.deleted) continue
    const fqn = refKey(node)
    if (ownAssets.has(fqn)) continue
    const product = productOf(fqn, node.type)
    ports.push(product ? { kind: 'product', productUrn: product, outputPortId: fqn } : { kind: 'external', name: fqn, system: `OpenMetadata ${node.type}` })
  }
  return ports
}
