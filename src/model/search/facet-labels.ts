import { kindLabel, lifecycleLabel } from '../product-queries'
import type { Catalog, Lifecycle, PortType, ProductKind } from '../types'
import type { FacetKey } from './search-types'

export const FACET_TITLES: Record<FacetKey, string> = {
  source: 'Catalogue',
  domain: 'Domain',
  kind: 'Kind',
  team: 'Owner team',
  tag: 'Tag',
  lifecycle: 'Lifecycle',
  port: 'Output port type',
  contract: 'Data contract',
  slo: 'SLO status',
}

const PORT_TYPE_LABELS: Record<PortType, string> = { table: 'Table', view: 'View', topic: 'Topic', api: 'API', file: 'File', dashboard: 'Dashboard', other: 'Other' }

const FIXED: Partial<Record<FacetKey, Record<string, string>>> = {
  contract: { yes: 'Has a contract', no: 'No contract' },
  slo: { met: 'All SLOs met', breached: 'An SLO is breached', unknown: 'Not yet measured', none: 'No SLOs' },
  port: PORT_TYPE_LABELS,
}

/** Display labels for facet values, from the catalogue's names where the value is an id. */
export function facetLabeller(catalog: Pick<Catalog, 'domains' | 'teams'>): (key: FacetKey, value: string) => string {
  const domains = new Map(catalog.domains.map((d) => [d.id, d.name]))
  const teams = new Map(catalog.teams.map((t) => [t.id, t.name]))
  return (key, value) => {
    switch (key) {
      case 'domain':
        return domains.get(value) ?? value
      case 'team':
        return teams.get(value) ?? value
      case 'kind':
        return kindLabel(value as ProductKind) ?? value
      case 'lifecycle':
        return lifecycleLabel(value as Lifecycle) ?? value
      default:
        return FIXED[key]?.[value] ?? value
    }
  }
}
