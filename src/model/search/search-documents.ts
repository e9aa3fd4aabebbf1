import { allColumns, hasContract, isDocumented } from '../completeness'
import { overallSloStatus, type OverallSloStatus } from '../slo'
import { ancestorIds } from '../domain-filter'
import { productIds } from '../product-ids'
import { effectiveParents } from '../domain-tree'
import type { Catalog, DataProduct } from '../types'
import type { FacetKey } from './search-types'

/** What the index sees of a product: one text per searchable field. */
export interface SearchDocument {
  id: number
  name: string
  urn: string
  tags: string
  owners: string
  domain: string
  ports: string
  columns: string
  columnText: string
  description: string
}

export const SEARCH_FIELDS = ['name', 'urn', 'tags', 'owners', 'domain', 'ports', 'columns', 'columnText', 'description'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/** Everything else the engine keeps per product: facet values, ranking signals and the result summary. */
export interface ProductRecord {
  product: DataProduct
  domainName?: string
  ownerName?: string
  /** Every owning team's and person's name, to say which owner a query matched. */
  ownerNames: string[]
  facets: Record<FacetKey, string[]>
  sloStatus: OverallSloStatus
  hasContract: boolean
  documented: boolean
  /** Lower-cased names an exact query may equal: name, title, URN and other ids, port locations. */
  exactNames: string[]
  /** Column paths with their lower-cased names, to say which column matched. */
  columns: { path: string; lower: string }[]
}

export function buildSearchRecords(catalog: Catalog): { documents: SearchDocument[]; records: ProductRecord[] } {
  const domains = new Map(catalog.domains.map((d) => [d.id, d]))
  // A domain filter takes in sub-domains, as the domain page counts them.
  const parents = effectiveParents(catalog.domains)
  const teams = new Map(catalog.teams.map((t) => [t.id, t]))
  const people = new Map(catalog.people.map((p) => [p.id, p]))
  const documents: SearchDocument[] = []
  const records: ProductRecord[] = []

  catalog.products.forEach((product, id) => {
    const domain = domains.get(product.domainId)
    const ownerTeams = product.owners.flatMap((o) => (o.teamId ? [o.teamId] : []))
    const ownerNames = product.owners.flatMap((o) => {
      const team = o.teamId ? teams.get(o.teamId)?.name : undefined
      const person = o.personId ? people.get(o.personId)?.name : undefined
      return [team, person].filter((n): n is string => Boolean(n))
    })
    const columns = allColumns(product)
    const sloStatus = overallSloStatus(product.slos)
    const contract = hasContract(product)
    const ids = productIds(product)

    documents.push({
      id,
      name: `${product.name} ${product.title}`,
      urn: ids.join(' '),
      tags: [...product.tags, ...product.glossaryTerms].join(' '),
      owners: ownerNames.join(' '),
      domain: domain ? `${domain.id} ${domain.name}` : product.domainId,
      ports: product.outputPorts.map((p) => `${p.name} ${p.location} ${p.type} ${p.format ?? ''}`).join(' '),
      columns: columns.map((c) => c.path).join(' '),
      columnText: columns.map((c) => c.column.description ?? '').join(' '),
      description: product.description,
    })
    records.push({
      product,
      domainName: domain?.name,
      ownerName: ownerNames[0],
      ownerNames,
      facets: {
        source: product.source ? [product.source] : [],
        domain: [product.domainId, ...ancestorIds(parents, product.domainId)],
        kind: [product.kind],
        team: [...new Set(ownerTeams)],
        tag: [...new Set(product.tags)],
        lifecycle: [product.lifecycle],
        port: [...new Set(product.outputPorts.map((p) => p.type))],
        contract: [contract ? 'yes' : 'no'],
        slo: [sloStatus],
      },
      sloStatus,
      hasContract: contract,
      documented: isDocumented(product),
      exactNames: [product.name, product.title, ...ids, ...product.outputPorts.map((p) => p.location)].map((n) =>
        n.toLowerCase(),
      ),
      columns: columns.map((c) => ({ path: c.path, lower: c.path.toLowerCase() })),
    })
  })
  return { documents, records }
}
