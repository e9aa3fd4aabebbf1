import type { InputPort, Urn } from '../../model/types'
import { externalInput, jobLabel, productOf } from './map-lineage'
import { upstreamDatasetSchema, type WirePathEntity, type WireUpstreamDataset } from './datahub-wire'

export type LineageDirection = 'UPSTREAM' | 'DOWNSTREAM'

/** A dataset reached by a lineage search, and the paths (source first) that reach it. */
export interface LineageHit {
  dataset: WireUpstreamDataset
  paths: WirePathEntity[][]
}

/** `from` feeds `to`; `job` is the task between them, when one is. */
export interface DatasetEdge {
  from: string
  to: string
  job?: WirePathEntity
}

/** Each result's dataset with its paths; results that are not datasets, or malformed, are left out. */
export function lineageHits(results: readonly { entity: unknown; paths?: ({ path?: (WirePathEntity | null)[] | null } | null)[] | null }[]): LineageHit[] {
  return results.flatMap((r) => {
    const dataset = upstreamDatasetSchema.safeParse(r.entity)
    if (!dataset.success) return []
    const paths = (r.paths ?? []).map((p) => (p?.path ?? []).filter((e): e is WirePathEntity => e !== null))
    return [{ dataset: dataset.data, paths }]
  })
}

/**
 * The dataset-to-dataset edges on the paths of a lineage search from `source`: consecutive datasets
 * of a path are linked (in the direction data flows), jobs between them noted, each edge once.
 * A path is read whether or not DataHub put the source and the result at its ends.
 */
export function datasetEdges(source: string, direction: LineageDirection, hits: readonly LineageHit[]): DatasetEdge[] {
  const edges = new Map<string, DatasetEdge>()
  const add = (near: string, far: string, job?: WirePathEntity) => {
    const edge = direction === 'UPSTREAM' ? { from: far, to: near } : { from: near, to: far }
    const key = `${edge.from}>${edge.to}`
    if (!edges.has(key)) edges.set(key, { ...edge, ...(job ? { job } : {}) })
  }
  for (const { dataset, paths } of hits) {
    for (const path of paths.length ? paths : [[]]) {
      const nodes = [...path]
      if (nodes[0]?.urn !== source) nodes.unshift({ urn: source, type: 'DATASET' })
      if (nodes.at(-1)?.urn !== dataset.urn) nodes.push({ urn: dataset.urn, type: 'DATASET' })
      let previous = nodes[0]!.urn
      let job: WirePathEntity | undefined
      for (const node of nodes.slice(1)) {
        if (node.type !== 'DATASET') {
          if (node.type === 'DATA_JOB') job = node
          continue
        }
        add(previous, node.urn, job)
        previous = node.urn
        job = undefined
      }
    }
  }
  return [...edges.values()]
}

/**
 * Each product's inputs from dataset edges: a dataset held by another product is an input from that
 * product (its output port is the dataset), one held by none an input from outside the catalogue.
 * Edges inside one product, and into datasets no product holds, are left out; each input once.
 */
export function productInputs(edges: readonly DatasetEdge[], datasets: ReadonlyMap<string, WireUpstreamDataset>, holder: (datasetUrn: string) => Urn | undefined): Map<Urn, InputPort[]> {
  const inputs = new Map<Urn, InputPort[]>()
  const seen = new Set<string>()
  for (const { from, to, job } of edges) {
    const reader = holder(to)
    if (!reader) continue
    const producer = holder(from)
    if (producer === reader) continue
    const key = `${reader}>${producer ?? ''}>${from}`
    if (seen.has(key)) continue
    const dataset = datasets.get(from)
    if (!producer && !dataset) continue
    seen.add(key)
    const description = job ? jobLabel({ jobId: job.jobId ?? job.urn, properties: job.properties, dataFlow: job.dataFlow }) : undefined
    const input: InputPort = producer
      ? { kind: 'product', productUrn: producer, outputPortId: from, ...(description ? { description } : {}) }
      : externalInput(dataset!, description)
    inputs.set(reader, [...(inputs.get(reader) ?? []), input])
  }
  return inputs
}

/** Which product holds each dataset reached, by the `DataProductContains` relationship each carries. */
export const holders = (hits: readonly LineageHit[]) =>
  new Map(hits.flatMap(({ dataset }) => {
    const product = productOf(dataset)
    return product ? [[dataset.urn, product] as const] : []
  }))
