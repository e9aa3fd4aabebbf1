import { z } from 'zod'

/** DataHub's GraphQL answers as far as Tessera reads them; lenient where DataHub leaves fields out. */

const named = z.object({ displayName: z.string().nullish(), fullName: z.string().nullish(), email: z.string().nullish(), title: z.string().nullish() })

export const ownerSchema = z.object({
  owner: z.object({
    urn: z.string(),
    username: z.string().nullish(),
    name: z.string().nullish(),
    properties: named.nullish(),
  }),
  ownershipType: z.object({ urn: z.string(), info: z.object({ name: z.string().nullish() }).nullish() }).nullish(),
})
export type WireOwner = z.infer<typeof ownerSchema>

const ownership = z.object({ owners: z.array(ownerSchema).nullish() }).nullish()
const tags = z.object({ tags: z.array(z.object({ tag: z.object({ urn: z.string(), name: z.string(), properties: z.object({ name: z.string().nullish() }).nullish() }) })).nullish() }).nullish()
const terms = z
  .object({ terms: z.array(z.object({ term: z.object({ urn: z.string(), name: z.string(), properties: z.object({ name: z.string().nullish() }).nullish() }) })).nullish() })
  .nullish()

export const domainSchema = z.object({
  urn: z.string(),
  id: z.string().nullish(),
  properties: z.object({ name: z.string().nullish(), description: z.string().nullish() }).nullish(),
  parentDomains: z.object({ domains: z.array(z.object({ urn: z.string() })).nullish() }).nullish(),
  ownership,
})
export type WireDomain = z.infer<typeof domainSchema>

export const fieldSchema = z.object({
  fieldPath: z.string(),
  nativeDataType: z.string().nullish(),
  description: z.string().nullish(),
  nullable: z.boolean().nullish(),
  tags,
  glossaryTerms: terms,
})
export type WireField = z.infer<typeof fieldSchema>

/** A dataset seen through lineage: where it lives and which data product, if any, holds it. */
export const upstreamDatasetSchema = z.object({
  urn: z.string(),
  type: z.literal('DATASET'),
  name: z.string().nullish(),
  platform: z.object({ name: z.string(), properties: z.object({ displayName: z.string().nullish() }).nullish() }).nullish(),
  properties: z.object({ name: z.string().nullish(), qualifiedName: z.string().nullish() }).nullish(),
  dataProduct: z.object({ relationships: z.array(z.object({ entity: z.object({ urn: z.string() }).nullish() })) }).nullish(),
})
export type WireUpstreamDataset = z.infer<typeof upstreamDatasetSchema>

/** A job producing a dataset (an Airflow task, a dbt run), with what it reads. */
export const upstreamJobSchema = z.object({
  urn: z.string(),
  type: z.literal('DATA_JOB'),
  jobId: z.string(),
  properties: z.object({ name: z.string().nullish() }).nullish(),
  dataFlow: z.object({ orchestrator: z.string().nullish(), properties: z.object({ name: z.string().nullish() }).nullish() }).nullish(),
  upstream: z.object({ relationships: z.array(z.object({ entity: z.unknown() })) }).nullish(),
})
export type WireUpstreamJob = z.infer<typeof upstreamJobSchema>

/** A dataset's `lineage(direction: UPSTREAM)`; entities are parsed one by one, so one odd edge costs only itself. */
export const upstreamSchema = z.object({
  total: z.number().nullish(),
  relationships: z.array(z.object({ type: z.string().nullish(), entity: z.unknown() })),
})

/** An entity on a lineage path: datasets, and the jobs between them. */
export const pathEntitySchema = z.object({
  urn: z.string(),
  type: z.string(),
  jobId: z.string().nullish(),
  properties: z.object({ name: z.string().nullish() }).nullish(),
  dataFlow: z.object({ orchestrator: z.string().nullish(), properties: z.object({ name: z.string().nullish() }).nullish() }).nullish(),
})
export type WirePathEntity = z.infer<typeof pathEntitySchema>

/** `scrollAcrossLineage`; each result's entity is parsed on its own, so one odd result costs only itself. */
export const lineageResultsSchema = z.object({
  nextScrollId: z.string().nullish(),
  total: z.number(),
  searchResults: z.array(
    z.object({
      degree: z.number().nullish(),
      entity: z.unknown(),
      paths: z.array(z.object({ path: z.array(pathEntitySchema.nullable()).nullish() }).nullable()).nullish(),
    }),
  ),
})

export const datasetSchema = z.object({
  urn: z.string(),
  name: z.string(),
  /** Usage DataHub aggregates from query logs; a malformed one is dropped. */
  statsSummary: z
    .object({ queryCountLast30Days: z.number().int().nonnegative().nullish(), uniqueUserCountLast30Days: z.number().int().nonnegative().nullish() })
    .nullish()
    .catch(null),
  lastIngested: z.number().nullish(),
  platform: z.object({ name: z.string(), properties: z.object({ displayName: z.string().nullish() }).nullish() }).nullish(),
  properties: z.object({ name: z.string().nullish(), qualifiedName: z.string().nullish(), description: z.string().nullish() }).nullish(),
  editableProperties: z.object({ description: z.string().nullish() }).nullish(),
  subTypes: z.object({ typeNames: z.array(z.string()).nullish() }).nullish(),
  deprecation: z.object({ deprecated: z.boolean(), note: z.string().nullish() }).nullish(),
  schemaMetadata: z.object({ fields: z.array(fieldSchema) }).nullish(),
  editableSchemaMetadata: z
    .object({ editableSchemaFieldInfo: z.array(z.object({ fieldPath: z.string(), description: z.string().nullish(), tags })).nullish() })
    .nullish(),
  /** Read leniently by map-lineage: a malformed lineage answer must not cost the dataset. */
  upstream: z.unknown().optional(),
  /** Read leniently by map-contract: a malformed contract or assertion costs only itself. */
  contract: z.unknown().optional(),
  assertions: z.unknown().optional(),
})
export type WireDataset = z.infer<typeof datasetSchema>

export const dataProductSchema = z.object({
  urn: z.string(),
  properties: z
    .object({
      name: z.string().nullish(),
      description: z.string().nullish(),
      externalUrl: z.string().nullish(),
      customProperties: z.array(z.object({ key: z.string(), value: z.string() })).nullish(),
    })
    .nullish(),
  ownership,
  tags,
  glossaryTerms: terms,
  domain: z.object({ domain: z.object({ urn: z.string(), properties: z.object({ name: z.string().nullish() }).nullish() }) }).nullish(),
  institutionalMemory: z.object({ elements: z.array(z.object({ url: z.string(), label: z.string().nullish(), description: z.string().nullish() })) }).nullish(),
  entities: z.object({ total: z.number(), searchResults: z.array(z.object({ entity: z.unknown() })) }).nullish(),
})
export type WireDataProduct = z.infer<typeof dataProductSchema>

export const searchResultsSchema = z.object({
  start: z.number(),
  count: z.number(),
  total: z.number(),
  searchResults: z.array(z.object({ entity: z.unknown(), matchedFields: z.array(z.object({ name: z.string(), value: z.string() })).nullish() })),
  facets: z
    .array(
      z.object({
        field: z.string(),
        displayName: z.string().nullish(),
        aggregations: z.array(
          z.object({
            value: z.string(),
            count: z.number(),
            entity: z
              .object({ urn: z.string(), name: z.string().nullish(), username: z.string().nullish(), properties: named.extend({ name: z.string().nullish() }).nullish() })
              .nullish(),
          }),
        ),
      }),
    )
    .nullish(),
})
export type WireSearchResults = z.infer<typeof searchResultsSchema>

/** Enum values are read as strings: a value a newer DataHub adds must not cost the assertion. */
const parameter = z.object({ value: z.string() }).nullish()
const parameters = z.object({ value: parameter, minValue: parameter, maxValue: parameter }).nullish()
const fieldRef = z.object({ path: z.string() })
const condition = z.object({ operator: z.string(), parameters })
const changeCondition = condition.extend({ type: z.string().nullish() })
const segment = z.object({ segment: z.object({ field: fieldRef }).nullish() })

/** A DataHub assertion: what it checks (one of its kinds) and its latest completed run. */
export const assertionSchema = z.object({
  urn: z.string(),
  info: z.object({
    type: z.string(),
    description: z.string().nullish(),
    externalUrl: z.string().nullish(),
    datasetAssertion: z
      .object({ fields: z.array(fieldRef).nullish(), aggregation: z.string().nullish(), operator: z.string(), parameters, nativeType: z.string().nullish() })
      .nullish(),
    freshnessAssertion: z
      .object({
        type: z.string().nullish(),
        schedule: z
          .object({
            type: z.string(),
            cron: z.object({ cron: z.string(), timezone: z.string().nullish() }).nullish(),
            fixedInterval: z.object({ unit: z.string(), multiple: z.number() }).nullish(),
          })
          .nullish(),
      })
      .nullish(),
    volumeAssertion: z
      .object({
        type: z.string(),
        rowCountTotal: condition.nullish(),
        rowCountChange: changeCondition.nullish(),
        incrementingSegmentRowCountTotal: condition.extend(segment.shape).nullish(),
        incrementingSegmentRowCountChange: changeCondition.extend(segment.shape).nullish(),
      })
      .nullish(),
    sqlAssertion: z.object({ type: z.string(), statement: z.string().nullish(), changeType: z.string().nullish(), operator: z.string(), parameters }).nullish(),
    fieldAssertion: z
      .object({
        type: z.string(),
        fieldValuesAssertion: condition.extend({ field: fieldRef }).nullish(),
        fieldMetricAssertion: condition.extend({ field: fieldRef, metric: z.string() }).nullish(),
      })
      .nullish(),
    schemaAssertion: z.object({ compatibility: z.string().nullish(), fields: z.array(fieldRef).nullish() }).nullish(),
    customAssertion: z.object({ type: z.string(), field: fieldRef.nullish() }).nullish(),
  }),
  runEvents: z
    .object({
      runEvents: z.array(
        z.object({ timestampMillis: z.number(), result: z.object({ type: z.string(), error: z.object({ type: z.string() }).nullish() }).nullish() }),
      ),
    })
    .nullish(),
})
export type WireAssertion = z.infer<typeof assertionSchema>

/** A part of a data contract names its assertion; each is parsed on its own. */
const contractParts = z.array(z.object({ assertion: z.unknown() })).nullish()

/** A dataset's data contract: its state and the assertions that make up its freshness, schema and data-quality parts. */
export const contractSchema = z.object({
  urn: z.string(),
  status: z.object({ state: z.string() }).nullish(),
  properties: z.object({ freshness: contractParts, schema: contractParts, dataQuality: contractParts }).nullish(),
})
export type WireContract = z.infer<typeof contractSchema>

/** A dataset's `assertions(...)`; each assertion is parsed on its own. */
export const datasetAssertionsSchema = z.object({ total: z.number().nullish(), assertions: z.array(z.unknown()) })

/** A dataset standing as a product: its own owners, labels, domain and the container holding it. */
export const datasetProductSchema = datasetSchema.extend({
  properties: z
    .object({
      name: z.string().nullish(),
      qualifiedName: z.string().nullish(),
      description: z.string().nullish(),
      customProperties: z.array(z.object({ key: z.string(), value: z.string() })).nullish(),
    })
    .nullish(),
  ownership,
  tags,
  glossaryTerms: terms,
  domain: dataProductSchema.shape.domain,
  container: z.object({ urn: z.string(), properties: z.object({ name: z.string().nullish() }).nullish() }).nullish(),
  institutionalMemory: dataProductSchema.shape.institutionalMemory,
})
export type WireDatasetProduct = z.infer<typeof datasetProductSchema>

const termName = z.object({ urn: z.string(), name: z.string().nullish(), properties: z.object({ name: z.string().nullish() }).nullish() })

export const glossaryTermSchema = termName.extend({
  properties: z.object({ name: z.string().nullish(), description: z.string().nullish() }).nullish(),
  parentNodes: z.object({ nodes: z.array(z.object({ properties: z.object({ name: z.string().nullish() }).nullish() })).nullish() }).nullish(),
  related: z.object({ relationships: z.array(z.object({ entity: termName.nullish() })).nullish() }).nullish(),
})
export type WireGlossaryTerm = z.infer<typeof glossaryTermSchema>
