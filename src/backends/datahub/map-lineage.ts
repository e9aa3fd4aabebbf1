import type { InputPort, Urn } from '../../model/types'
import { upstreamDatasetSchema, upstreamJobSchema, upstreamSchema, type WireDataset, type WireUpstreamDataset, type WireUpstreamJob } from './datahub-wire'

/** What one of the product's datasets reads directly, and through which job if any. */
interface Upstream {
  dataset: WireUpstreamDataset
  job?: WireUpstreamJob
}

const relationshipsOf = (raw: unknown): unknown[] => {
  const parsed = upstreamSchema.safeParse(raw)
  return parsed.success ? parsed.data.relationships.map((r) => r.entity) : []
}

/** Direct upstream datasets of one dataset; a job in between is crossed to the datasets it reads. */
function upstreamOf(dataset: WireDataset): Upstream[] {
  return relationshipsOf(dataset.upstream).flatMap((entity): Upstream[] => {
    const direct = upstreamDatasetSchema.safeParse(entity)
    if (direct.success) return [{ dataset: direct.data }]
    const job = upstreamJobSchema.safeParse(entity)
    if (!job.success) return []
    return relationshipsOf(job.data.upstream).flatMap((read) => {
      const input = upstreamDatasetSchema.safeParse(read)
      return input.success ? [{ dataset: input.data, job: job.data }] : []
    })
  })
}

export const jobLabel = (job: Pick<WireUpstreamJob, 'jobId' | 'properties' | 'dataFlow'>) => {
  const name = job.properties?.name ?? job.jobId
  const orchestrator = job.dataFlow?.orchestrator
  return `Through the ${orchestrator ? `${orchestrator} ` : ''}job “${name}”${job.dataFlow?.properties?.name ? ` of ${job.dataFlow.properties.name}` : ''}.`
}

/** The data product holding a dataset, if any. */
export const productOf = (dataset: WireUpstreamDataset) => dataset.dataProduct?.relationships.find((r) => r.entity?.urn)?.entity?.urn

/** A dataset no product holds, as an input from outside the catalogue. */
export function externalInput(dataset: WireUpstreamDataset, description?: string): InputPort {
  const system = dataset.platform?.properties?.displayName ?? dataset.platform?.name
  return {
    kind: 'external',
    name: dataset.properties?.qualifiedName ?? dataset.properties?.name ?? dataset.name ?? dataset.urn,
    ...(system ? { system } : {}),
    ...(description ? { description } : {}),
  }
}

/**
 * A DataHub data product's inputs, from the direct upstream lineage of its datasets: a dataset
 * held by another data product becomes an input from that product's output port (the dataset);
 * one held by no product an input from outside the catalogue. Lineage among the product's own
 * datasets is internal and left out; each upstream dataset is listed once. `holder` says which
 * product holds a dataset (each dataset its own, when datasets stand as products).
 */
export function mapInputPorts(productUrn: Urn, datasets: readonly WireDataset[], holder: (dataset: WireUpstreamDataset) => Urn | undefined = productOf): InputPort[] {
  const own = new Set(datasets.map((d) => d.urn))
  const seen = new Set<string>()
  const inputs: InputPort[] = []
  for (const { dataset, job } of datasets.flatMap(upstreamOf)) {
    const owner = holder(dataset)
    if (own.has(dataset.urn) || owner === productUrn || seen.has(dataset.urn)) continue
    seen.add(dataset.urn)
    const description = job ? { description: jobLabel(job) } : {}
    if (owner) inputs.push({ kind: 'product', productUrn: owner, outputPortId: dataset.urn, ...description })
    else inputs.push(externalInput(dataset, description.description))
  }
  return inputs
}
