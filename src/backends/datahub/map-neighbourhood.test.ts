import { datasetEdges, holders, lineageHits, productInputs, type LineageHit } from './map-neighbourhood'

const ds = (urn: string, product?: string) => ({
  urn,
  type: 'DATASET' as const,
  name: urn,
  platform: { name: 'snowflake', properties: { displayName: 'Snowflake' } },
  properties: { name: urn, qualifiedName: `db.${urn}` },
  dataProduct: { relationships: product ? [{ entity: { urn: product } }] : [] },
})
const node = (urn: string, type = 'DATASET') => ({ urn, type })
const job = { urn: 'job', type: 'DATA_JOB', jobId: 'build', properties: { name: 'build' }, dataFlow: { orchestrator: 'airflow', properties: { name: 'etl' } } }

describe('DataHub lineage search results as product lineage', () => {
  it('reads datasets and their paths from results, leaving out what is not a dataset', () => {
    const hits = lineageHits([
      { entity: ds('a'), paths: [{ path: [node('s'), null, node('a')] }, null] },
      { entity: { urn: 'chart', type: 'CHART' }, paths: [] },
    ])
    expect(hits).toEqual([{ dataset: ds('a'), paths: [[node('s'), node('a')], []] }])
  })

  it('links consecutive datasets of each path in the direction data flows, noting a job between them, each edge once', () => {
    const down: LineageHit[] = [
      { dataset: ds('b'), paths: [[node('s'), job, node('b')]] },
      { dataset: ds('c'), paths: [[node('s'), job, node('b'), node('c')]] },
    ]
    expect(datasetEdges('s', 'DOWNSTREAM', down)).toEqual([
      { from: 's', to: 'b', job },
      { from: 'b', to: 'c' },
    ])
    // Upstream paths run against the flow; a path without its ends, or no path at all, still links.
    const up: LineageHit[] = [
      { dataset: ds('x'), paths: [[node('y')]] },
      { dataset: ds('y'), paths: [] },
    ]
    expect(datasetEdges('s', 'UPSTREAM', up)).toEqual([
      { from: 'y', to: 's' },
      { from: 'x', to: 'y' },
    ])
  })

  it('gives each product its inputs from other products and outside sources, not from itself', () => {
    const hits: LineageHit[] = [
      { dataset: ds('raw'), paths: [] },
      { dataset: ds('b', 'urn:p2'), paths: [] },
      { dataset: ds('b2', 'urn:p2'), paths: [] },
      { dataset: ds('loose'), paths: [] },
    ]
    const held = holders(hits)
    held.set('a', 'urn:p1')
    const edges = [
      { from: 'raw', to: 'a' },
      { from: 'a', to: 'b', job },
      { from: 'b', to: 'b2' },
      { from: 'a', to: 'b2' },
      { from: 'b', to: 'loose' },
    ]
    const inputs = productInputs(edges, new Map(hits.map((h) => [h.dataset.urn, h.dataset])), (d) => held.get(d))
    expect(Object.fromEntries(inputs)).toEqual({
      'urn:p1': [{ kind: 'external', name: 'db.raw', system: 'Snowflake' }],
      'urn:p2': [
        { kind: 'product', productUrn: 'urn:p1', outputPortId: 'a', description: 'Through the airflow job “build” of etl.' },
      ],
    })
  })
})
