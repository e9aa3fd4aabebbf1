import type { DataProduct, Urn } from '../../model/types'
import { federatedUrn } from './federated-urn'
import type { ProductOwnership } from './product-ownership'

/**
 * A backend's product as the federation shows it: its URN and every URN it names
 * (input ports, replacement, column lineage) moved into the owning backend's namespace,
 * and the backend's label attached so search results can say where they came from.
 */
export function namespaceProduct(product: DataProduct, backend: { id: string; label: string }, ownership: ProductOwnership): DataProduct {
  const ref = (urn: Urn) => federatedUrn(ownership.resolve(backend.id, urn), urn)
  return {
    ...product,
    urn: federatedUrn(backend.id, product.urn),
    source: backend.label,
    inputPorts: product.inputPorts.map((port) => (port.kind === 'product' ? { ...port, productUrn: ref(port.productUrn) } : port)),
    ...(product.replacedBy ? { replacedBy: ref(product.replacedBy) } : {}),
    ...(product.columnLineage
      ? {
          columnLineage: product.columnLineage.map((edge) => ({
            ...edge,
            from: edge.from.map((from) => ({ ...from, productUrn: ref(from.productUrn) })),
          })),
        }
      : {}),
  }
}
