import type { Catalog, RecordIssue } from '../../model/types'
import { buildEntityGraph } from './entity-graph'
import { mapDomains, mapPeople, mapTeams } from './map-directory'
import { mapProducts, type MapContext } from './map-products'
import { parseEntities } from './parse-entities'

/** A Backstage catalogue, as the entities its API sent, in Tessera's terms. */
export function mapBackstageCatalog(raw: readonly unknown[], context: MapContext): Catalog {
  const { entities, issues } = parseEntities(raw)
  const graph = buildEntityGraph(entities)
  const products = mapProducts(graph, context)
  const domains = mapDomains(graph, products.map((p) => p.domainId))
  const duplicates: RecordIssue[] = entities.length === graph.entities.size ? [] : duplicateIssues(entities.map((e) => `${e.kind}:${e.metadata.namespace ?? 'default'}/${e.metadata.name}`.toLowerCase()))
  return { domains, teams: mapTeams(graph), people: mapPeople(graph), products, issues: [...issues, ...duplicates] }
}

function duplicateIssues(refs: readonly string[]): RecordIssue[] {
  const seen = new Set<string>()
  return refs.flatMap((ref) => {
    if (!seen.has(ref)) {
      seen.add(ref)
      return []
    }
    return [{ entity: ref.slice(0, ref.indexOf(':')), ref, message: 'sent twice; the first one is used' }]
  })
}
